import type { APIRoute, GetStaticPaths } from 'astro';
import { reports, targets } from '../../../content.ts';
import { ReportData } from '../../../schemas/target.ts';

/** Records by report, grouped once (filtering all records per report is quadratic at scale). */
const byReport = Map.groupBy(targets, (t) => t.report);

export const getStaticPaths = (() => reports.map((r) => ({ params: { report: r.id } }))) satisfies GetStaticPaths;

/** One report: its metadata and its records. */
export const GET: APIRoute = ({ params }) => {
  const entry = reports.find((r) => r.id === params.report)!;
  const { toc: _toc, ...meta } = entry.data;
  const body = ReportData.parse({ ...meta, targets: byReport.get(entry.id) ?? [] });
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
