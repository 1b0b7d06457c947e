import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { GENERATED, reports } from '../../content.ts';
import { sourceContentType, sourcePath } from '../../lib/source-file.ts';

export const getStaticPaths = (() =>
  reports.map((r) => ({
    params: { file: sourcePath(r.data.source).slice('/sources/'.length) },
    props: { source: r.data.source, sha256: r.data.sha256 },
  }))) satisfies GetStaticPaths;

/** The source exactly as it arrived (text, PDF or saved page), byte for byte, checked against its sha256 before it is served. */
export const GET: APIRoute = ({ params, props }) => {
  const bytes = readFileSync(join(GENERATED, 'sources', props.source));
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== props.sha256) throw new Error(`sources/${props.source}: sha256 ${actual} is not the ${props.sha256} its metadata records`);
  return new Response(bytes, { headers: { 'content-type': sourceContentType(params.file!) } });
};
