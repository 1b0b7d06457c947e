/**
 * Rejoins the source lines of the report body into paragraphs: hard-wrapped text (a PDF
 * extraction, at any measure) and one-paragraph-a-line text whose paragraphs a page end or a
 * stray blank line broke.
 */
import { concatInline } from '../inline.ts';
import { markerOf, isHeadingMarker } from '../numbering.ts';
import type { Block, SourceLine } from './normalize.ts';

/**
 * Hard-wrapped text (a PDF extraction) has most lines at one width. Returns that width, or
 * null for text laid out one paragraph a line.
 */
export function detectWrapWidth(body: SourceLine[]): number | null {
  if (body.length < 8) return null;
  const widths = body.map((l) => l.width).sort((a, b) => a - b);
  const full = widths[Math.floor(widths.length * 0.9)]!;
  const near = widths.filter((w) => w >= full - 6);
  if (!(full >= 40 && full <= 160 && near.length / widths.length >= 0.5)) return null;
  // The most common width among near-full lines: the measure a typeset line fills.
  const count = new Map<number, number>();
  for (const w of near) count.set(w, (count.get(w) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
}

/** A typeset paragraph indent: two ideographs (display width 4). */
const INDENT_WIDTH = 4;

/** A sentence ends here (optionally inside closing quotes or brackets). */
const SENTENCE_END = /[。！？!?…：:][”’」』）)]*$/;
const CLAUSE_END = /[。！？!?…：:；;][”’」』）)]*$/;

export function rejoin(body: SourceLine[], wrapWidth: number | null): Block[] {
  const blocks: Block[] = [];
  // Hard-wrapped text that indents its paragraphs says exactly where each one starts.
  const indents = wrapWidth !== null && body.filter((l) => l.indented).length >= body.length * 0.05;
  let current: Block | null = null;
  let last: SourceLine | null = null;
  for (const line of body) {
    if (current && last && continues(current, last, line, wrapWidth, indents)) {
      // No space at the seam: a wrap in Chinese text (or inside an acronym such as RC|EP) is not a word break.
      current.content = concatInline(current.content, line.content);
    } else {
      current = { zone: 'body', role: null, content: line.content, markdownHeading: line.markdownHeading };
      blocks.push(current);
    }
    last = line;
  }
  return blocks;
}

/**
 * Does `next` continue the paragraph that `current` (whose last source line is `last`) began?
 * Hard-wrapped text breaks a paragraph at an indent when it indents paragraphs, else after a
 * sentence end or a short line (a full line ending 。 is taken as a paragraph end); one-paragraph-a-line
 * text only where a line ends a sentence, so a paragraph broken mid-sentence by a page end or a
 * stray blank line is mended.
 */
function continues(current: Block, last: SourceLine, next: SourceLine, wrapWidth: number | null, indents: boolean): boolean {
  if (current.markdownHeading || next.markdownHeading) return false;
  if (indents) return !next.indented;
  const text = current.content.text;
  if (wrapWidth) {
    if (!SENTENCE_END.test(text)) return last.width >= wrapWidth * 0.75;
    // A sentence that ends exactly at the end of a full line is not yet a paragraph end: the
    // next paragraph's first line is indented (the indent itself is lost in extraction, so the
    // line is two characters short). A paragraph's own first line is full when it is that short.
    const firstOfParagraph = current.content.lines[0] === last.line;
    const lastFull = last.width >= wrapWidth - 1 - (firstOfParagraph ? INDENT_WIDTH : 0);
    const nextIndented = next.width <= wrapWidth - 3;
    return lastFull && !nextIndented && !isHeadingMarker(markerOf(next.content.text));
  }
  if (CLAUSE_END.test(text)) return false;
  const marker = markerOf(text);
  if (isHeadingMarker(marker) && !/[。！？!?]./.test(text.slice(marker.length))) return false;
  return markerOf(next.content.text) === null;
}
