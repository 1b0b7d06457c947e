/** Target–result pairs as CSV (/data/results.csv): one row per pair, both sides flattened. */
import type { Result } from '../schemas/result.ts';
import { cell } from './targets-csv.ts';

export const RESULT_CSV_COLUMNS = [
  'id', 'jurisdiction', 'level', 'indicator', 'measure', 'period', 'status', 'pendingReason', 'difference', 'differenceUnit',
  'targetLabel', 'targetFigure', 'targetValue', 'targetValueMax', 'targetUnit', 'targetComparator', 'targetHeadline', 'targetReport', 'targetUrl', 'targetText',
  'nextReport', 'outcomeLabel', 'outcomeFigure', 'outcomeValue', 'outcomeUnit', 'outcomeUrl', 'outcomeText', 'rule',
] as const;

export function resultRow(r: Result): Record<(typeof RESULT_CSV_COLUMNS)[number], unknown> {
  const o = r.outcome;
  return {
    id: r.id, jurisdiction: r.jurisdiction, level: r.level, indicator: r.indicator, measure: r.measure, period: r.period,
    status: r.status, pendingReason: r.pendingReason, difference: r.difference, differenceUnit: r.differenceUnit,
    targetLabel: r.target.label, targetFigure: r.target.figure, targetValue: r.target.value, targetValueMax: r.target.valueMax,
    targetUnit: r.target.unit, targetComparator: r.target.comparator, targetHeadline: r.target.headline, targetReport: r.target.report,
    targetUrl: r.target.url, targetText: r.target.text, nextReport: r.nextReport,
    outcomeLabel: o?.label, outcomeFigure: o?.figure, outcomeValue: o?.value, outcomeUnit: o?.unit, outcomeUrl: o?.url, outcomeText: o?.text,
    rule: r.rule,
  };
}

export function resultsToCsv(rows: readonly Result[]): string {
  const lines = [RESULT_CSV_COLUMNS.join(','), ...rows.map((r) => { const row = resultRow(r); return RESULT_CSV_COLUMNS.map((c) => cell(row[c])).join(','); })];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
