/**
 * Re-typesets a report (one paragraph a line) into the other shapes the seeds arrive in, so
 * tests can check the pipeline reads the same document out of each and the benchmark can make
 * corpora of any size from the five seeds.
 */
import { markerOf } from './numbering.ts';

const spaceDigits = (text: string) =>
  text.replace(/([\u4e00-\u9fff，。、；])([\dA-Za-z])/g, '$1 $2').replace(/([\dA-Za-z]%?)([\u4e00-\u9fff])/g, '$1 $2');

/** Like a PDF extraction: `width` characters a line, a blank line after each, paragraphs indented, —N— page numbers, spaces around digits. */
export function hardWrapped(paragraphs: readonly string[], width = 30): string {
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    const spaced = paragraph.replace(/([\u4e00-\u9fff，。、；])(\d)/g, '$1 $2').replace(/(\d%?)([\u4e00-\u9fff])/g, '$1 $2');
    const chars = [...spaced];
    for (let i = 0; i < chars.length; i += width) lines.push((i === 0 ? '\u3000\u3000' : '') + chars.slice(i, i + width).join(''));
  }
  const out: string[] = [];
  lines.forEach((line, i) => {
    out.push(line, '');
    if ((i + 1) % 40 === 0) out.push(`—${(i + 1) / 40}—`, '');
  });
  return out.join('\n');
}

/** Like a Markdown copy: headings at inconsistent # levels, bold lead sentences, a paragraph broken mid-sentence. */
export function markdown(paragraphs: readonly string[]): string {
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
  if (long >= 0) {
    const comma = out[long]!.indexOf('，', 100);
    if (comma > 0) out.splice(long, 1, out[long]!.slice(0, comma + 1), out[long]!.slice(comma + 1));
  }
  return out.join('\n\n');
}

/** Windows line ends and a UTF-8 byte-order mark. */
export function crlfWithBom(text: string): Uint8Array {
  return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text.replace(/\n/g, '\r\n'))]);
}

/** How a PDF extraction of a typeset page may look (the layouts the property test draws from). */
export interface PdfLayout {
  /** Line measure in display columns (an ideograph counts 2, a digit or Latin letter 1). */
  measure: number;
  /** The two-ideograph first-line indent survives extraction as U+3000 U+3000 (else it is lost, the line simply starts later). */
  keepIndent: boolean;
  /** Spaces around digits and Latin next to CJK (`2022 年`), as many extractors add them. */
  spacedDigits: boolean;
  /** A page number line (—N—) after every this many lines; 0 for none. */
  pageEvery: number;
  /** A blank line after every line. */
  blankLines: boolean;
}

const wide = (ch: string) => /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2014\u2018\u2019\u201c\u201d\u2026\u2500-\u257f]/.test(ch);
/** Punctuation a Chinese typesetter never puts at the start of a line: it hangs at the end of the previous one. */
const NO_LINE_START = /^[，。、；：！？）」』”’》〉】,.;:!?)%]/;

/**
 * Typesets paragraphs at `measure` display columns (first line two ideographs in) and returns
 * the text a PDF extraction would give. Line breaks fall where the typeset width runs out; the
 * extraction's spaces around digits are added afterwards, as an extractor adds them.
 */
export function pdfExtraction(paragraphs: readonly string[], layout: PdfLayout): string {
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    // The extractor's spaces stand for the gap a word processor leaves between CJK and digits
    // or Latin (a quarter em: half a display column).
    const chars = [...(layout.spacedDigits ? spaceDigits(paragraph) : paragraph)];
    let line: string[] = [];
    let width = 4; // the first-line indent
    let first = true;
    const flush = () => {
      lines.push((first && layout.keepIndent ? '\u3000\u3000' : '') + line.join('').trim());
      first = false;
      line = [];
      width = 0;
    };
    for (const ch of chars) {
      const w = ch === ' ' ? 0.5 : wide(ch) ? 2 : 1;
      if (width + w > layout.measure && line.length && !NO_LINE_START.test(ch) && ch !== ' ') flush();
      line.push(ch);
      width += w;
    }
    if (line.length) flush();
  }
  const out: string[] = [];
  lines.forEach((line, i) => {
    out.push(line);
    if (layout.blankLines) out.push('');
    if (layout.pageEvery && (i + 1) % layout.pageEvery === 0) out.push(`—${(i + 1) / layout.pageEvery}—`, '');
  });
  return out.join('\n');
}
