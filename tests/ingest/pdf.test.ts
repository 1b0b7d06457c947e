/**
 * PDF sources: each seed typeset by a real typesetter (Chromium's print to PDF, A4, Noto CJK,
 * a two-ideograph first-line indent, a running header and a page-number footer) at two
 * measures, then read back. The PDF must give the text version's tree: same ids, labels and
 * texts, with the running matter recorded as removals with their pages.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { ReportTree } from '../../src/schemas/report.ts';
import { parseSourceFile } from '../../scripts/lib/parse-report.ts';
import { unifyRadicals } from '../../scripts/lib/stages/decode-pdf.ts';
import { closeTypesetter, paragraphsOf, printPdf, typesetHtml, type TypesetOptions } from '../support/typeset.ts';
import { parseSource, seedIds, sourceBytes, SOURCES, walk } from './_seeds.ts';

// Printing and reading PDFs on a busy 2-core machine takes seconds, not milliseconds.
vi.setConfig({ testTimeout: 120_000 });
afterAll(closeTypesetter);

const outline = (tree: ReportTree) => walk(tree).map((n) => `${n.id} ${n.type} ${n.label} ${n.text}`);
const titleOf = (id: string): string => parseYaml(readFileSync(join(SOURCES, `${id}.yaml`), 'utf8')).title;
const paragraphs = (id: string) => paragraphsOf(sourceBytes(id), `${id}.txt`);

const MEASURES: Array<{ name: string; options: Omit<TypesetOptions, 'header'> }> = [
  // ~40 ideographs a line, serif, 第 N 页 / 共 M 页 footer
  { name: 'wide serif', options: { marginMm: 30, font: 'Noto Serif CJK SC', footer: 'of' } },
  // ~32 ideographs a line, sans, — N — footer
  { name: 'narrow sans', options: { marginMm: 45, font: 'Noto Sans CJK SC', footer: 'dash' } },
  // ~36 a line, numbered headings flush left in bold sans
  { name: 'flush-heading', options: { marginMm: 35, font: 'Noto Serif CJK SC', footer: 'of', flushHeadings: true } },
  // ~35 a line, no indents: paragraphs set apart by space
  { name: 'block-paragraph', options: { marginMm: 38, font: 'Noto Sans CJK SC', footer: 'dash', blockParagraphs: true } },
];

async function typeset(id: string, options: Omit<TypesetOptions, 'header'>): Promise<Uint8Array> {
  const full = { ...options, header: titleOf(id) };
  return printPdf(typesetHtml(paragraphs(id), full), full);
}

const pageCount = (pdf: Uint8Array): number => {
  const dir = mkdtempSync(join(tmpdir(), 'pdfinfo-'));
  writeFileSync(join(dir, 'a.pdf'), pdf);
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'a.pdf')], { encoding: 'utf8' }))![1]);
};

describe.each(seedIds)('%s printed to PDF', (id) => {
  const expected = outline(parseSource(id));
  test.each(MEASURES)('at the $name measure gives the text version’s ids, labels and texts; header and page numbers are removals with pages', async ({ options }) => {
    const pdf = await typeset(id, options);
    const { tree } = await parseSourceFile(pdf, `${id}.pdf`, id);
    expect(tree.layout).toBe('paragraph-lines');
    expect(outline(tree)).toEqual(expected);
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    const numbers = tree.removals.filter((r) => r.reason === 'page-number');
    const headers = tree.removals.filter((r) => r.reason === 'running-header');
    expect(numbers.map((r) => r.page)).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
    expect(numbers.map((r) => r.text)).toEqual(Array.from({ length: pages }, (_, i) =>
      options.footer === 'of' ? `第 ${i + 1} 页 / 共 ${pages} 页` : `— ${i + 1} —`));
    expect(headers.map((r) => r.page)).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
    expect(new Set(headers.map((r) => r.text))).toEqual(new Set([titleOf(id)]));
    expect(tree.removals.every((r) => r.page !== undefined)).toBe(true);
  });
});

describe('a PDF against a second reader (poppler’s pdftotext -layout)', () => {
  test('every non-space character pdftotext finds is in a clause, a heading, front or back matter, or a removal', async () => {
    const id = 'jinan-2024';
    const pdf = await typeset(id, MEASURES[1]!.options);
    const dir = mkdtempSync(join(tmpdir(), 'pdftotext-'));
    writeFileSync(join(dir, 'a.pdf'), pdf);
    const poppler = unifyRadicals(execFileSync('pdftotext', ['-layout', join(dir, 'a.pdf'), '-'], { encoding: 'utf8' }));
    const { tree } = await parseSourceFile(pdf, `${id}.pdf`, id);
    const count = (text: string) => {
      const m = new Map<string, number>();
      for (const ch of text.replace(/\s+/g, '')) m.set(ch, (m.get(ch) ?? 0) + 1);
      return m;
    };
    const ours = [...walk(tree).map((n) => n.text), ...tree.removals.map((r) => r.text)].join('');
    expect(count(ours)).toEqual(count(poppler));
  });
});

describe('a long PDF with a table of contents', () => {
  test('the 目录 page is recorded as removed front matter and never becomes clauses', async () => {
    const id = 'jinan-2024';
    // Parts and sections, as a long report's contents list them; at this measure the longer
    // headings wrap onto a second line that ends in the leader.
    const parts = walk(parseSource(id)).filter((n) => n.type === 'part' || n.type === 'section').map((n) => n.text);
    expect(parts.length).toBeGreaterThan(10);
    // Contents entries as a typesetter sets them: heading, dot leader, page or page range.
    const contents: Array<[string, string]> = parts.map((text, i) => [text, i === parts.length - 1 ? `${3 * i + 2}–${3 * i + 3}` : String(3 * i + 2)]);
    const options = { ...MEASURES[1]!.options, marginMm: 55, header: titleOf(id), contents };
    const pdf = await printPdf(typesetHtml(paragraphs(id), options), options);
    const { tree } = await parseSourceFile(pdf, `${id}.pdf`, id);
    expect(outline(tree)).toEqual(outline(parseSource(id)));
    const toc = tree.removals.filter((r) => r.reason === 'table-of-contents');
    expect(toc.map((r) => r.text.replace(/\s+/g, ''))[0]).toBe('目录');
    expect(toc.length).toBeGreaterThan(parts.length + 1);
    expect(toc.map((r) => r.text).join('').replace(/[…\s\d‒–]/g, '')).toBe(`目录${parts.join('')}`.replace(/[…\s\d‒–]/g, ''));
    // The contents fill the first pages; the report starts after them.
    expect(toc.every((r) => r.page! <= 2)).toBe(true);
    expect(toc.at(-1)!.text).toMatch(/[‒–]\d+$/);
    expect(walk(tree).some((n) => /…{2}|\.{3}/.test(n.text))).toBe(false);
  });
});

/** A PDF whose standard security handler wants a user password (random /O and /U: no empty password opens it). */
function encryptedPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${'a5'.repeat(32)}> /U <${'5a'.repeat(32)}> /P -44 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => { offsets.push(body.length); body += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

describe('a PDF that cannot be read', () => {
  const cli = (file: string) => spawnSync(process.execPath, ['scripts/ingest.ts', file, '--json'], { encoding: 'utf8' });
  const dir = mkdtempSync(join(tmpdir(), 'bad-pdf-'));

  test('a password-protected PDF is an error naming the file, line 1', () => {
    const file = join(dir, 'locked.pdf');
    writeFileSync(file, encryptedPdf());
    const run = cli(file);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/locked\.pdf:1: error PDF_ENCRYPTED the PDF is password-protected/);
  });

  test('a truncated PDF is an error naming the file, line 1', async () => {
    const pdf = await typeset('licheng-2023', MEASURES[0]!.options);
    const file = join(dir, 'truncated.pdf');
    writeFileSync(file, pdf.subarray(0, 900));
    const run = cli(file);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/truncated\.pdf:1: error PDF_(?:UNREADABLE|NO_TEXT) /);
  });

  test('a PDF whose text has no numbered parts is an error that names its page', async () => {
    const text = readFileSync('tests/fixtures/no-structure.txt');
    const options = { ...MEASURES[0]!.options, header: '会议纪要' };
    const pdf = await printPdf(typesetHtml(paragraphsOf(text, 'no-structure.txt'), options), options);
    await expect(parseSourceFile(pdf, 'minutes.pdf', 'minutes')).rejects.toThrow(/^minutes\.pdf:\d+: error NO_STRUCTURE .*\(PDF page 1, paragraph \d+ of its text\)$/);
  });

  test('a PDF with no text layer (a scan) is an error that asks for OCR', async () => {
    const options = { marginMm: 30, footer: 'none' as const };
    const scan = await printPdf('<!doctype html><html><body><div style="width: 120mm; height: 160mm; background: #333"></div></body></html>', options);
    await expect(parseSourceFile(scan, 'scan.pdf', 'scan')).rejects.toThrow(/^scan\.pdf:1: error PDF_NO_TEXT .*OCR/);
  });

  test('bytes that are not a PDF at all are an error naming the file, line 1', () => {
    const file = join(dir, 'notes.pdf');
    writeFileSync(file, '各位代表：这不是PDF。\n');
    const run = cli(file);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/notes\.pdf:1: error PDF_UNREADABLE not a readable PDF/);
  });
});
