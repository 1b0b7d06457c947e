import type { APIRoute } from 'astro';
import { jurisdictions } from '../../content.ts';

/** The curated jurisdictions with their English names (the English explorer names its places with it). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(jurisdictions.map(({ id, name, nameEn, level, parent }) => ({ id, name, nameEn, level, parent }))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
