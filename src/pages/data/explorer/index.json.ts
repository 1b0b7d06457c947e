import type { APIRoute } from 'astro';
import { explorerFiles } from './_files.ts';

/** The explorer's facets with counts and its shard ranges (see src/lib/explorer-data.ts). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(explorerFiles.index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
