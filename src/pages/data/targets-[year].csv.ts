import type { APIRoute, GetStaticPaths } from 'astro';
import { reportById, targets } from '../../content.ts';
import { reportYear } from '../../lib/report-year.ts';
import { csvPieces } from '../../lib/targets-csv-stream.ts';
import { streamBody } from '../../lib/stream-body.ts';

/** The rows of targets.csv from the reports of one year (the year a report is known by). */
const byYear = Map.groupBy(targets, (t) => reportYear(reportById.get(t.report)!.data));

export const getStaticPaths = (() => [...byYear.keys()].sort().map((year) => ({ params: { year } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(streamBody(csvPieces(byYear.get(params.year!)!)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
