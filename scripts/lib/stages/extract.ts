/**
 * structure → extract: every quantitative statement in a clause becomes a Target record, with
 * its kind (target or outcome), period, comparator, unit and indicator, traced to its clause.
 */
import { isClause, type ClauseNode, type ContainerNode, type ReportMeta, type ReportTree } from '../../../src/schemas/report.ts';
import type { Comparator, Indicator, Measure, Target } from '../../../src/schemas/target.ts';
import { findFigures, type Figure } from './figures.ts';
import { foldForms } from '../fold.ts';
import { matchIndicator } from './indicators.ts';

/** Headings that announce a review of past work, or plans and goals. */
const REVIEW = /回顾|过去|一年来|五年来|取得|成就|成效/;
const PLAN = /安排|目标|任务|重点工作|要求|建议|展望/;
/** The passage that states the main expected targets. */
const HEADLINE_HEADING = /主要(?:预期)?目标/;
const HEADLINE_MARKER = /主要(?:预期)?目标(?:是|为)?[：:，,]/;
const SPAN_CUE = /五年|十三五|十四五|十五五/;
const VISION_CUE = /二〇三五年|2035年/;

interface ClauseContext {
  kind: Target['kind'];
  period: string;
  headline: boolean;
}

export function extractTargets(tree: ReportTree, meta: ReportMeta, indicators: Indicator[]): Target[] {
  const records: Target[] = [];
  const visit = (node: ContainerNode | ClauseNode, ancestors: ContainerNode[]) => {
    if (isClause(node)) {
      const context = contextOf(node, ancestors, meta);
      records.push(...extractClause(node, context, tree.report, meta, indicators));
    } else node.children.forEach((child) => visit(child, [...ancestors, node]));
  };
  for (const node of tree.root.children) if ('number' in node) visit(node, []);
  return records;
}

function contextOf(clause: ClauseNode, ancestors: ContainerNode[], meta: ReportMeta): ClauseContext {
  // The part heading is the most reliable cue (工作回顾 / 工作安排); then the inner headings.
  // The rules are written in Simplified with ASCII digits; a Traditional or full-width text folds to them.
  const headings = ancestors.map((a) => foldForms(a.text));
  const text = foldForms(clause.text);
  const ordered = [headings[0] ?? '', ...headings.slice(1).reverse()];
  let kind: Target['kind'] = 'target';
  for (const heading of ordered) {
    if (REVIEW.test(heading)) { kind = 'outcome'; break; }
    if (PLAN.test(heading)) { kind = 'target'; break; }
  }
  const planned = meta.yearsPlanned.filter((y) => y < 2100).sort((a, b) => a - b);
  const reviewed = [...meta.yearsReviewed].sort((a, b) => a - b);
  let period: string;
  if (kind === 'outcome') {
    const spanned = headings.some((h) => SPAN_CUE.test(h)) || /^(?:五年|“十[三四五]五”)/.test(text);
    period = spanned && reviewed.length > 1 ? `${reviewed[0]}–${reviewed[reviewed.length - 1]}` : String(reviewed[reviewed.length - 1] ?? planned[0]);
  } else if (headings.some((h) => VISION_CUE.test(h)) || /^(?:到|展望)(?:二〇三五年|2035年)/.test(text)) {
    period = '2035';
  } else if (meta.documentType === 'five-year-plan-proposal') {
    period = String(planned.filter((y) => y !== 2035).at(-1));
  } else if (headings.some((h) => /十五五|十四五/.test(h)) && planned.length > 1) {
    period = String(planned.at(-1));
  } else {
    period = String(planned[0]);
  }
  const headline = kind === 'target' && (headings.some((h) => HEADLINE_HEADING.test(h)) || HEADLINE_MARKER.test(text));
  return { kind, period, headline };
}

/** Sentences end at 。！？ (the full stop stays with its sentence). */
export function sentences(text: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let start = 0;
  for (const m of text.matchAll(/[。！？!?]+[”’）)]*/g)) {
    out.push({ text: text.slice(start, m.index + m[0].length), start });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ text: text.slice(start), start });
  return out;
}

const BOUNDARY = /[，；：。！？,;:]/;
const LEADING_KEEP_NEW = /^(?:其中|同时|并且|并|以及|和|及|与|全年|预计|力争|确保|累计|实现|完成|推动|努力|争取|共)+(?=.)/;
const TRAILING = /(?:分别|同比|年均|平均|预计|将)?(?:完成|预计|增长|增速|增幅|提高到|提高|提升到|提升至|提升|下降|降低|降至|减少|达到|达|突破|超过|控制在|保持在|稳定在|保持|为|至|在|到|是)$/;

const GENERIC = /^(?:占比|比重|增幅|总量|规模|余额)$/;

/** The words before a figure back to the last comma or figure: the indicator as worded. */
function labelBefore(sentence: string, from: number, to: number): string {
  let label = sentence.slice(from, to);
  const cut = Math.max(...[...label.matchAll(new RegExp(BOUNDARY, 'g'))].map((m) => m.index + 1), 0);
  label = label.slice(cut).trim().replace(/^[、和及与]+/, '').replace(LEADING_KEEP_NEW, '');
  for (let i = 0; i < 4 && TRAILING.test(label); i++) label = label.replace(TRAILING, '');
  return label;
}

/** 举办8场主导产业专题推介会: when the words before are only a verb, the object after names it. */
function labelAfter(sentence: string, from: number): string {
  const rest = sentence.slice(from);
  // Up to the next punctuation, or a conjunction before another figure: 4处社区公园、… → 社区公园.
  const stop = rest.search(/[，；：。！？,;:、]|[和及与](?=[\d０-９])/);
  return (stop === -1 ? rest : rest.slice(0, stop)).trim();
}

/** 新打造13个样板村, 新建4处公园: a bare verb before the figure; the object after names it. */
const BARE_VERB = /^(?:新|累计|共|再|先后)?(?:打造|建成|建设|新建|建|培育|引进|新增|实施|开工|完成|改造|创建|举办|开展|招引|启动|推出)$/;

/** Splits a shared label over the figures it governs: 工业、技改投资增速 → 工业投资, 技改投资. */
function distribute(label: string, count: number): string[] {
  if (count === 1) return [label];
  // 城乡低保、特困人员…分别: a listed pair is the split, before 城乡 is read as 城镇 and 农村.
  const parts = label.split('、');
  if (parts.length === count) {
    const last = parts[count - 1]!;
    const head = last.slice(parts[0]!.length); // the shared head noun, e.g. 投资
    return parts.map((p, i) => (i === count - 1 ? last : `${p}${head}`));
  }
  if (/城乡/.test(label) && count === 2) return [label.replace('城乡', '城镇'), label.replace('城乡', '农村')];
  return Array(count).fill(label);
}

function extractClause(clause: ClauseNode, context: ClauseContext, report: string, meta: ReportMeta, indicators: Indicator[]): Target[] {
  const records: Target[] = [];
  const base = {
    report,
    clause: clause.id,
    url: `/reports/${report}/#${clause.id}`,
    jurisdiction: meta.jurisdiction,
    level: meta.level,
    kind: context.kind,
    period: context.period,
    headline: context.headline,
  };
  const push = (label: string, figure: Figure | null, text: string, comparator: Comparator | null) => {
    const clean = label.replace(/[“”‘’"]/g, '').trim() || text.replace(/[。！？]$/, '');
    records.push({
      id: `${report}:${clause.id}:${records.length + 1}`,
      ...base,
      indicator: matchIndicator(clean, indicators),
      label: clean,
      value: figure?.value ?? null,
      valueMax: figure?.valueMax ?? null,
      unit: figure?.unit ?? null,
      comparator,
      measure: measureOf(clean, figure),
      baseYear: null,
      baseValue: null,
      attribute: null,
      figure: figure?.figure ?? null,
      text,
    });
  };
  for (const sentence of sentences(clause.text)) {
    const figures = findFigures(sentence.text);
    // Group figures that share one label and verb: 分别增长5.5%左右和6.5%以上; 49%、85%.
    const groups: Figure[][] = [];
    figures.forEach((figure, i) => {
      const gap = i > 0 ? sentence.text.slice(figures[i - 1]!.end, figure.start) : null;
      if (gap !== null && /^(?:、|和|及|与|或)$/.test(gap)) groups[groups.length - 1]!.push(figure);
      else groups.push([figure]);
    });
    let from = 0;
    let previous = '';
    for (const group of groups) {
      const first = group[0]!;
      let label = labelBefore(sentence.text, from, first.start);
      // 财政民生支出1093.6亿元，占比达到80.1%: a bare 占比 or 增长 refers to the figure before.
      const raw = sentence.text.slice(from, first.start);
      const after = labelAfter(sentence.text, group[group.length - 1]!.end);
      if (after && /[、的]$/.test(raw)) label = after; // 新建2个A、2家B: the object follows the figure
      else if (after && /等$/.test(raw)) label = after; // 港沟村等10个保障房项目: the examples are not the label
      else if (after && (label.length <= 2 || BARE_VERB.test(label))) label = `${label}${after}`; // 举办8场推介会; 不少于3个区县进入…
      else if (previous && (label === '' || GENERIC.test(label))) label = `${previous}${label}`;
      previous = label;
      const labels = distribute(label, group.length);
      group.forEach((figure, i) => {
        // 增速达到49%、85%: the verb's comparator carries over to the figures that follow it.
        const comparator = figure.comparator === 'eq' && i > 0 ? group[0]!.comparator : figure.comparator;
        push(labels[i]!, figure, sentence.text, comparator);
      });
      from = group[group.length - 1]!.end;
    }
    if (context.headline) qualitativeGoals(sentence.text, figures).forEach((label) => push(label, null, sentence.text, null));
  }
  return records;
}

const GOAL_VERB = /保持|实现|完成|促稳|稳步|稳定|显著|持续|明显|基本|全面|进一步|更加|大幅/;

/**
 * 一般公共预算收入、固定资产投资保持合理增长; 完成…约束性指标: goals in the main-targets
 * passage that carry no number are records with value null.
 */
function qualitativeGoals(sentence: string, figures: Figure[]): string[] {
  const marker = HEADLINE_MARKER.exec(sentence);
  const passageStart = marker ? marker.index + marker[0].length : 0;
  if (!marker && !/^(?:完成|全面完成)/.test(sentence)) return [];
  const goals: string[] = [];
  let at = passageStart;
  for (const segment of sentence.slice(passageStart).split(/[，；,;]/)) {
    const start = at;
    at += segment.length + 1;
    const text = segment.replace(/[。！？]$/, '').trim();
    if (!text || figures.some((f) => f.start >= start && f.start < start + segment.length)) continue;
    const verb = GOAL_VERB.exec(text);
    const subject = verb && verb.index > 2 ? text.slice(0, verb.index) : '';
    if (subject.includes('、') && !/^(?:完成|全面完成)/.test(text)) goals.push(...subject.split('、'));
    else goals.push(subject || text);
  }
  return goals;
}

/** How the figure measures, from the words of its label. */
function measureOf(label: string, figure: Figure | null): Measure {
  if (figure?.unit === '倍' || /翻(?:一|两|三)?番/.test(label)) return 'multiple';
  if (/累计/.test(label)) return 'cumulative';
  if (/占比|比重|占.*的?$/.test(label)) return 'share';
  if (/下降|降低|减少|压减/.test(label)) return 'decline';
  if (/增长|增速|增幅|提高|提升/.test(label) && (figure?.unit === '%' || figure?.unit === '个百分点')) return 'growth';
  if (/^(?:新增|新建|新开工|新培育|新引进|新认定)/.test(label)) return 'flow';
  return 'level';
}
