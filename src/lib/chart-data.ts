/**
 * What an indicator chart draws, prepared at build time: one bar per record, grouped by unit
 * (a growth rate in % and a total in 亿元 never share an axis), ordered by period then level.
 */
import type { Target } from '../schemas/target.ts';
import { COMPARATOR_SYMBOL, KIND_NAME, formatValue } from './format-target.ts';
import { LEVEL_ORDER } from './labels.ts';
import { formatValueEn, KIND_EN, MEASURE_EN, unitEn } from '../i18n/terms.ts';
import { MEASURE_NAME } from './explorer-labels.ts';

/** How the English edition names a record's place (its nameEn); absent for the Chinese pages. */
export interface EnglishNames {
  place: (jurisdiction: string) => string;
}

export interface ChartBar {
  /** Axis label: 济南市 2024 目标. */
  label: string;
  jurisdiction: string;
  level: Target['level'];
  kind: Target['kind'];
  value: number;
  valueMax: number | null;
  /** ≥, ≈ … shown at the end of the bar; empty for a bare figure. */
  symbol: string;
  /** ≥ 5.5% */
  text: string;
  url: string;
}

export interface ChartSeries {
  /** Bars share one measure and one unit: a growth rate is never drawn beside a level (issue 10). */
  measure: Target['measure'];
  unit: string;
  bars: ChartBar[];
  /** A sentence that says what the chart shows, for the canvas's accessible name. */
  summary: string;
}

export function chartSeries(name: string, records: readonly Target[], en?: EnglishNames): ChartSeries[] {
  const numeric = records.filter((t) => t.value !== null && t.unit !== null);
  const byMeasure = Map.groupBy(numeric, (t) => `${t.measure}\u0000${t.unit}`);
  return [...byMeasure.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([key, rows]) => {
      const [measure, unit] = key.split('\u0000') as [Target['measure'], string];
      const bars = [...rows]
        .sort((a, b) => a.period.localeCompare(b.period) || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.jurisdiction.localeCompare(b.jurisdiction, 'zh-CN') || a.kind.localeCompare(b.kind))
        .map((t): ChartBar => ({
          label: en ? `${en.place(t.jurisdiction)} ${t.period} ${KIND_EN[t.kind]}` : `${t.jurisdiction} ${t.period} ${KIND_NAME[t.kind]}`,
          jurisdiction: t.jurisdiction,
          level: t.level,
          kind: t.kind,
          value: t.value!,
          valueMax: t.valueMax,
          symbol: t.comparator && t.comparator !== 'eq' ? COMPARATOR_SYMBOL[t.comparator] : '',
          text: en ? formatValueEn(t) : formatValue(t),
          url: t.url,
        }));
      const summary = en
        ? `${name}, ${MEASURE_EN[measure]} (${unitEn(unit)}): ${bars.map((b) => `${b.label} ${b.text}`).join('; ')}.`
        : `${name}·${MEASURE_NAME[measure]}（${unit}）：${bars.map((b) => `${b.label} ${b.text}`).join('；')}。`;
      return { measure, unit, bars, summary };
    });
}
