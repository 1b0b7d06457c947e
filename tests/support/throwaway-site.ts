/**
 * One report through the real ingest and the real Astro build into a throwaway site (a temp
 * folder, never dist/): the build tests' way to see what a given text becomes as a page. The
 * metadata is a seed's with the given fields replaced, and the sha256 of the text.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Builds the site for `text` as report `id`; returns the report page's HTML. */
export function buildReportSite(id: string, text: string | Buffer, fields: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), `atlas-${id}-`));
  const sources = join(dir, 'sources');
  mkdirSync(sources);
  writeFileSync(join(sources, `${id}.txt`), text);
  const values: Record<string, string> = { ...fields, source: `${id}.txt`, sha256: createHash('sha256').update(text).digest('hex') };
  const meta = Object.entries(values).reduce(
    (yaml, [key, value]) => yaml.replace(new RegExp(`^${key}: .*$`, 'm'), () => `${key}: ${value}`),
    readFileSync('content/sources/jinan-2024.yaml', 'utf8'),
  );
  writeFileSync(join(sources, `${id}.yaml`), meta);
  const run = (args: string[], env: Record<string, string> = {}) => {
    const result = spawnSync(args[0]!, args.slice(1), { encoding: 'utf8', env: { ...process.env, ...env } });
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  };
  run([process.execPath, 'scripts/ingest.ts', '--sources', sources, '--out', join(dir, 'generated'), '--quiet']);
  run([process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--silent'],
    { ATLAS_CONTENT: join(dir, 'generated'), ATLAS_OUT: join(dir, 'dist') });
  return readFileSync(join(dir, 'dist', 'reports', id, 'index.html'), 'utf8');
}
