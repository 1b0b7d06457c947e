import type { APIRoute } from 'astro';
import { results } from '../../lib/site-results.ts';
import { resultsToCsv } from '../../lib/results-csv.ts';

/** The same pairs as results.json, one row each, with a UTF-8 BOM (Excel). */
export const GET: APIRoute = () => new Response(resultsToCsv(results), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
