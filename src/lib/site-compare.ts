/** The comparison of provinces for an indicator and a year, from the site's records. */
import { jurisdictions, targets } from '../content.ts';
import { compare, comparisonYears, type Comparison } from './compare.ts';
import { results } from './site-results.ts';

const provinces = jurisdictions.filter((j) => j.level === 'province');
const nation = jurisdictions.find((j) => j.level === 'national');

export const yearsFor = (indicator: string): string[] => comparisonYears(indicator, targets);
export const comparisonFor = (indicator: string, year: string): Comparison => compare(indicator, year, targets, provinces, nation, results);
