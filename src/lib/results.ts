/**
 * Targets against results. A target for year Y is paired with the outcome the same jurisdiction
 * reports for Y in its next report — the report that reviews Y — with the same indicator and the
 * same measure (a growth target against a growth figure, never against a level). The verdict:
 *
 * - `gte` (以上, 不低于), `eq` (a bare figure, 按5%安排): met when the result ≥ the target;
 * - `gt` (超过): met when the result > the target;
 * - a range (5%—5.5%): met when the result ≥ its lower end;
 * - `approx` (左右): met when the result falls short by no more than the tolerance — 0.5
 *   percentage points for a rate (5%左右 is met by 4.5%), 5% of the target for an amount;
 * - a ceiling — `lte`/`lt` (以内, 不超过), or an indicator where lower is better (CPI 涨幅 2%左右,
 *   失业率 5.5%左右; not when set as a decline):
 *   met when the result ≤ the target (the range's upper end; `approx` adds the tolerance).
 *
 * A missed target is missed by the distance to the target itself (5.5%左右 against 4.8% is missed
 * by 0.7 个百分点). Without a next report, or when it gives no figure, the pair is `pending` (尚无结果).
 */
import type { Result, PairSide } from '../schemas/result.ts';
import type { Target } from '../schemas/target.ts';
import { baseUnit } from './cascade.ts';
import { formatValue } from './format-target.ts';

/** What pairing needs to know of a report. */
export interface ReportInfo {
  id: string;
  jurisdiction: string;
  yearsReviewed: readonly number[];
  yearsPlanned: readonly number[];
}

/** 左右 tolerance: percentage points for rates, a fraction of the target for amounts. */
export const APPROX_TOLERANCE_POINTS = 0.5;
export const APPROX_TOLERANCE_SHARE = 0.05;

/**
 * Indicators where a lower figure is better, so a target is a ceiling even when written 左右 or
 * bare (CPI 涨幅2%左右, 城镇调查失业率5.5%左右) — unless it is set as a decline (能耗降低2.5%:
 * the more it falls, the better).
 */
export const CEILING_INDICATORS: ReadonlySet<string> = new Set(['cpi', 'urban-unemployment-rate', 'pm25', 'energy-intensity', 'carbon-intensity']);

const RATE_UNITS = new Set(['%', '个百分点', '‰']);

/** 0.1 + 0.2 → 0.3: figures have at most a few decimals. */
const round = (n: number) => Math.round(n * 1e6) / 1e6;

const side = (t: Target): PairSide => ({
  id: t.id, report: t.report, clause: t.clause, url: t.url, label: t.label, value: t.value, valueMax: t.valueMax,
  unit: t.unit, comparator: t.comparator, figure: t.figure, headline: t.headline, text: t.text,
});

/** A target that can be checked against a later figure: a number for one year, an indicator, a unit. */
function pairable(t: Target, planned: ReadonlyMap<string, readonly number[]>): boolean {
  return (
    t.kind === 'target' && t.indicator !== null && t.value !== null && t.unit !== null && t.comparator !== null &&
    /^\d{4}$/.test(t.period) && (planned.get(t.report) ?? []).includes(Number(t.period))
  );
}

/** The verdict for one target and one outcome, in the target's unit. */
export function judge(target: Target | PairSide, outcome: PairSide, indicator: string, measure: Result['measure']): Pick<Result, 'status' | 'difference' | 'differenceUnit' | 'rule'> {
  const unit = target.unit!;
  const scale = baseUnit(outcome.unit!).factor / baseUnit(unit).factor;
  const got = round(outcome.value! * scale);
  const ceiling = target.comparator === 'lte' || target.comparator === 'lt' || (CEILING_INDICATORS.has(indicator) && measure !== 'decline');
  const rate = RATE_UNITS.has(unit);
  const tolerance = target.comparator === 'approx' ? (rate ? APPROX_TOLERANCE_POINTS : round(Math.abs(target.value!) * APPROX_TOLERANCE_SHARE)) : 0;
  const bound = ceiling ? (target.valueMax ?? target.value!) : target.value!;
  // An outcome written 超过3000公里 is more than 3000: it meets a target of 超过3000公里.
  const beyond = ceiling ? outcome.comparator === 'lt' : outcome.comparator === 'gt';
  const met = ceiling
    ? target.comparator === 'lt' ? got < bound || (got === bound && beyond) : got <= round(bound + tolerance)
    : target.comparator === 'gt' ? got > bound || (got === bound && beyond) : got >= round(bound - tolerance);
  const difference = round(got - bound);
  const differenceUnit = unit === '%' ? '个百分点' : unit;
  const shown = `${got}${unit}`;
  const test = ceiling
    ? `${target.comparator === 'lt' ? '<' : '≤'} ${round(bound + (target.comparator === 'lt' ? 0 : tolerance))}${unit}`
    : `${target.comparator === 'gt' ? '>' : '≥'} ${round(bound - tolerance)}${unit}`;
  const note = tolerance > 0 ? `（左右：容差${tolerance}${rate ? '个百分点' : unit}）` : target.valueMax !== null ? `（区间：以${ceiling ? '上' : '下'}限为准）` : '';
  const rule = `目标 ${formatValue(target)}${note}，达成需 ${test}；结果 ${shown}，${met ? '达成' : `未达成，差 ${Math.abs(difference)}${differenceUnit}`}`;
  return { status: met ? 'met' : 'missed', difference, differenceUnit, rule };
}

/**
 * Every checkable target with its result. `targets` is every record of the site (report order,
 * then text order: the first matching outcome in the next report is the one its review gives).
 */
export function pairResults(targets: readonly Target[], reports: readonly ReportInfo[]): Result[] {
  const planned = new Map(reports.map((r) => [r.id, r.yearsPlanned]));
  const outcomesByReport = Map.groupBy(
    targets.filter((t) => t.kind === 'outcome' && t.value !== null && t.unit !== null && t.indicator !== null),
    (t) => t.report,
  );
  return targets.filter((t) => pairable(t, planned)).map((t): Result => {
    const year = Number(t.period);
    const indicator = t.indicator!;
    // The next report: another report of the same jurisdiction that reviews the target's year.
    // The earliest such report (2025's reviews 2024; 2026's five-year review covers 2024 too, but comes later).
    const next = reports
      .filter((r) => r.id !== t.report && r.jurisdiction === t.jurisdiction && r.yearsReviewed.includes(year))
      .sort((a, b) => Math.min(...a.yearsPlanned) - Math.min(...b.yearsPlanned))[0] ?? null;
    const base = { id: t.id, jurisdiction: t.jurisdiction, level: t.level, indicator, measure: t.measure, period: t.period, target: side(t), nextReport: next?.id ?? null };
    const comparable = (next ? outcomesByReport.get(next.id) ?? [] : []).filter(
      (o) => o.period === t.period && o.indicator === indicator && o.measure === t.measure && baseUnit(o.unit!).unit === baseUnit(t.unit!).unit,
    );
    // A single figure before a range (a range in a review is usually a plan's, not the year's result).
    const outcome = comparable.find((o) => o.valueMax === null) ?? comparable[0];
    if (!outcome) {
      const reason = next ? 'no-figure' : 'no-report';
      return {
        ...base, outcome: null, status: 'pending', pendingReason: reason, difference: null, differenceUnit: null,
        rule: next ? `${next.id} 回顾${t.period}年时没有给出可比的数字` : `本站尚未收录回顾${t.period}年的${t.jurisdiction}报告`,
      };
    }
    return { ...base, outcome: side(outcome), pendingReason: null, ...judge(t, side(outcome), indicator, t.measure) };
  });
}

/**
 * One pair per indicator for a jurisdiction and year, as panels show it: the headline target's
 * pair when there is one, else the first.
 */
export function pairFor(results: readonly Result[], jurisdiction: string, indicator: string, period: string): Result | undefined {
  const list = results.filter((r) => r.jurisdiction === jurisdiction && r.indicator === indicator && r.period === period);
  return list.find((r) => r.target.headline) ?? list[0];
}

export const STATUS_NAME: Record<Result['status'], string> = { met: '达成', missed: '未达成', pending: '尚无结果' };

/** "达成（5.5%）", "未达成：4.2%，差0.8个百分点", "尚无结果". */
export function describeResult(r: Result): string {
  if (r.status === 'pending' || !r.outcome) return STATUS_NAME.pending;
  const got = formatValue({ ...r.outcome, comparator: r.outcome.comparator === 'eq' ? null : r.outcome.comparator });
  return r.status === 'met' ? `达成：${got}` : `未达成：${got}，差${Math.abs(r.difference!)}${r.differenceUnit}`;
}
