import type { APIRoute } from 'astro';
import { z } from 'zod';
import { targets } from '../../content.ts';
import { Target } from '../../schemas/target.ts';

/** Every target and outcome record (BRIEF: the target data contract), validated before it is written. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(z.array(Target).parse(targets), null, 1)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
