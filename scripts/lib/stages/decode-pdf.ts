/**
 * PDF bytes → the same DecodedText the text path produces, one paragraph a line.
 *
 * A PDF has no paragraphs, only glyphs at positions. Grouping text items by baseline gives the
 * printed lines with their left and right ends; against the body's left margin and measure, a
 * line set in by about two ideographs (or centred) starts a paragraph and a line that stops
 * well short of the right margin ends one. Running headers, footers and page numbers are found
 * by position (alone in the top or bottom band of a page, repeated across pages or a bare
 * number) and a table of contents by its leaders; each is recorded as a removal with its page
 * and its line on that page. Every other character is kept.
 */
import { fail, IngestError } from '../issues.ts';
import { isHeadingMarker, markerOf } from '../numbering.ts';
import type { Removal } from '../../../src/schemas/report.ts';
import type { DecodedText } from './decode.ts';

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A printed line: its items joined, where it starts and ends, on which page. */
export interface PdfLine {
  page: number;
  /** 1-based, counted from the top of the page. */
  lineOnPage: number;
  text: string;
  /** Left and right ends and baseline, in PDF points. */
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/**
 * Some fonts (Noto CJK among them) name an ideograph's glyph, in the PDF's text layer, by a
 * Kangxi radical or CJK radical-supplement code point that shares it (⼈ for 人, ⻅ for 见,
 * ⼾ for 户). The page shows the ideograph, so the text must say it too. The table pairs each
 * radical with the Simplified Chinese ideograph drawn by the same glyph (read off the cmaps of
 * Noto Serif/Sans CJK SC); other radicals fall back to their compatibility decomposition.
 */
const RADICALS = new Map(
  Array.from('⺅亻⺉刂⺎兀⺐尢⺒巳⺓幺⺕彐⺖忄⺘扌⺙攵⺟母⺠民⺡氵⺣灬⺦丬⺨犭⺭礻⺰纟⺺肀⺾艹⻁虎⻂衤⻅见⻆角⻈讠⻉贝⻋车⻌辶⻐钅⻓长⻔门⻖阝⻘青⻙韦⻚页⻛风⻜飞⻝食⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻬齐⻮齿⻰龙⻳龟⼀一⼁丨⼂丶⼃丿⼄乙⼆二⼇亠⼈人⼉儿⼊入⼋八⼌冂⼍冖⼎冫⼏几⼐凵⼑刀⼒力⼓勹⼔匕⼕匚⼗十⼘卜⼙卩⼚厂⼛厶⼜又⼝口⼞囗⼟土⼠士⼡夂⼣夕⼤大⼥女⼦子⼧宀⼨寸⼩小⼪尢⼫尸⼬屮⼭山⼮巛⼯工⼰己⼱巾⼲干⼳幺⼴广⼵廴⼶廾⼷弋⼸弓⼺彡⼻彳⼼心⼽戈⼾户⼿手⽀支⽁攴⽂文⽃斗⽄斤⽅方⽆无⽇日⽈曰⽉月⽊木⽋欠⽌止⽍歹⽎殳⽏毋⽐比⽑毛⽒氏⽓气⽔水⽕火⽖爪⽗父⽘爻⽙爿⽚片⽛牙⽜牛⽝犬⽞玄⽟玉⽠瓜⽡瓦⽢甘⽣生⽤用⽥田⽦疋⽧疒⽩白⽪皮⽫皿⽬目⽭矛⽮矢⽯石⽰示⽲禾⽳穴⽴立⽵竹⽶米⽷糸⽸缶⽹网⽺羊⽻羽⽼老⽽而⽾耒⽿耳⾀聿⾁肉⾂臣⾃自⾄至⾅臼⾆舌⾇舛⾈舟⾉艮⾊色⾌虍⾍虫⾎血⾏行⾐衣⾔言⾕谷⾖豆⾗豕⾘豸⾚赤⾛走⾜足⾝身⾟辛⾠辰⾢邑⾣酉⾥里⾦金⾩阜⾪隶⾫隹⾬雨⾮非⾯面⾰革⾲韭⾳音⾷食⾸首⾹香⾼高⾽髟⾿鬯⿀鬲⿁鬼⿅鹿⿇麻⿉黍⿊黑⿋黹⿍鼎⿎鼓⿏鼠⿐鼻⿕龠'.matchAll(/(.)(.)/gu), (m) => [m[1]!, m[2]!] as const),
);
// The dash a CJK font draws for —— is named U+2015 (horizontal bar) in some text layers, and
// the one glyph Noto CJK SC shares between two ideographs is named by the rarer one (㬵 for 胶).
RADICALS.set('\u2015', '\u2014');
RADICALS.set('\u3b35', '\u80f6');
export const unifyRadicals = (text: string): string =>
  text.replace(/[\u2015\u2e80-\u2fdf\u3b35]/g, (ch) => RADICALS.get(ch) ?? ch.normalize('NFKC'));

/** —3—, - 3 -, 第3页, 第 3 页 / 共 9 页, 3/9, or a number alone. */
const PAGE_NUMBER = /^(?:[—–\-－─]{1,2}\s*\d{1,4}\s*[—–\-－─]{1,2}|第\s*\d{1,4}\s*页(?:\s*[/／,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4}|\d{1,4})$/;
/** 目录 / 目 录 / 目　　录 */
const CONTENTS_HEADING = /^目\s*录$/;
/** A contents entry: a dot leader (or a wide gap) and a page number or range (…30–31). */
const CONTENTS_ENTRY = /(?:[.．·•…⋯_]{2,}|\s{2,})\s*\d{1,4}(?:\s*[-‐‑‒–—~～]\s*\d{1,4})?$/;

export async function decodePdf(bytes: Uint8Array, file: string): Promise<DecodedText> {
  const lines = await readLines(bytes, file);
  const removals: Removal[] = [];
  const body = dropContents(dropRunningMatter(lines, removals), removals);
  if (body.length === 0) fail(file, 'PDF_NO_TEXT', 1, 'the PDF has no text layer (a scan?): run OCR on it first');
  const paragraphs = paragraphsOf(body);
  removals.sort((a, b) => (a.page ?? 0) - (b.page ?? 0) || a.line - b.line || a.column - b.column);
  return {
    file,
    text: paragraphs.map((p) => p.text).join('\n'),
    encoding: 'utf-8',
    removals,
    warnings: [],
    pages: paragraphs.map((p) => p.page),
  };
}

async function readLines(bytes: Uint8Array, file: string): Promise<PdfLine[]> {
  // Imported here so the text path never loads pdf.js.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of (detaches) the buffer it is given: pass a copy.
  const task = getDocument({ data: new Uint8Array(bytes), disableFontFace: true, verbosity: 0 });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    await task.destroy();
    if (name === 'PasswordException') fail(file, 'PDF_ENCRYPTED', 1, 'the PDF is password-protected: save an unprotected copy first');
    fail(file, 'PDF_UNREADABLE', 1, `not a readable PDF (${(error as Error).message})`);
  }
  const lines: PdfLine[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const it of content.items) {
        if (!('str' in it) || it.str === '') continue;
        const [a, b, , , e, f] = it.transform as number[];
        items.push({ str: it.str, x: e!, y: f!, width: it.width, size: Math.hypot(a!, b!) || it.height });
      }
      lines.push(...groupLines(items, p));
      page.cleanup();
    }
  } catch (error) {
    if (error instanceof IngestError) throw error;
    fail(file, 'PDF_UNREADABLE', 1, `the PDF is damaged (${(error as Error).message})`);
  } finally {
    await task.destroy();
  }
  return lines;
}

/** Items sharing a baseline (within 40% of the type size) form a line, read left to right. */
function groupLines(items: Item[], page: number): PdfLine[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Item[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.y - item.y) <= 0.4 * Math.max(row[0]!.size, item.size)) row.push(item);
    else rows.push([item]);
  }
  return rows
    .map((row) => row.sort((a, b) => a.x - b.x))
    .map((row, i) => {
      let text = '';
      let end = -Infinity;
      for (const item of row) {
        // A visible gap between two runs is a space the PDF drew as distance, not as a glyph.
        if (text && item.x - end > 0.3 * item.size && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
        text += item.str;
        end = item.x + item.width;
      }
      const visible = row.filter((item) => item.str.trim() !== '');
      const first = visible[0] ?? row[0]!;
      const last = visible[visible.length - 1] ?? row[row.length - 1]!;
      const sizes = visible.map((item) => item.size).sort((a, b) => a - b);
      return {
        page,
        lineOnPage: i + 1,
        text: unifyRadicals(text.trim()),
        x0: first.x,
        x1: last.x + last.width,
        y: row[0]!.y,
        size: sizes[Math.floor(sizes.length / 2)] ?? row[0]!.size,
      };
    })
    .filter((line) => line.text !== '');
}

const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/**
 * The first and last lines of a page, set apart from the text by more than a line's pitch,
 * are running matter when they are a page number or recur (digits aside) on other pages in
 * the same band.
 */
function dropRunningMatter(lines: PdfLine[], removals: Removal[]): PdfLine[] {
  const byPage = Map.groupBy(lines, (l) => l.page);
  const pitches: number[] = [];
  for (const list of byPage.values()) for (let i = 1; i < list.length; i++) pitches.push(list[i - 1]!.y - list[i]!.y);
  const pitch = median(pitches.filter((d) => d > 0)) || 14;
  const key = (band: string, l: PdfLine) => `${band}:${l.text.replace(/\d+/g, '#').replace(/\s+/g, '')}`;
  const candidates: Array<{ line: PdfLine; band: 'top' | 'bottom' }> = [];
  for (const list of byPage.values()) {
    // Up to two lines in each band (a header with a second line, a footer above the page number).
    for (let i = 0; i < Math.min(2, list.length); i++) {
      const gapBelow = i + 1 < list.length ? list[i]!.y - list[i + 1]!.y : Infinity;
      if (gapBelow > 1.6 * pitch) { for (let k = 0; k <= i; k++) candidates.push({ line: list[k]!, band: 'top' }); break; }
    }
    for (let i = list.length - 1; i >= Math.max(0, list.length - 2); i--) {
      const gapAbove = i > 0 ? list[i - 1]!.y - list[i]!.y : Infinity;
      if (gapAbove > 1.6 * pitch) { for (let k = i; k < list.length; k++) candidates.push({ line: list[k]!, band: 'bottom' }); break; }
    }
  }
  const recurring = new Map<string, Set<number>>();
  for (const { line, band } of candidates) {
    const k = key(band, line);
    if (!recurring.has(k)) recurring.set(k, new Set());
    recurring.get(k)!.add(line.page);
  }
  const dropped = new Set<PdfLine>();
  for (const { line, band } of candidates) {
    if (dropped.has(line)) continue;
    const number = PAGE_NUMBER.test(line.text);
    if (!number && recurring.get(key(band, line))!.size < 2) continue;
    dropped.add(line);
    removals.push({ line: line.lineOnPage, column: 1, page: line.page, text: line.text,
      reason: number ? 'page-number' : band === 'top' ? 'running-header' : 'running-footer' });
  }
  return lines.filter((l) => !dropped.has(l));
}

/** A 目录 heading and the entries under it (or a run of three or more entries) are front matter. */
function dropContents(lines: PdfLine[], removals: Removal[]): PdfLine[] {
  const entry = (l: PdfLine | undefined) => l !== undefined && CONTENTS_ENTRY.test(l.text);
  const dropped = new Set<PdfLine>();
  for (let i = 0; i < lines.length; i++) {
    const headed = CONTENTS_HEADING.test(lines[i]!.text.replace(/\s+/g, ''));
    if (!headed && !(entry(lines[i]) && entry(lines[i + 1]) && entry(lines[i + 2]))) continue;
    let j = headed ? i + 1 : i;
    // An entry too long for one line wraps: the line before its leader belongs to it (even one
    // ending 。 when the next line is nothing but the leader and the page).
    const wraps = (k: number) => entry(lines[k + 1]) && (!/[。；]$/.test(lines[k]!.text) || /^[.．·•…⋯_]/.test(lines[k + 1]!.text));
    while (j < lines.length && (entry(lines[j]) || wraps(j))) j++;
    if (headed && j === i + 1) continue;
    for (let k = i; k < j; k++) {
      dropped.add(lines[k]!);
      removals.push({ line: lines[k]!.lineOnPage, column: 1, page: lines[k]!.page, text: lines[k]!.text, reason: 'table-of-contents' });
    }
    i = j - 1;
  }
  return lines.filter((l) => !dropped.has(l));
}

/**
 * Lines to paragraphs, against the page's text block: its left margin (the commonest left
 * end) and its right margin (where full lines stop).
 */
function paragraphsOf(lines: PdfLine[]): Array<{ text: string; page: number }> {
  const size = median(lines.map((l) => l.size));
  const mode = (values: number[]) => {
    const count = new Map<number, number>();
    for (const v of values) count.set(Math.round(v), (count.get(Math.round(v)) ?? 0) + 1);
    return [...count].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
  };
  /**
   * The left margin is the leftmost place several lines start: the commonest start would be
   * the indent on a page of one-line paragraphs.
   */
  const margin = (values: number[]) => {
    const count = new Map<number, number>();
    for (const v of values) count.set(Math.round(v), (count.get(Math.round(v)) ?? 0) + 1);
    const repeated = [...count].filter(([, n]) => n >= 2).map(([x]) => x);
    return repeated.length > 0 ? Math.min(...repeated) : mode(values);
  };
  const left = new Map<number, number>();
  const right = new Map<number, number>();
  for (const [page, list] of Map.groupBy(lines, (l) => l.page)) {
    // Each page its own margins when it has enough lines to tell (mirrored margins), else the document's.
    left.set(page, list.length >= 6 ? margin(list.map((l) => l.x0)) : NaN);
    right.set(page, list.length >= 6 ? median(list.map((l) => l.x1).sort((a, b) => b - a).slice(0, Math.ceil(list.length / 3))) : NaN);
  }
  const allLeft = margin(lines.map((l) => l.x0));
  const allRight = median(lines.map((l) => l.x1).sort((a, b) => b - a).slice(0, Math.ceil(lines.length / 3)));
  const leftOf = (l: PdfLine) => (Number.isNaN(left.get(l.page)!) ? allLeft : left.get(l.page)!);
  const rightOf = (l: PdfLine) => (Number.isNaN(right.get(l.page)!) ? allRight : right.get(l.page)!);

  const pitches: number[] = [];
  for (let i = 1; i < lines.length; i++) if (lines[i]!.page === lines[i - 1]!.page) pitches.push(lines[i - 1]!.y - lines[i]!.y);
  const pitch = median(pitches.filter((d) => d > 0)) || size * 1.5;
  const out: Array<{ text: string; page: number }> = [];
  let previous: PdfLine | null = null;
  for (const line of lines) {
    const setIn = line.x0 - leftOf(line) >= 0.8 * size;
    const endedShort = previous !== null && rightOf(previous) - previous.x1 > 1.5 * size;
    const spaced = previous !== null && previous.page === line.page && previous.y - line.y > 1.25 * pitch;
    const sizeChange = previous !== null && Math.abs(previous.size - line.size) > 0.15 * size;
    // A heading set flush left after a paragraph whose last line happens to be full.
    const numbered = previous !== null && /[。！？：；]$/.test(previous.text) && isHeadingMarker(markerOf(line.text));
    const current = out[out.length - 1];
    if (!current || setIn || endedShort || spaced || sizeChange || numbered) {
      out.push({ text: line.text, page: line.page });
    } else {
      // Latin words and numbers wrap only at a space, which the line end swallowed.
      const space = /[A-Za-z0-9,.;:%)]$/.test(current.text) && /^[A-Za-z0-9(]/.test(line.text) ? ' ' : '';
      current.text += space + line.text;
    }
    previous = line;
  }
  return out;
}
