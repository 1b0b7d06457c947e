import type { DocumentType, JurisdictionLevel } from '../schemas/report.ts';
import type { Indicator } from '../schemas/target.ts';

/** How the site names a jurisdiction level and a document type, in Chinese. */
export const LEVEL_NAME: Record<JurisdictionLevel, string> = { national: '国家', province: '省', city: '市', county: '县' };
export const LEVEL_ORDER: Record<JurisdictionLevel, number> = { national: 0, province: 1, city: 2, county: 3 };
export const DOCUMENT_TYPE_NAME: Record<DocumentType, string> = {
  'government-work-report': '政府工作报告',
  'five-year-plan-proposal': '五年规划建议',
  'five-year-plan-outline': '五年规划纲要',
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

/** Indicator categories, as the explorer's filter names them. */
export const CATEGORY_NAME: Record<Indicator['category'], string> = {
  economy: '经济总量', fiscal: '财政', industry: '工业与产业', investment: '投资', consumption: '消费',
  trade: '外贸与开放', innovation: '科技创新', income: '收入', employment: '就业', prices: '物价',
  agriculture: '农业', environment: '生态环境', infrastructure: '基础设施', culture: '文化旅游',
  social: '社会民生', enterprise: '市场主体',
};
