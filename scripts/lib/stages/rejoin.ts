/**
 * Rejoins the source lines of the report body into paragraphs: hard-wrapped text (a PDF
 * extraction, at any measure) and one-paragraph-a-line text whose paragraphs a page end or a
 * stray blank line broke.
 */
import { concatInline, inline } from '../inline.ts';
import { HEADING_END, markerOf, isBareHeading, isHeadingMarker, isOrdinalHeading } from '../numbering.ts';
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
  const mode = [...count].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  // At an odd measure lines of ideographs alone stop one column short; the lines with digits
  // or Latin in them (a good share of a report's lines) reach the real measure.
  const oneMore = body.filter((l) => { const w = typesetWidth(l); return w > mode && w <= mode + 1; }).length;
  return oneMore >= 0.15 * (count.get(mode) ?? 0) ? mode + 1 : mode;
}

/** The line's width without the punctuation it ends in, which a typesetter may hang past the measure. */
function coreWidth(line: SourceLine): number {
  return typesetWidth(line) - displayWidth(HANGING.exec(line.content.text)![0]);
}

/** Shaped like a paragraph's first line: its indent short of the measure, and running on. */
function startsParagraph(line: SourceLine, measure: number): boolean {
  return firstLineShaped(line, measure) && !CLAUSE_END.test(line.content.text);
}

/** As wide as a paragraph's first line: the measure less the indent (give or take a column). */
function firstLineShaped(line: SourceLine, measure: number): boolean {
  const core = coreWidth(line);
  return core >= measure - INDENT_WIDTH - 4 && core <= measure - 3.5 && typesetWidth(line) < measure - 1.5;
}

/** Filled to the measure: a line inside a paragraph (or its last, ending exactly there). */
function isInsideLine(line: SourceLine, measure: number): boolean {
  return typesetWidth(line) >= measure - 2.5 && coreWidth(line) >= measure - 3.5;
}

/** A typeset paragraph indent: two ideographs (display width 4). */
const INDENT_WIDTH = 4;

/** A sentence ends here (optionally inside closing quotes or brackets). */
const SENTENCE_END = /[。！？!?…：:][”’」』）)]*$/;
/** Headings a box ends at; numbered lines (1. 2.) inside a box are its rows. */
const BOX_END = new Set(['book', 'chapter', 'division', 'part']);
/** A sentence that turns to the audience (各位代表，…) opens a paragraph. */
const ADDRESS = /^(?:各位代表|各位委员|同志们)[，,！!：:]/;
/** Punctuation a line may end in, hanging past the measure (a line never starts with it). */
const HANGING = /[，。、；：！？,.;:!?”’」』）)》〉】%]?$/;
const CLAUSE_END = /[。！？!?…：:；;][”’」』）)]*$/;

export function rejoin(body: SourceLine[], wrapWidth: number | null): Block[] {
  const blocks: Block[] = [];
  // Hard-wrapped text that indents its paragraphs says exactly where each one starts.
  const indents = wrapWidth !== null && body.filter((l) => l.indented).length >= body.length * 0.05;
  let current: Block | null = null;
  let last: SourceLine | null = null;
  let inBox = false;
  body.forEach((line, i) => {
    const marker = markerOf(line.content.text);
    // A box (专栏N) keeps its lines apart, with their spaces (a table's cells may be separated by
    // nothing else), until the next book, chapter, division or part heading.
    if (marker?.kind === 'box') {
      inBox = true;
      current = { zone: 'body', role: null, content: line.spaced, markdownHeading: false };
      blocks.push(current);
      last = line;
      return;
    }
    if (inBox && current) {
      if (!(marker && BOX_END.has(marker.kind))) {
        current.content = concatInline(concatInline(current.content, inline('\n', [0], [line.line])), line.spaced);
        last = line;
        return;
      }
      inBox = false;
    }
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

/** A heading without a number (…工作回顾) or numbered 一是…: a line of its own with no sentence end. */
const headingLine = (text: string) => (isBareHeading(text) && HEADING_END.test(text.trim())) || isOrdinalHeading(text);

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
    const width = typesetWidth(last);
    // A line inside a paragraph leaves less room than the next character needs (hanging
    // punctuation may even overrun); a paragraph's first line the same, short of its indent.
    const full = width >= measure - 1.5 - (firstOfParagraph ? INDENT_WIDTH : 0);
    // A paragraph may end at a semicolon (a list of measures) but never at a comma or mid-sentence.
    if (!CLAUSE_END.test(text)) {
      const headingSentence = (isHeadingMarker(markerOf(text)) && !/[。！？!?；;：:]/.test(text)) || (firstOfParagraph && headingLine(text));
      if (!headingSentence) return width >= measure * 0.75;
      if (!full || nextMarker) return false;
      // A heading that fills its line runs on into a full line or a short tail. A line shaped
      // like a paragraph's first line is that when the line after it runs on, or when it runs on
      // itself and the line after is where a paragraph starts.
      if (!firstLineShaped(next, measure)) return true;
      if (after && isInsideLine(after, measure)) return false;
      if (!CLAUSE_END.test(nextText)) return after !== undefined && (startsParagraph(after, measure) || isHeadingMarker(markerOf(after.content.text)));
      return true;
    }
    if (nextMarker || ADDRESS.test(nextText) || !full) return false;
    // A sentence that ends exactly at the end of a full line: the next line says whether the
    // paragraph runs on (a full line) or a new one starts (a first line, short of the indent).
    if (isInsideLine(next, measure)) return true;
    // A short line ending a sentence is the paragraph's tail when the line before it was filled
    // to the last column (a one-line paragraph would leave the previous paragraph's last line
    // as it fell), or when it is too short to fill a first line.
    // A line as wide as a first line that the next line runs on from starts a paragraph.
    if (after && firstLineShaped(next, measure) && isInsideLine(after, measure)) return false;
    return CLAUSE_END.test(nextText) && (width >= measure - 0.5 || coreWidth(next) < measure - INDENT_WIDTH - 2.5);
  }
  if (CLAUSE_END.test(text)) return false;
  const marker = markerOf(text);
  if (isHeadingMarker(marker) && !/[。！？!?]./.test(text.slice(marker.length))) return false;
  // A line of its own that reads as a heading without a number (2024年工作回顾, 一是…，…) is
  // not a paragraph cut short: those stop mid-sentence, anywhere, or with a comma in them.
  if (current.content.lines.every((l) => l === last.line) && ((isBareHeading(text) && HEADING_END.test(text.trim())) || isOrdinalHeading(text))) return false;
  return markerOf(next.content.text) === null;
}
