import type { APIRoute } from 'astro';
import { indicators, reports, sourceOf, targets } from '../../content.ts';
import { DOCUMENT_TYPE_NAME } from '../../lib/labels.ts';
import { reportYear } from '../../lib/report-year.ts';
import { TargetIndex } from '../../schemas/target.ts';

/** The compact records search matches a query against (no sentences: a fraction of targets.json). */
export const GET: APIRoute = () => {
  const body = TargetIndex.parse({
    indicators: Object.fromEntries(indicators.map((i) => [i.id, [i.name, ...i.aliases, i.nameEn, ...i.abbreviations]])),
    reports: Object.fromEntries(reports.map((r) => [r.id, { year: reportYear(r.data), type: DOCUMENT_TYPE_NAME[r.data.documentType] }])),
    targets: targets.map((record) => {
      const { text: _text, clause: _clause, baseYear: _by, baseValue: _bv, attribute: _a, ...t } = record;
      return { ...t, source: sourceOf(record) };
    }),
  });
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
