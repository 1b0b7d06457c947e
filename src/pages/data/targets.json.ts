import type { APIRoute } from 'astro';
import { z } from 'zod';
import { targets } from '../../content.ts';
import { jsonArrayPieces, streamBody } from '../../lib/stream-body.ts';
import { Target } from '../../schemas/target.ts';

/** Every target and outcome record (BRIEF: the target data contract), validated before it is written. */
export const GET: APIRoute = () =>
  new Response(streamBody(jsonArrayPieces(z.array(Target).parse(targets))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
