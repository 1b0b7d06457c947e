/**
 * The incremental ingest: an unchanged report is read back from the cache instead of parsed, the
 * output is byte for byte what a full parse writes, and changing one report's source or metadata
 * (or a curated list) parses exactly what changed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'atlas-cache-'));
const sources = join(work, 'sources');
cpSync('content/sources', sources, { recursive: true });
const indicators = join(work, 'indicators.yaml');
cpSync('content/indicators.yaml', indicators);

function ingest(out: string, ...extra: string[]): { parsed: number; cached: number } {
  const run = spawnSync(process.execPath, ['scripts/ingest.ts', '--sources', sources, '--out', out, '--cache', join(work, 'cache'), '--indicators', indicators, ...extra], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const m = /\((\d+) parsed, (\d+) unchanged from the cache\)/.exec(run.stdout)!;
  return { parsed: Number(m[1]), cached: Number(m[2]) };
}
const tree = (dir: string) => Object.fromEntries(
  ['reports', 'trees', 'targets', 'sources'].flatMap((sub) => readdirSync(join(dir, sub)).map((f) => [`${sub}/${f}`, readFileSync(join(dir, sub, f), 'utf8')])),
);
const reports = readdirSync('content/sources').filter((f) => f.endsWith('.txt')).length;

describe('incremental ingest', { timeout: 120_000 }, () => {
  test('a second run parses nothing and writes the same files as a full parse', () => {
    expect(ingest(join(work, 'first'))).toEqual({ parsed: reports, cached: 0 });
    expect(ingest(join(work, 'second'))).toEqual({ parsed: 0, cached: reports });
    ingest(join(work, 'full'), '--no-cache');
    expect(tree(join(work, 'second'))).toEqual(tree(join(work, 'full')));
  });

  test('editing one report’s metadata parses that report only', () => {
    const yaml = join(sources, 'jinan-2024.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^speaker: null$/m, 'speaker: 测试者'));
    expect(ingest(join(work, 'third'))).toEqual({ parsed: 1, cached: reports - 1 });
    expect(readFileSync(join(work, 'third/reports/jinan-2024.mdx'), 'utf8')).toContain('测试者');
  });

  test('changing a curated list parses every report again', () => {
    writeFileSync(indicators, `${readFileSync(indicators, 'utf8')}\n# a comment changes the file\n`);
    expect(ingest(join(work, 'fourth'))).toEqual({ parsed: reports, cached: 0 });
  });
});
