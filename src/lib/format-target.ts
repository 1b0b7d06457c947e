/**
 * How a target record reads on the page: 5.5%以上 → "≥ 5.5%", kind → 目标/实绩. Shared by the
 * server-rendered pages and the explorer's browser script, so both say the same thing.
 */
import type { Comparator, Target } from '../schemas/target.ts';

export const COMPARATOR_SYMBOL: Record<Comparator, string> = { gte: '≥', gt: '>', lte: '≤', lt: '<', approx: '≈', eq: '=' };
export const COMPARATOR_NAME: Record<Comparator, string> = {
  gte: '不低于', gt: '超过', lte: '不超过', lt: '低于', approx: '左右', eq: '等于',
};
export const KIND_NAME: Record<Target['kind'], string> = { target: '目标', outcome: '实绩' };

/** "≥ 5.5%", "5–6%", "≈ 2.66万亿元"; "—" for a goal with no number. */
export function formatValue(t: Pick<Target, 'value' | 'valueMax' | 'unit' | 'comparator'>): string {
  if (t.value === null) return '—';
  const number = t.valueMax === null ? String(t.value) : `${t.value}–${t.valueMax}`;
  const symbol = t.comparator && t.comparator !== 'eq' ? `${COMPARATOR_SYMBOL[t.comparator]} ` : '';
  return `${symbol}${number}${t.unit ?? ''}`;
}

/** 2021–2025 → "2021–2025年", 2024 → "2024年". */
export const formatPeriod = (period: string): string => `${period}年`;
