import type { APIRoute, GetStaticPaths } from 'astro';
import { explorerFiles } from './_files.ts';

/** One shard of records (`a3.json`) or its sentences (`a3.text.json`). */
export const getStaticPaths = (() => [
  ...[...explorerFiles.shards.keys()].map((shard) => ({ params: { shard } })),
  ...[...explorerFiles.texts.keys()].map((shard) => ({ params: { shard: `${shard}.text` } })),
]) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const name = params.shard!;
  const body = name.endsWith('.text') ? explorerFiles.texts.get(name.slice(0, -5)) : explorerFiles.shards.get(name);
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
