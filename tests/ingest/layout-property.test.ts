import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ReportTree } from '../../src/schemas/report.ts';
import { parseReport } from '../../scripts/lib/parse-report.ts';
import { pdfExtraction, type PdfLayout } from '../../scripts/lib/retypeset.ts';
import { decode } from '../../scripts/lib/stages/decode.ts';
import { displayWidth, normalize } from '../../scripts/lib/stages/normalize.ts';
import { isHeadingMarker, markerOf } from '../../scripts/lib/numbering.ts';
import { clauses, reportIds, SOURCES, sourceBytes, parseSource } from './_seeds.ts';

// Every seed, typeset at any measure and extracted as a PDF extractor would give it, must read
// as the same document: the same clause ids with the same texts. The paragraphs typeset are the
// ones the pipeline reads out of the seed (for the hard-wrapped seed, its rejoined paragraphs).
const clauseMap = (tree: ReportTree) => new Map(clauses(tree).map((c) => [c.id, c.text]));

/** Clause ids whose text differs, or that only one of the two trees has. */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const ids = new Set([...a.keys(), ...b.keys()]);
  return [...ids].filter((id) => a.get(id) !== b.get(id)).map((id) => `${id}: ${a.get(id)?.slice(0, 40) ?? '—'} ≠ ${b.get(id)?.slice(0, 40) ?? '—'}`);
}

const RUNS = 25;

describe.each(reportIds)('%s typeset as a PDF extraction at any measure', (id) => {
  const original = clauseMap(parseSource(id));
  const paragraphs = normalize(decode(sourceBytes(id), `${SOURCES}/${id}.txt`)).blocks.map((b) => b.content.text);
  // Measures at which a heading (一、… （一）…) fills its line exactly: the shape that ran headings into the next paragraph.
  const headingMeasures = [...new Set(paragraphs
    .filter((p) => isHeadingMarker(markerOf(p)) && p.length <= 40)
    .map((p) => displayWidth(p) + 4)
    .filter((w) => w >= 40 && w <= 70))];
  const layout: fc.Arbitrary<PdfLayout> = fc.record({
    measure: headingMeasures.length ? fc.oneof(fc.integer({ min: 40, max: 70 }), fc.constantFrom(...headingMeasures)) : fc.integer({ min: 40, max: 70 }),
    keepIndent: fc.boolean(),
    spacedDigits: fc.boolean(),
    pageEvery: fc.oneof(fc.constant(0), fc.integer({ min: 15, max: 45 })),
    blankLines: fc.boolean(),
  });

  test(`${RUNS} generated layouts give the same clause ids and texts`, () => {
    fc.assert(
      fc.property(layout, (l) => {
        const text = pdfExtraction(paragraphs, l);
        const tree = parseReport(new TextEncoder().encode(text), `${id}.pdf-extraction.txt`, id).tree;
        expect(tree.layout).toBe('hard-wrapped');
        expect(differences(original, clauseMap(tree))).toEqual([]);
      }),
      { numRuns: RUNS, seed: 20261207, endOnFailure: true },
    );
  });
});
