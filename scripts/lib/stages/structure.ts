import type { ClauseNode, ContainerNode, ReportRoot } from '../../../src/schemas/report.ts';
import { concatInline, emphasisSpans, firstLine, inline, lastLine, sliceInline, type Inline } from '../inline.ts';
import type { Removal } from '../../../src/schemas/report.ts';
import { IngestError, type Issue } from '../issues.ts';
import { isBareHeading, isHeadingMarker, isOrdinalHeading, markerOf, type HeadingMarker, type Marker } from '../numbering.ts';
import { readTable } from './plan-table.ts';
import type { Block, NormalizedText } from './normalize.ts';

export interface StructuredReport {
  root: ReportRoot;
  warnings: Issue[];
}

const FRONT_LABEL = { title: '标题', dateline: '题注', speaker: '报告人', salutation: '称谓', 'source-line': '来源' } as const;
const BACK_LABEL = { note: '附注', issuer: '落款', date: '日期', 'source-line': '来源' } as const;
/** Nesting depth by kind of number: an outline's 篇 > 章 > 节 sit above a report's 一、 > （一） > 1. */
const LEVEL = { annex: 0, book: 1, chapter: 2, division: 3, part: 4, section: 5, article: 6 } as const;
/** A heading sentence longer than this is a paragraph that happens to start with a number. */
const MAX_HEADING_SENTENCE = 80;
/** 推动项目建设提速。 — a short first sentence that names what the paragraph does. */
const LEAD_SENTENCE = /^(?!各位|同志们)[^。；：！？!?;:]{2,24}。(?=.)/;

/**
 * Paragraphs to a document tree. Levels come from the numbering (一、 part, （一） section,
 * 1. article); a clause is a paragraph or an item (一是…, ——…, or a lead sentence). Ids come from
 * the numbers the document itself prints, so they are the same on every build.
 */
export function structure(doc: NormalizedText): StructuredReport {
  const warnings: Issue[] = [];
  const root: ReportRoot = { type: 'report', id: 'root', label: '全文', line: 1, endLine: 1, children: [] };
  let front = 0;
  let back = 0;
  // The open containers, outermost first: [part?, section?, article?]
  let open: ContainerNode[] = [];
  let preamble: ContainerNode | null = null;
  let numbered = 0;
  let annexes = 0;
  let unnumbered = 0;
  const body = doc.blocks.filter((b) => b.zone === 'body');
  const annexAt = annexStart(body);
  const unnumberedParts = unnumberedPartHeadings(annexAt < 0 ? body : body.slice(0, annexAt));
  const annexHeadings = new Set(annexAt < 0 ? [] : body.slice(annexAt).filter((b) => ANNEX_HEADING.test(compact(b.content.text))));

  const containerOf = (): ContainerNode => {
    const innermost = open[open.length - 1];
    if (innermost) return innermost;
    preamble ??= newContainer('preamble', 0, 'p0', '序', null);
    if (!root.children.includes(preamble)) root.children.push(preamble);
    return preamble;
  };

  for (const block of doc.blocks) {
    const text = block.content.text;
    const line = firstLine(block.content);
    if (block.zone !== 'body') {
      const n = block.zone === 'front' ? ++front : ++back;
      const role = block.role as never;
      root.children.push({
        id: `${block.zone === 'front' ? 'f' : 'b'}${n}`,
        type: block.zone,
        role,
        label: block.zone === 'front' ? FRONT_LABEL[role] : BACK_LABEL[role],
        text,
        line,
        endLine: lastLine(block.content),
        children: [],
      } as never);
      continue;
    }
    if (annexHeadings.has(block)) {
      // An annex holds what is printed after the body with its own numbering (附件's 一、…, a
      // glossary's 1.): its items nest under it instead of repeating the body's part numbers.
      const annex = newContainer('annex', ++annexes, `x${annexes}`, ANNEX_HEADING.exec(compact(text))![1]!, block.content);
      root.children.push(annex);
      open = [annex];
      continue;
    }
    if (unnumberedParts.has(block)) {
      // A part heading printed without its number (2024年工作回顾 standing alone): numbered by
      // its order, and said so, since the label is not in the source.
      numbered++;
      const number = ++unnumbered;
      const container = newContainer('part', number, `p${number}`, toChineseNumeral(number), block.content);
      root.children.push(container);
      open = [container];
      warnings.push({ code: 'UNNUMBERED_PART', severity: 'warning', line, message: `heading without a printed number read as part ${toChineseNumeral(number)}: ${compact(text)}` });
      continue;
    }
    const marker = ordinalHeading(markerOf(text), text, open) ?? markerOf(text);
    if (marker?.kind === 'box') {
      // A box belongs to the book, chapter or division it is printed in, not to an item before it.
      const outline = [...open].reverse().find((c) => OUTLINE_LEVELS.has(c.type));
      addBox(outline ?? containerOf(), withTableNumbers(block.content, doc.removals), marker.number);
      continue;
    }
    // An annex's 1. 2. … are the entries of a list (a glossary, a list of projects), each one whole.
    const listEntry = marker?.kind === 'article' && open[0]?.type === 'annex';
    if (isHeadingMarker(marker) && !listEntry) {
      const split = splitHeading(block.content, marker);
      if (split) {
        numbered++;
        const level = LEVEL[marker.kind];
        open = open.filter((c) => c.type !== 'preamble' && LEVEL[c.type as keyof typeof LEVEL] < level);
        const parent = open[open.length - 1] ?? null;
        const siblings = (parent ? parent.children : root.children).filter(
          (c): c is ContainerNode => c.type === marker.kind,
        );
        const id = uniqueId(marker, parent, siblings, line, warnings);
        const container = newContainer(marker.kind, marker.number, id, labelFor(marker, parent), split.heading);
        (parent ? parent.children : root.children).push(container);
        open.push(container);
        if (split.rest) addClause(container, split.rest, markerOf(split.rest.text));
        continue;
      }
    }
    addClause(containerOf(), block.content, marker);
  }
  if (numbered === 0) {
    const first = doc.blocks.find((b) => b.zone === 'body');
    throw new IngestError(doc.file, [{
      code: 'NO_STRUCTURE', severity: 'error', line: first ? firstLine(first.content) : 1,
      message: 'no numbered parts (一、), sections (（一）) or articles (1.) found: is this a report?',
    }]);
  }
  root.endLine = Math.max(1, ...doc.blocks.map((b) => lastLine(b.content)));
  finishLines(root.children);
  return { root, warnings };
}

/** 附件 / 附件2 名词解释 / 名词解释 / 注释 alone on a line: an annex after the body. */
const ANNEX_HEADING = /^(附件[\d一二三四五六七八九十]*|附录[\d一二三四五六七八九十]*|名词(?:解释|注释)|注释)(?:[:：]?[^。，；！？,;!?]{0,20})?$/;
const compact = (text: string) => text.replace(/\s/gu, '');

/**
 * Where the annexes begin: the first annex heading that comes after some of the body (an annex
 * never opens a report), or -1.
 */
function annexStart(body: Block[]): number {
  return body.findIndex((b, i) => i >= 3 && ANNEX_HEADING.test(compact(b.content.text)));
}

/** What a report's part headings name: the year reviewed, the year's plan, the government's own work. */
const PART_TOPIC = /回顾|安排|重点工作|目标任务|总体要求|政府自身建设/;

/**
 * A report whose part headings lost their numbers (a web copy: 2024年工作回顾 … 2025年工作安排
 * standing alone between paragraphs). Only when nothing in the body is numbered as a part, and
 * when at least two such lines stand there and one of them names a review or a plan.
 */
function unnumberedPartHeadings(body: Block[]): Set<Block> {
  const none = new Set<Block>();
  if (body.some((b) => { const m = markerOf(b.content.text); return m?.kind === 'part' || m?.kind === 'book' || m?.kind === 'chapter'; })) return none;
  const lines = body.filter((b, i) => i > 0 && isBareHeading(b.content.text));
  return lines.length >= 2 && lines.some((b) => PART_TOPIC.test(b.content.text)) ? new Set(lines) : none;
}

/**
 * 一是聚焦全方位扩大内需，着力提消费促投资 alone on its line (no full stop), inside a part: a
 * section heading numbered 一是, 二是 … instead of （一）.
 */
function ordinalHeading(marker: Marker | null, text: string, open: ContainerNode[]): HeadingMarker | null {
  if (marker?.kind !== 'ordinal' || Number.isNaN(marker.number) || !isOrdinalHeading(text)) return null;
  if (!open.some((c) => c.type === 'part')) return null;
  return { kind: 'section', number: marker.number, length: marker.length };
}

function newContainer(type: ContainerNode['type'], number: number, id: string, label: string, heading: Inline | null): ContainerNode {
  const line = heading ? firstLine(heading) : 1;
  return {
    id, type, number, label, line, endLine: heading ? lastLine(heading) : line,
    text: heading?.text ?? '', emphasis: heading ? emphasisSpans(heading) : [], children: [],
  };
}

/** A numbered paragraph is a heading, and what follows its first sentence is the container's first clause. */
function splitHeading(content: Inline, marker: HeadingMarker): { heading: Inline; rest: Inline | null } | null {
  if (Number.isNaN(marker.number)) return null;
  const end = /[。！？!?]/.exec(content.text.slice(marker.length));
  if (!end) return content.text.length - marker.length <= MAX_HEADING_SENTENCE ? { heading: content, rest: null } : null;
  const cut = marker.length + end.index + 1;
  if (cut - marker.length > MAX_HEADING_SENTENCE) return null;
  // A closing quote or bracket right after the full stop belongs to the heading.
  const close = /^[”’」』）)]*/.exec(content.text.slice(cut))![0].length;
  const rest = sliceInline(content, cut + close);
  return { heading: sliceInline(content, 0, cut + close), rest: rest.text.trim() ? rest : null };
}

function addClause(container: ContainerNode, content: Inline, marker: Marker | null): void {
  const position = container.children.filter((c) => c.type === 'paragraph' || c.type === 'item').length + 1;
  if (container.type === 'preamble' && position === 1) container.line = container.endLine = firstLine(content);
  const kind: ClauseNode['marker'] = marker?.kind === 'ordinal' ? 'ordinal'
    : marker?.kind === 'dash' ? 'dash'
    : LEAD_SENTENCE.test(content.text) ? 'lead'
    : null;
  container.children.push({
    id: `${container.id}-${position}`,
    type: kind ? 'item' : 'paragraph',
    marker: kind,
    label: clauseLabel(container, position),
    text: content.text,
    emphasis: emphasisSpans(content),
    line: firstLine(content),
    endLine: lastLine(content),
    children: [],
  });
}

const SEGMENT = { book: 'b', chapter: 'c', division: 's', part: 'p', section: 's', article: 'a' } as const;
const OUTLINE_LEVELS = new Set<ContainerNode['type']>(['book', 'chapter', 'division']);

/**
 * A number alone on its line reads as a page number, but inside a box laid out one cell per
 * line it is a cell (2020年 … 65): those lines go back into the box, in their place, and out of
 * the removals.
 */
function withTableNumbers(content: Inline, removals: Removal[]): Inline {
  const from = firstLine(content);
  const to = lastLine(content);
  const cells = removals.filter((r) => r.reason === 'page-number' && r.line > from && r.line < to && /^\d+$/.test(r.text));
  if (!cells.length) return content;
  for (const cell of cells) removals.splice(removals.indexOf(cell), 1);
  const lines: Inline[] = [];
  let start = 0;
  for (let i = 0; i <= content.text.length; i++) {
    if (i === content.text.length || content.text[i] === '\n') { lines.push(sliceInline(content, start, i)); start = i + 1; }
  }
  const restored = cells.map((c) => inline(c.text, new Array(c.text.length).fill(0), new Array(c.text.length).fill(c.line)));
  const ordered = [...lines, ...restored].sort((a, b) => firstLine(a) - firstLine(b));
  return ordered.slice(1).reduce((all, line) => concatInline(concatInline(all, inline('\n', [0], [firstLine(line)])), line), ordered[0]!);
}

/**
 * A box (专栏N): its title line and its lines, kept as one clause with the line breaks; when
 * its lines form a table (a header with years and 属性, rows ending in 预期性/约束性), the cells too.
 */
function addBox(container: ContainerNode, content: Inline, number: number): void {
  const lines = content.text.split('\n');
  const table = readTable(lines.slice(1));
  container.children.push({
    id: `${container.type === 'preamble' ? '' : `${container.id}-`}box${number}`,
    type: 'box',
    marker: null,
    label: `专栏${number}`,
    text: content.text,
    emphasis: emphasisSpans(content),
    ...(table ? { table } : {}),
    line: firstLine(content),
    endLine: lastLine(content),
    children: [],
  });
}

/**
 * p2, p2-s1, p2-a6 … from the printed numbers. A number printed twice in the same container
 * keeps the first id and gets a letter (s3b) on the repeat, with a warning; numbers out of order
 * keep their printed values.
 */
function uniqueId(marker: HeadingMarker, parent: ContainerNode | null, siblings: ContainerNode[], line: number, warnings: Issue[]): string {
  const prefix = parent ? `${parent.id}-` : '';
  const base = `${prefix}${SEGMENT[marker.kind]}${marker.number}`;
  const taken = new Set(siblings.map((s) => s.id));
  const previous = siblings[siblings.length - 1];
  if (previous && previous.number >= marker.number && !taken.has(base)) {
    warnings.push({ code: 'OUT_OF_ORDER_NUMBER', severity: 'warning', line, message: `number ${marker.number} comes after ${previous.number}` });
  }
  if (!taken.has(base)) return base;
  let suffix = 1;
  while (taken.has(`${base}${String.fromCharCode(97 + suffix)}`)) suffix++;
  const id = `${base}${String.fromCharCode(97 + suffix)}`;
  warnings.push({ code: 'DUPLICATE_NUMBER', severity: 'warning', line, message: `number ${marker.number} appears twice in the same container; this one gets id ${id}` });
  return id;
}

function labelFor(marker: HeadingMarker, parent: ContainerNode | null): string {
  const printed = (n: number) => toChineseNumeral(n);
  const within = parent && parent.type !== 'preamble' ? parent.label : '';
  if (parent?.type === 'annex' && (marker.kind === 'part' || marker.kind === 'article')) {
    return `${parent.label}·${marker.kind === 'part' ? printed(marker.number) : `${marker.number}.`}`;
  }
  if (marker.kind === 'book') return `第${printed(marker.number)}篇`;
  if (marker.kind === 'chapter') return `${within}第${printed(marker.number)}章`;
  if (marker.kind === 'division') return `${within}第${printed(marker.number)}节`;
  if (marker.kind === 'article' && parent && OUTLINE_LEVELS.has(parent.type)) return `${parent.label}${marker.number}.`;
  if (marker.kind === 'part') return printed(marker.number);
  if (marker.kind === 'section') return `${parent && parent.type !== 'preamble' ? parent.label : ''}（${printed(marker.number)}）`;
  return parent?.type === 'section' ? `${parent.label}${marker.number}.` : `第${marker.number}条`;
}

function clauseLabel(container: ContainerNode, position: number): string {
  return container.type === 'section' ? `${container.label}${position}` : `${container.label}·${position}`;
}

const NUMERALS = '〇一二三四五六七八九';
export function toChineseNumeral(n: number): string {
  if (n < 10) return NUMERALS[n]!;
  if (n < 20) return `十${n % 10 ? NUMERALS[n % 10] : ''}`;
  if (n < 100) return `${NUMERALS[Math.floor(n / 10)]}十${n % 10 ? NUMERALS[n % 10] : ''}`;
  return String(n);
}

/** A container ends where its last descendant ends. */
function finishLines(nodes: ReportRoot['children'] | ContainerNode['children']): number {
  let end = 1;
  for (const node of nodes) {
    if ('number' in node) node.endLine = Math.max(node.endLine, finishLines(node.children));
    end = Math.max(end, node.endLine);
  }
  return end;
}
