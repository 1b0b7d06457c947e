import type { APIRoute } from 'astro';
import { z } from 'zod';
import { targets } from '../../content.ts';
import { targetsToCsv } from '../../lib/targets-csv.ts';
import { Target } from '../../schemas/target.ts';

/** The same rows as targets.json, as CSV with a UTF-8 BOM (Excel). */
export const GET: APIRoute = () =>
  new Response(targetsToCsv(z.array(Target).parse(targets)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
