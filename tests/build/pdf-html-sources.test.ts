/**
 * A PDF and a saved web page as sources in content/sources/, through the real ingest and the
 * real Astro build into a throwaway site: the report pages are built, the provenance page lists
 * each removal with its page, and the untouched source is offered for download byte for byte
 * (a web page as text, so its scripts never run on the atlas's origin).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { parseReport } from '../../scripts/lib/parse-report.ts';
import { clauses } from '../ingest/_seeds.ts';
import { closeTypesetter, governmentPage, paragraphsOf, printPdf, typesetHtml } from '../support/typeset.ts';

let work = '';
const PDF_ID = 'licheng-2023';
const HTML_ID = 'shizhong-2026';
let pdf: Uint8Array;
let html: Uint8Array;

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(args[0]!, args.slice(1), { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
const meta = (id: string) => parseYaml(readFileSync(`content/sources/${id}.yaml`, 'utf8'));
const paragraphs = (id: string) => paragraphsOf(readFileSync(`content/sources/${id}.txt`), `${id}.txt`);

function writeSource(dir: string, id: string, name: string, bytes: Uint8Array) {
  writeFileSync(join(dir, name), bytes);
  writeFileSync(join(dir, `${id}.yaml`), stringify({ ...meta(id), source: name, sha256: createHash('sha256').update(bytes).digest('hex') }));
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'atlas-pdf-html-'));
  const sources = join(work, 'sources');
  mkdirSync(sources);
  const options = { marginMm: 40, header: meta(PDF_ID).title as string, footer: 'dash' as const };
  pdf = await printPdf(typesetHtml(paragraphs(PDF_ID), options), options);
  html = new TextEncoder().encode(governmentPage(paragraphs(HTML_ID), meta(HTML_ID).title));
  writeSource(sources, PDF_ID, `${PDF_ID}.pdf`, pdf);
  writeSource(sources, HTML_ID, `${HTML_ID}.html`, html);
  const ingest = run([process.execPath, 'scripts/ingest.ts', '--sources', sources, '--out', join(work, 'generated')]);
  if (ingest.status !== 0) throw new Error(`ingest failed:\n${ingest.stderr}`);
  const build = run([process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--silent'], { ATLAS_CONTENT: join(work, 'generated'), ATLAS_OUT: join(work, 'dist') });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
}, 300_000);
afterAll(closeTypesetter);

const built = (...path: string[]) => readFileSync(join(work, 'dist', ...path));

describe('a PDF source', () => {
  test('is offered for download untouched, under its own name', () => {
    expect(built('sources', `${PDF_ID}.pdf`).equals(Buffer.from(pdf))).toBe(true);
    const page = built('reports', PDF_ID, 'source', 'index.html').toString();
    expect(page).toContain(`href="/sources/${PDF_ID}.pdf" download="${PDF_ID}.pdf"`);
  });

  test('the provenance page lists the running headers and page numbers with their pages', () => {
    const page = built('reports', PDF_ID, 'source', 'index.html').toString();
    expect(page).toMatch(/<th scope="col" class="num">页<\/th>/);
    const rows = [...page.matchAll(/<tr>\s*<td class="num">(\d+)<\/td>\s*<td class="num">(\d+)<\/td>\s*<td class="num">\d+<\/td>\s*<td><code[^>]*>([^<]*)<\/code><\/td>\s*<td>([^<]*)<\/td>/g)];
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.some(([, p, , text, reason]) => p === '2' && text === '— 2 —' && reason === '页码')).toBe(true);
    expect(rows.some(([, p, line, text, reason]) => p === '3' && line === '1' && text === meta(PDF_ID).title && reason === 'PDF 页眉')).toBe(true);
  });

  test('the report page is built with the text version’s clauses', () => {
    const page = built('reports', PDF_ID, 'index.html').toString();
    const tree = JSON.parse(readFileSync(join(work, 'generated', 'trees', `${PDF_ID}.json`), 'utf8'));
    expect(tree.source).toBe(`${PDF_ID}.pdf`);
    const ids = [...page.matchAll(/<div class="clause[^"]*" id="([^"]+)"/g)].map((m) => m[1]);
    const expected = clauses(parseReport(readFileSync(`content/sources/${PDF_ID}.txt`), `${PDF_ID}.txt`, PDF_ID).tree).map((n) => n.id);
    expect(ids).toEqual(expected);
  });
});

describe('a saved web page source', () => {
  test('is offered for download untouched, as text, under its own name', () => {
    expect(built('sources', `${HTML_ID}.html.txt`).equals(Buffer.from(html))).toBe(true);
    const page = built('reports', HTML_ID, 'source', 'index.html').toString();
    expect(page).toContain(`href="/sources/${HTML_ID}.html.txt" download="${HTML_ID}.html"`);
    expect(page).toContain('网页导航、分享、打印等链接');
  });
});
