import type { APIRoute } from 'astro';
import { z } from 'zod';
import { targets } from '../../content.ts';
import { csvPieces } from '../../lib/targets-csv-stream.ts';
import { streamBody } from '../../lib/stream-body.ts';
import { Target } from '../../schemas/target.ts';

/** The same rows as targets.json, as CSV with a UTF-8 BOM (Excel). */
export const GET: APIRoute = () =>
  new Response(streamBody(csvPieces(z.array(Target).parse(targets))), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
