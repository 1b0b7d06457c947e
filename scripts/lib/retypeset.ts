/**
 * Re-typesets a report (one paragraph a line) into the other shapes the seeds arrive in, so
 * tests can check the pipeline reads the same document out of each and the benchmark can make
 * corpora of any size from the five seeds.
 */
import { markerOf } from './numbering.ts';

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
