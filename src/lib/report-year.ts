import type { ReportFrontmatter, ReportMeta } from '../schemas/report.ts';
import { DOCUMENT_TYPE_NAME } from './labels.ts';
import type { CitedReport } from './cite.ts';
import { issuerEn, reportTitleEn } from '../i18n/terms.ts';

/** The date a report is known by: delivered, else issued, else adopted; null when the text gives none. */
export function reportDate(report: Pick<ReportMeta, 'dates'>): string | null {
  return report.dates.delivered ?? report.dates.issued ?? report.dates.adopted;
}

/** The year a report is known by: the year of its date, else the first year it plans. */
export function reportYear(report: Pick<ReportMeta, 'dates' | 'yearsPlanned'>): string {
  return reportDate(report)?.slice(0, 4) ?? String(Math.min(...report.yearsPlanned));
}

/** The facts a citation of this report uses; `jurisdictionEn` names the place in English citations. */
export function citedReport(report: ReportFrontmatter, jurisdictionEn: string): CitedReport {
  const year = reportYear(report);
  return {
    titleEn: reportTitleEn(report, jurisdictionEn, year),
    authorEn: issuerEn(report, jurisdictionEn),
    id: report.report,
    title: report.title,
    author: report.issuingBody ?? report.jurisdiction,
    year,
    date: reportDate(report),
    genre: DOCUMENT_TYPE_NAME[report.documentType],
  };
}
