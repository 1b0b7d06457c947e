import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { GENERATED, reports } from '../../content.ts';

export const getStaticPaths = (() =>
  reports.map((r) => ({ params: { report: r.id }, props: { sha256: r.data.sha256 } }))) satisfies GetStaticPaths;

/** The source text exactly as it arrived, byte for byte (checked against its sha256 before it is served). */
export const GET: APIRoute = ({ params, props }) => {
  const bytes = readFileSync(join(GENERATED, 'sources', `${params.report}.txt`));
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== props.sha256) throw new Error(`sources/${params.report}.txt: sha256 ${actual} is not the ${props.sha256} its metadata records`);
  return new Response(bytes, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
