import type { APIRoute } from 'astro';
import { indicators } from '../../content.ts';
import { IndicatorList } from '../../schemas/target.ts';

/** The curated indicator dictionary. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(IndicatorList.parse(indicators), null, 1)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
