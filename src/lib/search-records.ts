/**
 * What goes into the search index: one Pagefind record per clause, heading and front/back
 * matter line (so a hit is a clause, its URL the clause permalink, and the bytes a query fetches
 * are one clause's fragment, not a 90 KB page), plus one per indicator (so GDP, CPI, R&D find
 * the indicator page). Built from the same generated files the pages are rendered from.
 */
import type { ContainerNode, ReportFrontmatter, ReportTree } from '../schemas/report.ts';
import type { Indicator } from '../schemas/target.ts';
import { DOCUMENT_TYPE_NAME, LEVEL_NAME } from './labels.ts';
import { reportDate, reportYear } from './report-year.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The language Pagefind indexes Chinese under (the pages say lang="zh-CN"). */
export const SEARCH_LANGUAGE = 'zh-cn';

export function reportRecords(report: ReportFrontmatter, tree: ReportTree): SearchRecord[] {
  const year = reportYear(report);
  const date = reportDate(report) ?? `${year}-01-01`;
  const filters = {
    jurisdiction: [report.jurisdiction],
    level: [`${LEVEL_NAME[report.level]}级`],
    year: [year],
    type: [DOCUMENT_TYPE_NAME[report.documentType]],
  };
  const records: SearchRecord[] = [];
  const add = (id: string, label: string, text: string, path: string[], kind: string) =>
    records.push({
      url: `/reports/${report.report}/#${id}`,
      content: text,
      language: SEARCH_LANGUAGE,
      meta: { title: `${report.shortTitle} ${label}`, report: report.title, label, path: path.join(' › '), kind, date },
      filters,
      sort: { date },
    });
  const visit = (node: ContainerNode | ContainerNode['children'][number], path: string[]) => {
    if (node.type === 'paragraph' || node.type === 'item' || node.type === 'box') return add(node.id, node.label, node.text, path, 'clause');
    if (node.type !== 'preamble') add(node.id, node.label, node.text, path, 'heading');
    const inner = node.type === 'preamble' ? path : [...path, node.text];
    node.children.forEach((child) => visit(child, inner));
  };
  for (const node of tree.root.children) {
    if (node.type === 'front' || node.type === 'back') add(node.id, node.label, node.text, [], node.type);
    else visit(node, []);
  }
  return records;
}

export function indicatorRecord(indicator: Indicator, records: number): SearchRecord {
  return {
    url: `/indicators/${indicator.id}/`,
    content: [indicator.name, ...indicator.aliases, indicator.nameEn, ...indicator.abbreviations, indicator.definition].join(' '),
    language: SEARCH_LANGUAGE,
    meta: { title: `${indicator.name} ${indicator.nameEn}`, report: '指标', label: '指标', path: `${records}条目标与实绩`, kind: 'indicator', date: '0000' },
    filters: { type: ['指标'] },
    sort: { date: '0000' },
  };
}
