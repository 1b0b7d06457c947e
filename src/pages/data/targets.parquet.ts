import type { APIRoute } from 'astro';
import { targets } from '../../content.ts';
import { targetsToParquet } from '../../lib/targets-parquet.ts';

/** The same rows as targets.csv, as Parquet (pandas.read_parquet, arrow::read_parquet, DuckDB). */
export const GET: APIRoute = () =>
  new Response(targetsToParquet(targets), { headers: { 'content-type': 'application/vnd.apache.parquet' } });
