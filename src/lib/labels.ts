import type { DocumentType, JurisdictionLevel } from '../schemas/report.ts';

/** How the site names a jurisdiction level and a document type, in Chinese. */
export const LEVEL_NAME: Record<JurisdictionLevel, string> = { province: '省', city: '市', district: '区' };
export const LEVEL_ORDER: Record<JurisdictionLevel, number> = { province: 0, city: 1, district: 2 };
export const DOCUMENT_TYPE_NAME: Record<DocumentType, string> = {
  'government-work-report': '政府工作报告',
  'five-year-plan-proposal': '五年规划建议',
};

/** [2021, 2022, 2023, 2024, 2025, 2035] → 2021–2025、2035 */
export function formatYears(years: readonly number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return runs.join('、');
}

/** 2023-01-07 → 2023年1月7日 */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
