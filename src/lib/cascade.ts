/**
 * The target cascade: for each indicator and year, what the nation, the province, the city and
 * the districts each set, side by side, from the top. A lower level that sets a more demanding rate than the
 * level directly above it is flagged (层层加码); one that plans the same year but sets no target
 * where the level above sets one is flagged as omitting it.
 */
import type { Jurisdiction } from '../schemas/jurisdiction.ts';
import type { Target } from '../schemas/target.ts';

export type CellFlag = 'higher' | 'omitted' | null;

export interface CascadeCell {
  jurisdiction: string;
  record: Target | null;
  flag: CellFlag;
}

export interface CascadeRow {
  indicator: string;
  period: string;
  /** The unit without its scale: 家 for both 3.5万家 and 7800家. */
  unit: string;
  measure: Target['measure'];
  cells: CascadeCell[];
}

/**
 * The cascade's columns from the top: the levels above, the jurisdiction, the levels below.
 * When that is too wide (the nation has 31 provinces below it), only the chains that reach a
 * lower level are kept — 全国 → 山东省 → 济南市 → 历城区 — and the side-by-side comparison of
 * all provinces is left to the indicator pages.
 */
export function cascadeColumns(j: Jurisdiction, above: readonly Jurisdiction[], below: readonly Jurisdiction[], maxColumns = 8): Jurisdiction[] {
  if (above.length + 1 + below.length <= maxColumns) return [...above, j, ...below];
  const keep = new Set<string>();
  for (const b of below) {
    if (b.parent === j.id) continue;
    // A jurisdiction two or more levels down keeps its whole line up to `j`.
    for (let p: Jurisdiction | undefined = b; p && p.id !== j.id; p = below.find((x) => x.id === p!.parent)) keep.add(p.id);
  }
  return [...above, j, ...below.filter((b) => keep.has(b.id))];
}

/** 3.5万家 and 7800家 are one row: a unit's scale (万, 亿 …) folds into the value for comparing. */
const SCALES: Array<[string, number]> = [['万亿', 1e12], ['千亿', 1e11], ['亿', 1e8], ['千万', 1e7], ['百万', 1e6], ['万', 1e4], ['千', 1e3]];
export function baseUnit(unit: string): { unit: string; factor: number } {
  for (const [scale, factor] of SCALES) if (unit.startsWith(scale) && unit.length > scale.length) return { unit: unit.slice(scale.length), factor };
  return { unit, factor: 1 };
}
const baseValue = (t: Target) => t.value! * baseUnit(t.unit!).factor;

/** Rates compare across levels; a city's total is naturally smaller than its province's. */
const RATE_UNITS = new Set(['%', '个百分点', '‰']);

/** Lower is more demanding for caps (以内, 不超过); otherwise higher is. */
const demanding = (lower: Target, upper: Target) =>
  (upper.comparator === 'lte' || upper.comparator === 'lt') && (lower.comparator === 'lte' || lower.comparator === 'lt')
    ? baseValue(lower) < baseValue(upper)
    : baseValue(lower) > baseValue(upper);

/**
 * @param columns jurisdictions in order, top level first (e.g. 山东省, 济南市, 历城区, 市中区)
 * @param planned for each jurisdiction name, the years its reports plan
 */
export function cascade(
  columns: Jurisdiction[],
  records: readonly Target[],
  planned: ReadonlyMap<string, ReadonlySet<string>>,
): CascadeRow[] {
  const names = new Set(columns.map((j) => j.name));
  const byId = new Map(columns.map((j) => [j.id, j]));
  const usable = records.filter(
    (t) => t.kind === 'target' && t.indicator !== null && t.value !== null && t.unit !== null && names.has(t.jurisdiction),
  );
  // Comparable only with the same indicator and measure (a growth rate never against a level).
  const rows = Map.groupBy(usable, (t) => `${t.indicator}\u0000${t.period}\u0000${baseUnit(t.unit!).unit}\u0000${t.measure}`);
  const out: CascadeRow[] = [];
  for (const [key, list] of rows) {
    const [indicator, period, unit, measure] = key.split('\u0000') as [string, string, string, Target['measure']];
    // One figure per jurisdiction: its headline target if it has one, else its first.
    const pick = (name: string) => list.find((t) => t.jurisdiction === name && t.headline) ?? list.find((t) => t.jurisdiction === name) ?? null;
    const cells: CascadeCell[] = columns.map((j) => {
      const record = pick(j.name);
      const parent = j.parent ? byId.get(j.parent) : undefined;
      const above = parent ? pick(parent.name) : null;
      let flag: CellFlag = null;
      if (record && above && RATE_UNITS.has(unit) && demanding(record, above)) flag = 'higher';
      else if (!record && above && planned.get(j.name)?.has(period)) flag = 'omitted';
      return { jurisdiction: j.name, record, flag };
    });
    // A row only one level fills, with nothing to compare, says nothing about the cascade.
    if (cells.filter((c) => c.record).length + cells.filter((c) => c.flag === 'omitted').length < 2) continue;
    out.push({ indicator, period, unit, measure, cells });
  }
  return out.sort((a, b) => a.period.localeCompare(b.period) || a.indicator.localeCompare(b.indicator) || a.measure.localeCompare(b.measure));
}
