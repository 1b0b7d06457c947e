import { concatInline, inline, sliceInline, type Inline } from '../inline.ts';
import { markerOf, isHeadingMarker } from '../numbering.ts';
import type { Block, SourceLine } from './normalize.ts';
import { foldForms } from '../fold.ts';

export type MatterRole = 'title' | 'dateline' | 'speaker' | 'salutation' | 'source-line' | 'note' | 'issuer' | 'date';

/** A whole source line that is neither body nor kept metadata: page chrome, a photo caption, a library notice. */
export interface MatterRemoval {
  line: SourceLine;
  reason: 'front-matter' | 'back-matter';
}

const SALUTATION = /^(?:各位代表|各位委员|同志们|女士们、先生们)[：:！!，,]?$/;
/** 来源：… 时间：… lines a web page puts around an article: metadata, kept as front or back matter. */
const SOURCE_LINE = /^(?:来源|信息来源|发布时间|发表时间|发布日期|时间|日期|责任编辑|编辑)\s*[:：]/;
/** ——2023年1月7日在…会议上 / (2020年12月15日…通过) */
const DATELINE = /^[（(—─\-－–]+\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年/;
/** 2025年1月20日在安徽省…会议上: the same without the dash, as web copies often print it. */
const BARE_DATELINE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d〇零一二三四五六七八九十]{1,3}\s*月\s*[\d〇零一二三四五六七八九十]{1,3}\s*日.{0,40}在.{2,60}(?:会议|大会)/;
/** Where a dateline starts inside a line that glues it to something else (来源：…2025年1月17日在…). */
const GLUED_DATELINE = /[—─－–]*\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d〇零一二三四五六七八九十]{1,3}\s*月\s*[\d〇零一二三四五六七八九十]{1,3}\s*日.{0,40}在.{2,60}(?:会议|大会)/;
const SENTENCE_PUNCT = /[，。；：！？,;!?]/;
/** A title with a dash dateline run on after it. */
const GLUED_TITLE = /^[^，。；：！？!?]{2,60}?(?:报告|纲要|建议|规划)(?=\s*[—─]{1,2}\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年)/;
/** A document's own title: it names what it is (报告, 纲要, 建议, 规划). */
const TITLE = /^[^，。；：！？!?]{0,60}(?:报告|纲要|建议|规划)$/;
/** The office a speaker holds, at the end of a line (国务院总理　/ 省长) or before the name. */
const OFFICE = /(?:总理|省长|市长|区长|县长|州长|旗长|盟长|主席|主任|书记)/;
/** A personal name on its own: two to four ideographs, possibly spaced (李　强) or with a middle dot. */
const NAME = /^[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff·]){1,3}$|^[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,8}$/;
const NOTE = /^[（(][^（）()。]{1,40}[）)]$/;
const ISSUE_DATE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d〇零一二三四五六七八九十]{1,3}\s*月\s*[\d〇零一二三四五六七八九十]{1,3}\s*日\s*(?:印发|发布|通过)?$/;
const ISSUER = /^[^，。；：！？、]{2,30}(?:办公厅|办公室|人民政府|委员会|政府|市委|省委|区委|县委)$/;
/** How a paragraph of running text ends. */
const SENTENCE_END = /[。！？!?；;…”」』）)]$/;
/** Characters a paragraph never starts with: a line starting so is the rest of a paragraph a link broke. */
const CONTINUATION_START = /^[，、。》）)：；,.!?！？」』]/;
/** How far into the text a salutation may stand and still open the report. */
const HEAD_LINES = 60;

const unbalanced = (text: string) => (text.match(/[（(]/g)?.length ?? 0) > (text.match(/[）)]/g)?.length ?? 0);
const isHeading = (text: string) => isHeadingMarker(markerOf(text));
/** A title line (政府工作报告; in Traditional 政府工作報告, folded to the rules' forms). */
const isTitle = (line: SourceLine) => line.markdownHeading || (TITLE.test(foldForms(line.content.text)) && line.content.text.length <= 60);
const isDateline = (text: string) => DATELINE.test(text) || BARE_DATELINE.test(text);
/** 来源：大众日报 keeps its value; a label alone (来源：) takes the short line after it. */
const labelOnly = (text: string) => /^[^:：]{1,6}[:：]\s*$/.test(text);
const isSpeaker = (text: string) =>
  text.length <= 30 && !SENTENCE_PUNCT.test(text) && !/\d/.test(text) && (OFFICE.test(text) || NAME.test(text));
const withSpace = (a: Inline, b: Inline): Inline =>
  concatInline(concatInline(a, inline(' ', [0], [a.lines[a.lines.length - 1] ?? b.lines[0] ?? 1])), b);

/**
 * Finds the front matter (title, date and venue, speaker, salutation, 来源 lines) at the top
 * and the back matter (publication note, issuing office, print date) at the bottom. What lies
 * between is the body.
 *
 * Web and library copies carry page chrome around the report. It is found by where it stands,
 * not by what it says: when a salutation (各位代表：) opens the report, every line above it that
 * is not the title, dateline, speaker or a 来源/时间 line is front matter to remove (toolbars,
 * breadcrumbs, photo captions); lines before the title likewise. At the end, the body stops at
 * its last paragraph of running text: the fragments after it (link lists, share bars, a
 * library's licence notice broken up by its links, a repeat of the opening) are back matter.
 */
export function classifyMatter(lines: SourceLine[]): {
  front: Block[]; back: Block[]; bodyStart: number; bodyEnd: number; removed: MatterRemoval[];
} {
  const front: Block[] = [];
  const removed: MatterRemoval[] = [];
  const add = (role: MatterRole, content: Inline, markdownHeading = false) =>
    front.push({ zone: 'front', role, content, markdownHeading });
  /** …会议上省长叶建春作政府工作报告。: a speaker glued after the venue is split off. */
  const addDateline = (content: Inline) => {
    const after = /(?:会议|大会)上(?=.)/.exec(content.text);
    const speakerAt = after ? after.index + after[0].length : -1;
    if (speakerAt > 0 && OFFICE.test(content.text.slice(speakerAt))) {
      add('dateline', sliceInline(content, 0, speakerAt));
      add('speaker', sliceInline(content, speakerAt));
    } else add('dateline', content);
  };

  const salutation = findSalutation(lines);
  let i = 0;
  // Everything before the title is the page around the report (a 来源 line there is still metadata).
  // Without a salutation to frame the head, only when all of it is short furniture (下载, 打印, 首页 > …).
  const headEnd = salutation ?? lines.findIndex((l) => isHeading(l.content.text) || /[。！？]/.test(l.content.text));
  const title = lines.slice(0, headEnd < 0 ? 0 : headEnd).findIndex((l) => isTitle(l) || GLUED_TITLE.test(l.content.text));
  const furniture = (l: SourceLine) => l.content.text.length <= 12 || SOURCE_LINE.test(l.content.text) || !/[\u4e00-\u9fff]{3}/.test(l.content.text);
  if (title > 0 && (salutation !== null || lines.slice(0, title).every(furniture))) {
    for (; i < title; i++) {
      const text = lines[i]!.content.text;
      if (SOURCE_LINE.test(text) && !labelOnly(text) && text.length <= 80) add('source-line', lines[i]!.spaced);
      else removed.push({ line: lines[i]!, reason: 'front-matter' });
    }
  }
  let seenDateline = false;
  while (i < lines.length) {
    const line = lines[i]!;
    const text = line.content.text;
    if (isHeading(text)) break;
    if (SALUTATION.test(text)) { add('salutation', line.content); i++; break; }
    if (SOURCE_LINE.test(text) && text.length <= 80) {
      const glued = text.search(GLUED_DATELINE);
      if (glued > 0 && !labelOnly(text.slice(0, glued))) {
        // 来源：江西省人民政府2025年1月17日在…: the source and the dateline, glued by the copy.
        add('source-line', sliceInline(line.content, 0, glued));
        i++;
        addDateline(sliceInline(line.content, glued));
        seenDateline = true;
        continue;
      }
      const next = lines[i + 1];
      if (labelOnly(text) && next && next.content.text.length <= 40 && !SOURCE_LINE.test(next.content.text) && !isTitle(next)
        && !isDateline(next.content.text) && !SALUTATION.test(next.content.text)) {
        add('source-line', withSpace(line.spaced, next.spaced));
        i += 2;
      } else if (labelOnly(text) && salutation !== null) {
        removed.push({ line, reason: 'front-matter' });
        i++;
      } else {
        add('source-line', line.spaced);
        i++;
      }
      continue;
    }
    if (isDateline(text)) {
      let content = line.content;
      const dashed = /^[—─\-－–]/.test(text);
      i++;
      while (i < lines.length) {
        const next = lines[i]!.content.text;
        const open = unbalanced(content.text);
        const venue = dashed && !/(?:上|讲话|报告|通过)$/.test(content.text) && next.length <= 40
          && !SALUTATION.test(next) && !SENTENCE_PUNCT.test(next) && !SOURCE_LINE.test(next) && !isSpeaker(next);
        if (!open && !venue) break;
        content = concatInline(content, lines[i]!.content);
        i++;
      }
      addDateline(content);
      seenDateline = true;
      continue;
    }
    const previous = front[front.length - 1];
    if (salutation !== null) {
      // Inside the head the salutation closes: each line is a known part or page furniture.
      const hasTitle = front.some((b) => b.role === 'title');
      // 2026年山东省政府工作报告——2026年1月27日在…会议上 山东省省长 周乃翔: one line a copy glued.
      const glued = GLUED_TITLE.exec(text);
      if (glued && isDateline(text.slice(glued[0].length))) {
        add('title', sliceInline(line.content, 0, glued[0].length), line.markdownHeading);
        addDateline(sliceInline(line.content, glued[0].length));
        seenDateline = true;
        i++;
        continue;
      }
      if (isTitle(line)) {
        add('title', line.content, line.markdownHeading);
        i++;
        continue;
      }
      if ((hasTitle || seenDateline) && isSpeaker(text)) {
        const next = lines[i + 1];
        // 国务院总理　/ 李　强: the office and the name on two lines are one speaker.
        if (OFFICE.test(text) && !NAME.test(text) && OFFICE.source && new RegExp(`${OFFICE.source}$`).test(text)
          && next && NAME.test(next.content.text.replace(/\s+/g, ' ').trim())) {
          add('speaker', withSpace(line.spaced, next.spaced));
          i += 2;
        } else {
          add('speaker', line.spaced);
          i++;
        }
        continue;
      }
      removed.push({ line, reason: 'front-matter' });
      i++;
      continue;
    }
    if (SENTENCE_PUNCT.test(text)) break;
    if (seenDateline && text.length <= 40) { add('speaker', line.spaced); i++; continue; }
    if (!seenDateline && text.length <= 100 && (line.markdownHeading || i === 0 || previous?.role === 'title')) {
      if (previous?.role === 'title' && !line.markdownHeading) previous.content = concatInline(previous.content, line.content);
      else add('title', line.content, line.markdownHeading);
      i++;
      continue;
    }
    break;
  }

  const back: Block[] = [];
  let j = lines.length;
  const bodyBefore = (k: number) => lines.slice(0, k).map((l) => l.content.text).join('');
  while (j > i) {
    const line = lines[j - 1]!;
    const text = line.content.text;
    const role: MatterRole | null = NOTE.test(text) ? 'note'
      : ISSUE_DATE.test(text) ? 'date'
      : ISSUER.test(text) ? 'issuer'
      : SOURCE_LINE.test(text) && !labelOnly(text) && text.length <= 80 ? 'source-line'
      : null;
    if (role) {
      back.unshift({ zone: 'back', role, content: role === 'source-line' ? line.spaced : line.content, markdownHeading: false });
    } else if (isTailFragment(lines, j - 1, bodyBefore)) {
      removed.push({ line, reason: 'back-matter' });
    } else break;
    j--;
  }
  return { front, back, bodyStart: i, bodyEnd: j, removed };
}

/** The salutation that opens the report, if one stands before the first numbered heading. */
function findSalutation(lines: SourceLine[]): number | null {
  for (let k = 0; k < Math.min(lines.length, HEAD_LINES); k++) {
    const text = lines[k]!.content.text;
    if (SALUTATION.test(text)) return k;
    if (isHeading(text)) return null;
  }
  return null;
}

/**
 * A line after the report's last paragraph: not running text (no sentence end), the rest of a
 * paragraph a link broke (starts with ，/、/》, or follows such a piece on the next line), or a
 * repeat of text the report already gave (a share box quoting the opening).
 */
function isTailFragment(lines: SourceLine[], k: number, bodyBefore: (k: number) => string): boolean {
  const line = lines[k]!;
  const text = line.content.text;
  if (isHeading(text)) return false;
  if (text.length >= 10 && bodyBefore(k).includes(text)) return true;
  // 主办单位：省交通运输厅，… : a field the body has filled in before (a table's last row), not page furniture.
  const field = /^([^：:，。]{2,8}[：:])\s*\S/.exec(text)?.[1];
  if (field && lines.slice(0, k).some((l) => l.content.text.startsWith(field) && l.content.text.length > field.length)) return false;
  if (!SENTENCE_END.test(text) || CONTINUATION_START.test(text)) return true;
  const previous = lines[k - 1];
  if (previous && previous.line === line.line - 1) {
    const p = previous.content.text;
    // A heading (二、其他) before a last short paragraph is the body's, not a broken-up notice.
    if (CONTINUATION_START.test(p) || (p.length <= 6 && !SENTENCE_END.test(p) && !isHeading(p))) return true;
  }
  return false;
}
