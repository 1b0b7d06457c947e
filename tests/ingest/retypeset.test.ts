import { describe, expect, test } from 'vitest';
import type { ReportTree } from '../../src/schemas/report.ts';
import { parseReport } from '../../scripts/lib/parse-report.ts';
import { crlfWithBom, hardWrapped, markdown } from '../../scripts/lib/retypeset.ts';
import { parseSource, sourceBytes, walk } from './_seeds.ts';

// The city report is laid out one paragraph a line; rewrite it into the other shapes seen in
// the seeds and check that the pipeline reads the same document out of each.
const ID = 'jinan-2024';
const paragraphs = new TextDecoder().decode(sourceBytes(ID)).split('\n').filter((l) => l.trim());
const encode = (text: string) => new TextEncoder().encode(text);
const parse = (text: string | Uint8Array) =>
  parseReport(typeof text === 'string' ? encode(text) : text, `${ID}.retypeset.txt`, ID).tree;
const outline = (tree: ReportTree) => walk(tree).map((n) => `${n.id} ${n.type} ${n.label} ${n.text}`);

describe('one report re-typeset into the other shapes', () => {
  const original = outline(parseSource(ID));

  test('hard-wrapped at 30 characters with blank lines and page numbers yields the same clauses and ids', () => {
    const tree = parse(hardWrapped(paragraphs));
    expect(tree.layout).toBe('hard-wrapped');
    expect(tree.removals.filter((r) => r.reason === 'page-number').length).toBeGreaterThan(5);
    expect(outline(tree)).toEqual(original);
  });

  test('Markdown headings with bold lead sentences yield the same clauses and ids', () => {
    const tree = parse(markdown(paragraphs));
    expect(tree.removals.some((r) => r.reason === 'markdown-emphasis')).toBe(true);
    expect(outline(tree)).toEqual(original);
  });

  test('CRLF line ends with a byte-order mark yield the same clauses and ids', () => {
    const tree = parse(crlfWithBom(new TextDecoder().decode(sourceBytes(ID))));
    expect(tree.removals[0]).toMatchObject({ reason: 'byte-order-mark', line: 1 });
    expect(outline(tree)).toEqual(original);
  });

  test('old Mac CR line ends yield the same clauses and ids', () => {
    const text = new TextDecoder().decode(sourceBytes(ID)).replace(/\n/g, '\r');
    expect(outline(parse(text))).toEqual(original);
  });
});
