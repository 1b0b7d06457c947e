import { describe, expect, test } from 'vitest';
import type { ReportTree } from '../../src/schemas/report.ts';
import { parseReport } from '../../scripts/lib/parse-report.ts';
import { markerOf } from '../../scripts/lib/numbering.ts';
import { parseSource, sourceBytes, walk } from './_seeds.ts';

// The city report is laid out one paragraph a line; rewrite it into the other shapes seen in
// the seeds and check that the pipeline reads the same document out of each.
const ID = 'jinan-2024';
const paragraphs = new TextDecoder().decode(sourceBytes(ID)).split('\n').filter((l) => l.trim());
const encode = (text: string) => new TextEncoder().encode(text);
const parse = (text: string | Uint8Array) =>
  parseReport(typeof text === 'string' ? encode(text) : text, `${ID}.retypeset.txt`, ID).tree;
const outline = (tree: ReportTree) => walk(tree).map((n) => `${n.id} ${n.type} ${n.label} ${n.text}`);

/** Like a PDF extraction: 30 characters a line, a blank line after each, paragraphs indented, —N— page numbers, spaces around digits. */
function hardWrapped(): string {
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    const spaced = paragraph.replace(/([\u4e00-\u9fff，。、；])(\d)/g, '$1 $2').replace(/(\d%?)([\u4e00-\u9fff])/g, '$1 $2');
    const chars = [...spaced];
    for (let i = 0; i < chars.length; i += 30) lines.push((i === 0 ? '\u3000\u3000' : '') + chars.slice(i, i + 30).join(''));
  }
  const out: string[] = [];
  lines.forEach((line, i) => {
    out.push(line, '');
    if ((i + 1) % 40 === 0) out.push(`—${(i + 1) / 40}—`, '');
  });
  return out.join('\n');
}

/** Like a Markdown copy: headings at inconsistent # levels, bold lead sentences, a paragraph broken mid-sentence. */
function markdown(): string {
  let parts = 0;
  const out = paragraphs.map((p) => {
    const marker = markerOf(p);
    if (marker?.kind === 'part') return `${++parts % 2 ? '##' : '###'} ${p}`;
    if (marker?.kind === 'section' && !/。./.test(p)) return `#### ${p}`;
    const lead = /^([^。，；：！？]{2,24}。)(.+)$/.exec(p);
    return lead && !marker ? `**${lead[1]}**${lead[2]}` : p;
  });
  // Break the first long paragraph after a comma, as a page end would.
  const long = out.findIndex((p) => p.length > 300 && !p.startsWith('#'));
  const comma = out[long]!.indexOf('，', 100);
  out.splice(long, 1, out[long]!.slice(0, comma + 1), out[long]!.slice(comma + 1));
  return out.join('\n\n');
}

describe('one report re-typeset into the other shapes', () => {
  const original = outline(parseSource(ID));

  test('hard-wrapped at 30 characters with blank lines and page numbers yields the same clauses and ids', () => {
    const tree = parse(hardWrapped());
    expect(tree.layout).toBe('hard-wrapped');
    expect(tree.removals.filter((r) => r.reason === 'page-number').length).toBeGreaterThan(5);
    expect(outline(tree)).toEqual(original);
  });

  test('Markdown headings with bold lead sentences yield the same clauses and ids', () => {
    const tree = parse(markdown());
    expect(tree.removals.some((r) => r.reason === 'markdown-emphasis')).toBe(true);
    expect(outline(tree)).toEqual(original);
  });

  test('CRLF line ends with a byte-order mark yield the same clauses and ids', () => {
    const text = new TextDecoder().decode(sourceBytes(ID)).replace(/\n/g, '\r\n');
    const tree = parse(new Uint8Array([0xef, 0xbb, 0xbf, ...encode(text)]));
    expect(tree.removals[0]).toMatchObject({ reason: 'byte-order-mark', line: 1 });
    expect(outline(tree)).toEqual(original);
  });

  test('old Mac CR line ends yield the same clauses and ids', () => {
    const text = new TextDecoder().decode(sourceBytes(ID)).replace(/\n/g, '\r');
    expect(outline(parse(text))).toEqual(original);
  });
});
