/**
 * Rejoins the source lines of the report body into paragraphs: hard-wrapped text (a PDF
 * extraction, at any measure) and one-paragraph-a-line text whose paragraphs a page end or a
 * stray blank line broke.
 */
import { concatInline } from '../inline.ts';
import { markerOf, isHeadingMarker } from '../numbering.ts';
import { displayWidth, type Block, type SourceLine } from './normalize.ts';

/**
 * The width a line took on the typeset page, in display columns (an ideograph 2, a digit 1).
 * Extraction puts a space where the typesetter left a gap between CJK and digits or Latin
 * (`2022 年`); that gap is narrower than a space, so each such space counts half.
 */
export function typesetWidth(line: SourceLine): number {
  return (line.width + displayWidth(line.content.text)) / 2;
}

/**
 * Hard-wrapped text (a PDF extraction) has most lines at one width. Returns that width, or
 * null for text laid out one paragraph a line.
 */
export function detectWrapWidth(body: SourceLine[]): number | null {
  if (body.length < 8) return null;
  const widths = body.map((l) => Math.round(typesetWidth(l))).sort((a, b) => a - b);
  const full = widths[Math.floor(widths.length * 0.9)]!;
  const near = widths.filter((w) => w >= full - 6);
  if (!(full >= 36 && full <= 160 && near.length / widths.length >= 0.5)) return null;
  // The most common width among near-full lines: the measure a typeset line fills.
  const count = new Map<number, number>();
  for (const w of near) count.set(w, (count.get(w) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
}

/** The line's width without the punctuation it ends in, which a typesetter may hang past the measure. */
function coreWidth(line: SourceLine): number {
  return typesetWidth(line) - displayWidth(HANGING.exec(line.content.text)![0]);
}

/** Shaped like a paragraph's first line: its indent short of the measure, and running on. */
function startsParagraph(line: SourceLine, measure: number): boolean {
  const core = coreWidth(line);
  return core >= measure - INDENT_WIDTH - 4 && core <= measure - 3.5 && !CLAUSE_END.test(line.content.text);
}

/** A typeset paragraph indent: two ideographs (display width 4). */
const INDENT_WIDTH = 4;

/** A sentence ends here (optionally inside closing quotes or brackets). */
const SENTENCE_END = /[。！？!?…：:][”’」』）)]*$/;
/** Punctuation a line may end in, hanging past the measure (a line never starts with it). */
const HANGING = /[，。、；：！？,.;:!?”’」』）)》〉】%]?$/;
const CLAUSE_END = /[。！？!?…：:；;][”’」』）)]*$/;

export function rejoin(body: SourceLine[], wrapWidth: number | null): Block[] {
  const blocks: Block[] = [];
  // Hard-wrapped text that indents its paragraphs says exactly where each one starts.
  const indents = wrapWidth !== null && body.filter((l) => l.indented).length >= body.length * 0.05;
  let current: Block | null = null;
  let last: SourceLine | null = null;
  body.forEach((line, i) => {
    if (current && last && continues(current, last, line, body[i + 1], wrapWidth, indents)) {
      // No space at the seam: a wrap in Chinese text (or inside an acronym such as RC|EP) is not a word break.
      current.content = concatInline(current.content, line.content);
    } else {
      current = { zone: 'body', role: null, content: line.content, markdownHeading: line.markdownHeading };
      blocks.push(current);
    }
    last = line;
  });
  return blocks;
}

/**
 * Does `next` continue the paragraph that `current` (whose last source line is `last`) began?
 * Hard-wrapped text that indents its paragraphs breaks at each indent. Without indents the widths
 * tell: a line inside a paragraph fills the measure, a paragraph's first line is two ideographs
 * short of it (its indent, lost in extraction) and runs on, its last line is anything. So a
 * paragraph ends at a line that is not full, or at a sentence end followed by a line shaped like
 * a first line or by a numbered heading. A heading (一、 （一） 1. with no full stop) ends at the
 * end of its line unless it fills the line and the next is not shaped like a paragraph's start.
 * One-paragraph-a-line text breaks only where a line ends a sentence, so a paragraph broken
 * mid-sentence by a page end or a stray blank line is mended.
 */
function continues(current: Block, last: SourceLine, next: SourceLine, after: SourceLine | undefined, wrapWidth: number | null, indents: boolean): boolean {
  if (current.markdownHeading || next.markdownHeading) return false;
  if (indents) return !next.indented;
  const text = current.content.text;
  if (wrapWidth) {
    const measure = wrapWidth;
    const nextText = next.content.text;
    const firstOfParagraph = current.content.lines[0] === last.line;
    const nextMarker = isHeadingMarker(markerOf(nextText));
    if (process.env.RJ) console.log('SEAM', measure, typesetWidth(last), coreWidth(last), typesetWidth(next), coreWidth(next), JSON.stringify(last.content.text.slice(-8)), JSON.stringify(nextText));
    const full = coreWidth(last) >= measure - 3.5 - (firstOfParagraph ? INDENT_WIDTH : 0);
    // A paragraph may end at a semicolon (a list of measures) but never at a comma or mid-sentence.
    if (!CLAUSE_END.test(text)) {
      const headingSentence = isHeadingMarker(markerOf(text)) && !/[。！？!?；;：:]/.test(text);
      if (!headingSentence) return typesetWidth(last) >= measure * 0.75;
      if (!full || nextMarker) return false;
      // A heading that fills its line: the next line is its tail when the line after that is
      // where a paragraph starts; it is a paragraph's first line when the line after runs on.
      return !startsParagraph(next, measure) || (after !== undefined && (startsParagraph(after, measure) || isHeadingMarker(markerOf(after.content.text))));
    }
    if (nextMarker || !full) return false;
    // A sentence that ends exactly at the end of a full line: the next line says whether the
    // paragraph runs on (a full line, or a short tail ending a sentence) or a new one starts.
    const nextCore = coreWidth(next);
    if (nextCore > measure - 3.5) return true;
    return typesetWidth(next) < measure - INDENT_WIDTH - 1.5 && CLAUSE_END.test(nextText);
  }
  if (CLAUSE_END.test(text)) return false;
  const marker = markerOf(text);
  if (isHeadingMarker(marker) && !/[。！？!?]./.test(text.slice(marker.length))) return false;
  return markerOf(next.content.text) === null;
}
