/**
 * Finds the quantitative figures in one sentence: 5.5%以上, 2.66万亿元, 5%—6%, 300余个, ５．５％.
 * Years, dates, ordinals (第37位), codes and names with digits (5G, 3+2, 12345热线, “双30条”) are
 * not figures.
 */
import type { Comparator } from '../../../src/schemas/target.ts';
import { foldForms } from '../fold.ts';

export interface Figure {
  /** Offsets in the sentence, covering comparator words that belong to the figure. */
  start: number;
  end: number;
  /** Where the number itself starts (after a leading comparator word). */
  numberStart: number;
  value: number;
  valueMax: number | null;
  unit: string;
  comparator: Comparator;
  /** The figure as it reads, e.g. 5.5%以上. */
  figure: string;
}


const SCALE = '(?:万亿|千亿|百亿|亿|千万|百万|万|千|百)';
const BASE = '(?:个百分点|平方公里|平方米|立方米|人次|件次|户次|标箱|千瓦时|千瓦|美元|元|人|户|斤|吨|公里|千米|米|亩|个|家|所|项|条|座|处|张|辆|台|套|件|场|次|床|间|名|列|架|艘|批|家次|只|头|株|棵|倍|%|‰|剂次|剂|对|盏|户次|架次|班次|班)';
/** A unit as written, with its scale: %, 亿元, 万亿元, 万人, 个百分点, 亿斤 … or a bare scale (4000亿级). */
// 30万吨/日, 5000立方米/秒: a rate keeps its time base (a capacity, not an amount).
const UNIT = `(?:${SCALE}?${BASE}(?:[/／](?:日|天|年|小时|秒))?|${SCALE}级?)`;
const NUMBER = '\\d+(?:\\.\\d+)?';
const FIGURE = new RegExp(
  `(${NUMBER})(多|余)?(${UNIT})?(?:\\s*(?:-|—|–|~|至|到)\\s*(${NUMBER})(多|余)?(${UNIT}))?(以上|以下|以内|左右)?`,
  'g',
);
const BEFORE = /(不低于|不少于|不超过|不高于|提高到|提升到|提高至|提升至|达到|超过|突破|高于|低于|少于|接近|约|近|逾|达|超|过)$/;
const BEFORE_COMPARATOR: Record<string, Comparator> = {
  不低于: 'gte', 不少于: 'gte', 达到: 'gte', 达: 'gte', 提高到: 'gte', 提升到: 'gte', 提高至: 'gte', 提升至: 'gte',
  超过: 'gt', 突破: 'gt', 高于: 'gt', 逾: 'gt', 超: 'gt', 过: 'gt',
  不超过: 'lte', 不高于: 'lte', 低于: 'lt', 少于: 'lt',
  约: 'approx', 近: 'approx', 接近: 'approx',
};
const AFTER_COMPARATOR: Record<string, Comparator> = { 以上: 'gte', 以下: 'lte', 以内: 'lte', 左右: 'approx' };

/** Spans inside “…”, 《…》 and 「…」: names and titles, never targets. */
function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(/“[^”]*”|《[^》]*》|「[^」]*」/g)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

export function findFigures(sentence: string): Figure[] {
  const text = foldForms(sentence);
  const quoted = quotedSpans(text);
  const figures: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const [whole, first, more1, unit1, second, more2, unit2, after] = m;
    const start = m.index;
    const end = start + whole.length;
    const unit = unit2 ?? unit1;
    if (!unit) continue; // a bare number: a code, a name or a year
    if (second !== undefined && unit1 && unit2 && unit1 !== unit2) continue;
    const prev = text[start - 1] ?? '';
    const next = text[end] ?? '';
    if (prev === '第' || /[A-Za-z0-9.+\-/:]/.test(prev)) continue; // ordinals, codes, 3+2
    if (/[A-Za-z+]/.test(next)) continue; // 5G, 4F, 3A
    if (!after && /^(?:年|月|日|周年|时|分)/.test(text.slice(start + first!.length + (more1?.length ?? 0)))) continue;
    if (quoted.some(([a, b]) => start > a && start < b)) continue;
    const prefix = text.slice(Math.max(0, start - 8), start);
    const rest = text.slice(end, end + 14);
    // 突破1000亿元的县域: a threshold qualifying a noun — but 总投资2.66万亿元的…项目 and
    // 规模达3000亿级的支柱产业 state the size of their object.
    if (next === '的' && !/(?:总投资|总规模|规模|达到?)$/.test(prefix)) continue;
    // 亿元以上项目10个, 投资500万元以上技改项目: an amount threshold qualifying the noun after it.
    if ((after === '以上' || after === '以下') && /元$/.test(unit) && /[\u4e00-\u9fff]/.test(next) && !/[和及与或]/.test(next)) continue;
    // 投资过50亿元项目20个, 营业收入过100亿元企业1家: 过/超 before an amount that a noun follows.
    if (/(?:^|[^超])(?:过|超)$/.test(prefix) && /元$/.test(unit) && /[\u4e00-\u9fff]/.test(next) && !/^(?:的|和|及|与|或|，)/.test(next)) continue;
    // 2家千亿级企业: a size class before a noun is a threshold; 产业规模达到4000亿级 is a size.
    if (/级$/.test(unit) && !/达到?$/.test(prefix)) continue;
    // 在全省7个传输通道城市中最优; 全国100个…之一: the size of a comparison group, not a count.
    if (/(?:在|居|为|是)?(?:全国|全省|全市|全区|全县)$/.test(prefix) && /^[^，；。]{0,12}(?:中|之一)/.test(rest)) continue;
    // 由年初的1301个调增至2413个, 由73项压减到46项: the starting value of a change.
    if (/(?:由|从)[^\d，；。]{0,6}$/.test(prefix) && /^[^，；。\d]{0,4}(?:到|至)/.test(rest)) continue;
    // 出台…25条政策, 10亿元产业发展资金: the size of a policy package or a fund named by it.
    if (/^条$/.test(unit) && /^(?:[^，；。]{0,4})(?:政策|措施|举措|意见)/.test(rest)) continue;
    if (/元$/.test(unit) && /^[\u4e00-\u9fff]{0,8}(?:资金|基金)(?:[，；。,]|$)/.test(rest) && /(?:用好|和|、|设立)$/.test(prefix)) continue;
    const before = BEFORE.exec(text.slice(Math.max(0, start - 3), start))?.[1];
    const comparator: Comparator = after ? AFTER_COMPARATOR[after]!
      : more1 || more2 ? 'gt'
      : before ? BEFORE_COMPARATOR[before]!
      : 'eq';
    figures.push({
      start: before ? start - before.length : start,
      end,
      numberStart: start,
      value: Number(first),
      valueMax: second === undefined ? null : Number(second),
      // 4000亿级: the class starts at that size (unit 亿, at least).
      unit: /.级$/.test(unit) ? unit.slice(0, -1) : unit,
      comparator: /.级$/.test(unit) ? 'gte' : comparator,
      figure: sentence.slice(start, end),
    });
  }
  // 翻一番 / 翻番 / 翻两番: a multiple of the base, written in words.
  for (const m of text.matchAll(/翻(一|两|三)?番/g)) {
    if (quoted.some(([a, b]) => m.index > a && m.index < b)) continue;
    const times = { 一: 2, 两: 4, 三: 8 }[m[1] as '一' | '两' | '三'] ?? 2;
    figures.push({ start: m.index, end: m.index + m[0].length, numberStart: m.index, value: times, valueMax: null, unit: '倍', comparator: 'eq', figure: sentence.slice(m.index, m.index + m[0].length) });
  }
  return figures.sort((a, b) => a.start - b.start);
}
