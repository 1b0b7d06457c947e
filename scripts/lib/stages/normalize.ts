import type { Removal } from '../../../src/schemas/report.ts';
import type { Issue } from '../issues.ts';
import { inline, type Inline } from '../inline.ts';
import type { DecodedText } from './decode.ts';
import { classifyMatter, type MatterRole } from './matter.ts';
import { detectWrapWidth, rejoin } from './rejoin.ts';

/** One logical paragraph of the report, rejoined from however many source lines it spans. */
export interface Block {
  zone: 'front' | 'body' | 'back';
  /** For front and back matter: what the line is (title, dateline, issuer …). */
  role: MatterRole | null;
  content: Inline;
  /** The source marked it as a Markdown heading (`## …`); a heading never runs on into the next line. */
  markdownHeading: boolean;
}

export interface NormalizedText {
  file: string;
  encoding: DecodedText['encoding'];
  layout: 'paragraph-lines' | 'hard-wrapped';
  blocks: Block[];
  removals: Removal[];
  warnings: Issue[];
}

/** A non-blank source line after removing layout and markup. */
export interface SourceLine {
  line: number;
  /** The source line trimmed, and the column (1-based) where it starts: what a removal of the whole line records. */
  raw: string;
  column: number;
  content: Inline;
  /** The trimmed line with its spaces, for lines whose spaces mean something (a speaker's name). */
  spaced: Inline;
  markdownHeading: boolean;
  /** Display width of the trimmed source line (CJK counts 2), to detect hard wraps. */
  width: number;
  /** Starts with an ideographic space, a tab or two spaces: a typeset paragraph indent. */
  indented: boolean;
}

/**
 * Source text to paragraphs: drops page numbers, bylines and web-page chrome (recording each
 * removal), strips Markdown marks but keeps emphasis, removes the spaces PDF extraction puts
 * around CJK text, separates front and back matter, and rejoins lines the source broke.
 */
export function normalize(decoded: DecodedText): NormalizedText {
  const removals = [...decoded.removals];
  const lines: SourceLine[] = [];
  decoded.text.split('\n').forEach((raw, i) => {
    const cleaned = cleanLine(raw, i + 1, removals);
    if (cleaned) lines.push(cleaned);
  });
  const { front, back, bodyStart, bodyEnd, removed } = classifyMatter(lines);
  for (const { line, reason } of removed) {
    // The whole line goes, so marks stripped from it earlier are part of this one removal.
    for (let k = removals.length - 1; k >= 0; k--) if (removals[k]!.line === line.line && removals[k]!.reason.startsWith('markdown')) removals.splice(k, 1);
    removals.push({ line: line.line, column: line.column, text: line.raw, reason });
  }
  const body = lines.slice(bodyStart, bodyEnd);
  const wrapWidth = detectWrapWidth(body);
  const blocks: Block[] = [...front, ...rejoin(body, wrapWidth), ...back];
  removals.sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    file: decoded.file,
    encoding: decoded.encoding,
    layout: wrapWidth ? 'hard-wrapped' : 'paragraph-lines',
    blocks,
    removals,
    warnings: [...decoded.warnings],
  };
}

/** —15—, - 3 -, 第3页, 3/20, or a number alone on its line. */
const PAGE_NUMBER = /^(?:[—–\-－─]{1,2}\s*\d{1,4}\s*[—–\-－─]{1,2}|第\s*\d{1,4}\s*页(?:\s*[/／,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4}|\d{1,4})$/;
/** A blog or CMS byline: a date or time with an author tag, on a line of its own. */
const BYLINE = /^`?\s*(?=.*(?:\d{4}[/.\-年]\d{1,2}|\d{1,2}:\d{2}))(?=.*(?:\bby\s*[:：]|作者\s*[:：]|发布者\s*[:：]|编辑\s*[:：]|阅读\s*[:：]?\s*\d)).{0,100}`?$/i;
/** Navigation and toolbar text a web page carries around an article. */
const WEB_CHROME = [
  /^(?:首页|当前位置|您的位置|你的位置)\s*[:：>＞»›]/,
  /^(?:[【\[]?\s*(?:打印(?:本页)?|关闭(?:窗口|本页)?|收藏|分享|返回顶部|保存)\s*[】\]]?\s*){1,6}$/,
  /^(?:字号|字体)\s*[:：]?\s*(?:[【\[]?\s*[大中小]\s*[】\]]?\s*){2,3}(?:\s*[【\[]?\s*(?:打印|关闭(?:窗口)?)\s*[】\]]?)*$/,
  /^分享到\s*[:：]?/,
  /^(?:扫一扫|浏览次数|阅读次数|点击数|访问量)\s*[:：]?/,
  /^(?:上一篇|下一篇)\s*[:：]/,
];

function cleanLine(raw: string, line: number, removals: Removal[]): SourceLine | null {
  const trimmed = raw.trim();
  if (!trimmed) return null;
  const start = raw.length - raw.trimStart().length + 1;
  let column = start;
  const remove = (text: string, reason: Removal['reason']): null => {
    removals.push({ line, column, text, reason });
    return null;
  };
  if (PAGE_NUMBER.test(trimmed)) return remove(trimmed, 'page-number');
  if (BYLINE.test(trimmed)) return remove(trimmed, 'byline');
  if (WEB_CHROME.some((re) => re.test(trimmed))) return remove(trimmed, 'web-chrome');

  let text = trimmed;
  const heading = /^(#{1,6})[ \t]+/.exec(text);
  if (heading) {
    remove(heading[1]!, 'markdown-heading');
    column += heading[0].length;
    text = text.slice(heading[0].length);
  }
  const marked = stripEmphasis(text, line, column, removals);
  return {
    line,
    raw: trimmed,
    column: start,
    content: removeLayoutSpaces(marked),
    spaced: collapseSpaces(marked),
    markdownHeading: heading !== null,
    width: displayWidth(trimmed),
    indented: /^(?:\u3000|\t| {2})/.test(raw),
  };
}

/** `**bold**` and `` `code` `` lose their marks but stay emphasised. */
function stripEmphasis(text: string, line: number, column: number, removals: Removal[]): Inline {
  const chars: string[] = [];
  const emphasis: number[] = [];
  let at = 0;
  const keep = (from: number, to: number, em: number) => {
    for (let i = from; i < to; i++) { chars.push(text[i]!); emphasis.push(em); }
  };
  for (const m of text.matchAll(/\*\*(?=\S)(.+?)\*\*|`([^`]+)`/g)) {
    const mark = m[0].startsWith('**') ? '**' : '`';
    keep(at, m.index, 0);
    removals.push({ line, column: column + m.index, text: mark, reason: 'markdown-emphasis' });
    keep(m.index + mark.length, m.index + m[0].length - mark.length, 1);
    removals.push({ line, column: column + m.index + m[0].length - mark.length, text: mark, reason: 'markdown-emphasis' });
    at = m.index + m[0].length;
  }
  keep(at, text.length, 0);
  return inline(chars.join(''), emphasis, new Array(chars.length).fill(line));
}

/** CJK ideographs, kana, full-width forms and CJK punctuation (including “” —…). */
export const isWide = (ch: string | undefined): boolean =>
  ch !== undefined && /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2014\u2018\u2019\u201c\u201d\u2026\u2500-\u257f]/.test(ch);

/**
 * PDF extraction puts spaces between CJK and digits or Latin (`2022 年`, `占 GDP 的`) and
 * inside spaced titles (`政 府 工 作 报 告`); a space next to a wide character is layout.
 * Spaces between two narrow characters (`22:57:38  by`) are real and collapse to one.
 */
export function removeLayoutSpaces(a: Inline): Inline {
  const keep: number[] = [];
  const text = a.text;
  for (let i = 0; i < text.length; i++) {
    if (!/\s/.test(text[i]!)) { keep.push(i); continue; }
    let j = i;
    while (j < text.length && /\s/.test(text[j]!)) j++;
    if (i > 0 && j < text.length && !isWide(text[i - 1]) && !isWide(text[j])) keep.push(i);
    i = j - 1;
  }
  return inline(keep.map((i) => (/\s/.test(text[i]!) ? ' ' : text[i]!)).join(''), keep.map((i) => a.emphasis[i]!), keep.map((i) => a.lines[i]!));
}

/** Runs of spaces become one space (for lines whose spaces separate fields or names). */
function collapseSpaces(a: Inline): Inline {
  const keep = [...a.text].map((_, i) => i).filter((i) => !(/\s/.test(a.text[i]!) && /\s/.test(a.text[i - 1] ?? '')));
  return inline(keep.map((i) => (/\s/.test(a.text[i]!) ? ' ' : a.text[i]!)).join(''), keep.map((i) => a.emphasis[i]!), keep.map((i) => a.lines[i]!));
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch) ? 2 : 1;
  return width;
}
