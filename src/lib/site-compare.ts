/** The comparison of provinces for an indicator and a year, from the site's records. */
import { jurisdictions, reports, targets } from '../content.ts';
import type { Target } from '../schemas/target.ts';
import { compare, comparisonYears, type Comparison } from './compare.ts';
import { results } from './site-results.ts';

const provinces = jurisdictions.filter((j) => j.level === 'province');
const nation = jurisdictions.find((j) => j.level === 'national');

/** A report's own year: the first it plans (2026 for a 2026 report that also sets goals for 2030). */
const firstPlanned = new Map(reports.map((r) => [r.id, String(Math.min(...r.data.yearsPlanned))]));
const annual = (t: Target) => firstPlanned.get(t.report) === t.period;

export const yearsFor = (indicator: string): string[] => comparisonYears(indicator, targets, annual);
export const comparisonFor = (indicator: string, year: string): Comparison => compare(indicator, year, targets, provinces, nation, results);
