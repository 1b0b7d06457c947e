import { concatInline, type Inline } from '../inline.ts';
import { markerOf, isHeadingMarker } from '../numbering.ts';
import type { Block, SourceLine } from './normalize.ts';

export type MatterRole = 'title' | 'dateline' | 'speaker' | 'salutation' | 'source-line' | 'note' | 'issuer' | 'date';

const SALUTATION = /^(?:各位代表|各位委员|同志们|女士们、先生们)[：:！!，,]?$/;
/** 来源：… 时间：… lines a web page puts around an article: metadata, kept as front or back matter. */
const SOURCE_LINE = /^(?:来源|信息来源|发布时间|发布日期|时间|日期|责任编辑|编辑)\s*[:：]/;
/** ——2023年1月7日在…会议上 / (2020年12月15日…通过) */
const DATELINE = /^[（(—─\-－–]+\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年/;
const SENTENCE_PUNCT = /[，。；：！？,;!?]/;
const NOTE = /^[（(][^（）()。]{1,40}[）)]$/;
const ISSUE_DATE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d〇零一二三四五六七八九十]{1,3}\s*月\s*[\d〇零一二三四五六七八九十]{1,3}\s*日\s*(?:印发|发布|通过)?$/;
const ISSUER = /^[^，。；：！？、]{2,30}(?:办公厅|办公室|人民政府|委员会|政府|市委|省委|区委|县委)$/;

const unbalanced = (text: string) => (text.match(/[（(]/g)?.length ?? 0) > (text.match(/[）)]/g)?.length ?? 0);

/**
 * Finds the front matter (title, date and venue, speaker, salutation, 来源 lines) at the top
 * and the back matter (publication note, issuing office, print date) at the bottom. What lies
 * between is the body.
 */
export function classifyMatter(lines: SourceLine[]): { front: Block[]; back: Block[]; bodyStart: number; bodyEnd: number } {
  const front: Block[] = [];
  const add = (role: MatterRole, content: Inline, markdownHeading = false) =>
    front.push({ zone: 'front', role, content, markdownHeading });
  let i = 0;
  let seenDateline = false;
  while (i < lines.length) {
    const line = lines[i]!;
    const text = line.content.text;
    if (isHeadingMarker(markerOf(text))) break;
    if (SALUTATION.test(text)) { add('salutation', line.content); i++; break; }
    if (SOURCE_LINE.test(text) && text.length <= 80) { add('source-line', line.spaced); i++; continue; }
    if (DATELINE.test(text)) {
      let content = line.content;
      const dashed = /^[—─\-－–]/.test(text);
      i++;
      while (i < lines.length) {
        const next = lines[i]!.content.text;
        const open = unbalanced(content.text);
        const venue = dashed && !/(?:上|讲话|报告|通过)$/.test(content.text) && next.length <= 40
          && !SALUTATION.test(next) && !SENTENCE_PUNCT.test(next);
        if (!open && !venue) break;
        content = concatInline(content, lines[i]!.content);
        i++;
      }
      add('dateline', content);
      seenDateline = true;
      continue;
    }
    if (SENTENCE_PUNCT.test(text)) break;
    if (seenDateline && text.length <= 40) { add('speaker', line.spaced); i++; continue; }
    const previous = front[front.length - 1];
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
  while (j > i) {
    const text = lines[j - 1]!.content.text;
    const role: MatterRole | null = NOTE.test(text) ? 'note'
      : ISSUE_DATE.test(text) ? 'date'
      : ISSUER.test(text) ? 'issuer'
      : SOURCE_LINE.test(text) && text.length <= 80 ? 'source-line'
      : null;
    if (!role) break;
    const line = lines[j - 1]!;
    back.unshift({ zone: 'back', role, content: role === 'source-line' ? line.spaced : line.content, markdownHeading: false });
    j--;
  }
  return { front, back, bodyStart: i, bodyEnd: j };
}
