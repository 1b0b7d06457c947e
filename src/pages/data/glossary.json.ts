import type { APIRoute } from 'astro';
import { indicators, topics } from '../../content.ts';
import { buildGlossary } from '../../lib/glossary.ts';

/** English search terms → Chinese words (indicators and topics), loaded by the search page. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildGlossary(indicators, topics)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
