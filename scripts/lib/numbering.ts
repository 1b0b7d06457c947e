/**
 * The numbering that gives a report its structure. Levels come from the kind of number
 * (一、 part, （一） section, 1. article), never from Markdown `#` counts.
 */
const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/**
 * Reads a Chinese numeral below 1000.
 * @example chineseNumber('十二') // => 12
 * @example chineseNumber('二十') // => 20
 */
export function chineseNumber(numeral: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of numeral) {
    if (ch === '百') { total += (digit || 1) * 100; digit = 0; }
    else if (ch === '十') { total += (digit || 1) * 10; digit = 0; }
    else if (ch in DIGITS) digit = digit * 10 + DIGITS[ch]!;
    else return Number.NaN;
  }
  return total + digit;
}

/** Full-width digits and dots read as ASCII (１．５ → 1.5), for matching only. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９．]/g, (ch) => (ch === '．' ? '.' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

const NUMERAL = '[一二三四五六七八九十百〇零两]+';
const PART = new RegExp(`^(${NUMERAL})、`);
const SECTION = new RegExp(`^[（(](${NUMERAL})[）)]`);
/** 1. / 1． / 1、 but not 1.5 (a figure) or 2023、 (a year). */
const ARTICLE = /^(\d{1,3})(?:[.、](?![\d.])|\.(?=\s))/;
/** A plan outline's 第二篇 (book), 第五章 (chapter), 第一节 (division). */
const BOOK = new RegExp(`^第(${NUMERAL})篇`);
const CHAPTER = new RegExp(`^第(${NUMERAL})章`);
const DIVISION = new RegExp(`^第(${NUMERAL})节`);
/** 专栏1 / 专栏 1 / 专栏一: a box of lines set apart from the text (a list, or a table). */
const BOX = new RegExp(`^专栏\\s*(\\d{1,3}|${NUMERAL})(?![\\d])`);
const ORDINAL_ITEM = /^[一二三四五六七八九十]+是/;
const DASH_ITEM = /^(?:——|—|--)(?!\s*\d)/;

/** A numbered heading: an outline's 篇/章/节 or a report's 一、/（一）/1. */
export type HeadingMarker = { kind: 'book' | 'chapter' | 'division' | 'part' | 'section' | 'article'; number: number; length: number };

export type Marker =
  | HeadingMarker
  | { kind: 'box'; number: number; length: number }
  | { kind: 'ordinal'; number: number; length: number }
  | { kind: 'dash'; length: number };

/** The structural marker a paragraph starts with, if any. */
export function markerOf(text: string): Marker | null {
  let m = BOOK.exec(text);
  if (m) return { kind: 'book', number: chineseNumber(m[1]!), length: m[0].length };
  m = CHAPTER.exec(text);
  if (m) return { kind: 'chapter', number: chineseNumber(m[1]!), length: m[0].length };
  m = DIVISION.exec(text);
  if (m) return { kind: 'division', number: chineseNumber(m[1]!), length: m[0].length };
  m = BOX.exec(text);
  if (m) return { kind: 'box', number: /\d/.test(m[1]!) ? Number(m[1]) : chineseNumber(m[1]!), length: m[0].length };
  m = PART.exec(text);
  if (m) return { kind: 'part', number: chineseNumber(m[1]!), length: m[0].length };
  m = SECTION.exec(text);
  if (m) return { kind: 'section', number: chineseNumber(m[1]!), length: m[0].length };
  m = ARTICLE.exec(asciiDigits(text.slice(0, 6)));
  if (m) return { kind: 'article', number: Number(m[1]), length: m[0].length };
  m = ORDINAL_ITEM.exec(text);
  if (m) return { kind: 'ordinal', number: chineseNumber(m[0].slice(0, -1)), length: m[0].length };
  m = DASH_ITEM.exec(text);
  if (m) return { kind: 'dash', length: m[0].length };
  return null;
}

export function isHeadingMarker(marker: Marker | null): marker is HeadingMarker {
  return marker !== null && marker.kind !== 'ordinal' && marker.kind !== 'dash' && marker.kind !== 'box';
}

/**
 * A heading line printed without a number (2024年工作回顾): short, with no punctuation of a
 * sentence in it (a quoted name may open it: “十四五”时期工作回顾).
 */
export function isBareHeading(text: string): boolean {
  const t = text.replace(/\s/gu, '');
  return /^[^。，、；：！？,;:!?…]{2,30}$/.test(t.replace(/[“”‘’《》]/g, '')) && t.length <= 30 && markerOf(t) === null && !/^(?:各位|同志们)/.test(t);
}

/**
 * What a heading line ends in (…工作回顾, …工作安排建议, …自身建设, 名词解释, 附件2): a page end
 * that cuts a sentence short leaves a fragment ending anywhere (…重大战略机).
 */
export const HEADING_END = /(?:回顾|安排|建议|工作|建设|任务|目标|要求|成就|解释|注释|附件[\d一二三四五六七八九十]*|附录)$/;

/** 一是聚焦全方位扩大内需，着力提消费促投资 alone on its line: an ordinal that heads what follows, with no sentence end. */
export function isOrdinalHeading(text: string): boolean {
  const t = text.replace(/\s/gu, '');
  return markerOf(t)?.kind === 'ordinal' && !/[。！？!?；;：:]/.test(t) && t.length <= 80;
}
