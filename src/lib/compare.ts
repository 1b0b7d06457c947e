/**
 * Jurisdictions side by side for one indicator and one year: each province's headline target,
 * the nation's as the reference, the change from the year before (raised / kept / lowered) and
 * whether last year's target was met. Pure: the pages pass the site's records in.
 */
import type { Jurisdiction } from '../schemas/jurisdiction.ts';
import type { Result } from '../schemas/result.ts';
import type { Target } from '../schemas/target.ts';
import { pairFor } from './results.ts';

export type Change = 'raised' | 'kept' | 'lowered';
export const CHANGE_NAME: Record<Change, string> = { raised: '调高', kept: '持平', lowered: '调低' };
export type Relation = 'higher' | 'same' | 'lower';
export const RELATION_NAME: Record<Relation, string> = { higher: '高于全国', same: '与全国持平', lower: '低于全国' };

/**
 * The number a target stands for when targets are compared: the figure itself, or the middle
 * of a range (5%—5.5% → 5.25), so 5.5%左右 → 5%—5.5% reads as lowered.
 */
export const central = (t: Pick<Target, 'value' | 'valueMax'>): number => (t.valueMax === null ? t.value! : (t.value! + t.valueMax) / 2);

export interface CompareRow {
  jurisdiction: Jurisdiction;
  target: Target | null;
  /** The same jurisdiction's target for the year before, same measure and unit. */
  previous: Target | null;
  change: Change | null;
  /** Against the nation's target (`reference`); null when either is missing. */
  relation: Relation | null;
  /** Last year's target against its result. */
  lastYear: Result | null;
}

export interface Comparison {
  indicator: string;
  year: string;
  measure: Target['measure'];
  unit: string;
  /** The nation's target for the year, or else its latest earlier one (`referenceYear` says which). */
  reference: Target | null;
  referenceYear: string | null;
  /** Every province, those with a target first, highest first. */
  rows: CompareRow[];
}

const cmp = (a: number, b: number) => (Math.abs(a - b) < 1e-9 ? 0 : a < b ? -1 : 1);

/**
 * The years for which at least two provinces set a headline target for the indicator, newest
 * first. `annual` says whether a record is its report's target for the year the report plans
 * first (2026 in a 2026 report), not a plan's goal for 2030.
 */
export function comparisonYears(indicator: string, targets: readonly Target[], annual: (t: Target) => boolean = () => true): string[] {
  const years = Map.groupBy(
    targets.filter((t) => t.kind === 'target' && t.headline && t.indicator === indicator && t.level === 'province' && t.value !== null && /^\d{4}$/.test(t.period) && annual(t)),
    (t) => t.period,
  );
  return [...years].filter(([, list]) => new Set(list.map((t) => t.jurisdiction)).size >= 2).map(([y]) => y).sort().reverse();
}

export function compare(indicator: string, year: string, targets: readonly Target[], provinces: readonly Jurisdiction[], nation: Jurisdiction | undefined, results: readonly Result[]): Comparison {
  const headline = targets.filter((t) => t.kind === 'target' && t.headline && t.indicator === indicator && t.value !== null && t.unit !== null);
  const thisYear = headline.filter((t) => t.period === year && t.level === 'province');
  // The measure and unit most provinces use (GDP: growth in %), so like is set against like.
  const kinds = Map.groupBy(thisYear, (t) => `${t.measure}\u0000${t.unit}`);
  const [key] = [...kinds].sort((a, b) => new Set(b[1].map((t) => t.jurisdiction)).size - new Set(a[1].map((t) => t.jurisdiction)).size)[0] ?? [`level\u0000`];
  const [measure, unit] = key.split('\u0000') as [Target['measure'], string];
  const same = (t: Target) => t.measure === measure && t.unit === unit;
  const pick = (name: string, period: string) => headline.find((t) => t.jurisdiction === name && t.period === period && same(t)) ?? null;
  const previousYear = String(Number(year) - 1);

  const nationals = nation ? headline.filter((t) => t.jurisdiction === nation.name && same(t) && /^\d{4}$/.test(t.period) && t.period <= year) : [];
  const reference = nationals.find((t) => t.period === year) ?? nationals.sort((a, b) => b.period.localeCompare(a.period))[0] ?? null;

  const rows = provinces.map((j): CompareRow => {
    const target = pick(j.name, year);
    const previous = pick(j.name, previousYear);
    const c = target && previous ? cmp(central(target), central(previous)) : null;
    const r = target && reference ? cmp(central(target), central(reference)) : null;
    const last = pairFor(results, j.name, indicator, previousYear);
    return {
      jurisdiction: j, target, previous,
      change: c === null ? null : c > 0 ? 'raised' : c < 0 ? 'lowered' : 'kept',
      relation: r === null ? null : r > 0 ? 'higher' : r < 0 ? 'lower' : 'same',
      lastYear: last && last.measure === measure ? last : null,
    };
  });
  rows.sort((a, b) =>
    (a.target ? 0 : 1) - (b.target ? 0 : 1) ||
    (a.target && b.target ? cmp(central(b.target), central(a.target)) || cmp(b.target.valueMax ?? b.target.value!, a.target.valueMax ?? a.target.value!) : 0) ||
    a.jurisdiction.name.localeCompare(b.jurisdiction.name, 'zh-CN'));
  return { indicator, year, measure, unit, reference, referenceYear: reference?.period ?? null, rows };
}

/** 内蒙古自治区 → 内蒙古, 广西壮族自治区 → 广西, 山东省 → 山东: the name a tile has room for. */
export const shortName = (name: string): string => name.replace(/(?:壮族|回族|维吾尔)?自治区$|[省市]$/, '') || name;

/**
 * Colour classes for the tile map: one per distinct value when there are at most `max`, else
 * equal intervals. Returns the bins' lower bounds, ascending, and whether each bin is one value.
 */
export function bins(values: readonly number[], max = 5): { lowers: number[]; exact: boolean } {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  if (distinct.length <= max) return { lowers: distinct, exact: true };
  const lo = distinct[0]!, hi = distinct.at(-1)!;
  return { lowers: Array.from({ length: max }, (_, i) => Math.round((lo + ((hi - lo) * i) / max) * 100) / 100), exact: false };
}
export const binOf = (value: number, lowers: readonly number[]): number => {
  let i = 0;
  while (i + 1 < lowers.length && value >= lowers[i + 1]! - 1e-9) i++;
  return i;
};

/** What the comparison chart's script draws (JSON in the page). */
export interface CompareChartData {
  unit: string;
  bars: Array<{ label: string; value: number; valueMax: number | null; text: string; url: string; relation: Relation | null }>;
  reference: { value: number; valueMax: number | null; label: string } | null;
}
