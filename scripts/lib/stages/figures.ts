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
const BASE = '(?:个百分点|平方公里|平方米|人次|标箱|千瓦时|千瓦|美元|元|人|户|斤|吨|公里|千米|米|亩|个|家|所|项|条|座|处|张|辆|台|套|件|场|次|床|间|名|列|架|艘|批|家次|只|头|株|棵|倍|%|‰)';
/** A unit as written, with its scale: %, 亿元, 万亿元, 万人, 个百分点, 亿斤 … or a bare scale (4000亿级). */
const UNIT = `(?:${SCALE}?${BASE}|${SCALE}级?)`;
const NUMBER = '\\d+(?:\\.\\d+)?';
const FIGURE = new RegExp(
  `(${NUMBER})(多|余)?(${UNIT})?(?:\\s*(?:-|—|–|~|至|到)\\s*(${NUMBER})(多|余)?(${UNIT}))?(以上|以下|以内|左右)?`,
  'g',
);
const BEFORE = /(不低于|不少于|不超过|不高于|达到|超过|突破|高于|低于|少于|接近|约|近|逾|达|超|过)$/;
const BEFORE_COMPARATOR: Record<string, Comparator> = {
  不低于: 'gte', 不少于: 'gte', 达到: 'gte', 达: 'gte',
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
    // 突破1000亿元的县域: a threshold qualifying a noun, not a figure of its own.
    if (next === '的') continue;
    // 亿元以上项目10个, 投资500万元以上技改项目: an amount threshold qualifying the noun after it.
    if ((after === '以上' || after === '以下') && /元$/.test(unit) && /[\u4e00-\u9fff]/.test(next) && !/[和及与或]/.test(next)) continue;
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
      unit: unit === '级' ? unit : unit.replace(/级$/, '级'),
      comparator,
      figure: sentence.slice(start, end),
    });
  }
  return figures;
}
