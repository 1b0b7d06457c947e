import type { APIRoute } from 'astro';
import { results } from '../../lib/site-results.ts';

/** Every checkable target against its result (src/lib/results.ts has the rule), validated when computed. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(results, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
