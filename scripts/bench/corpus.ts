/**
 * Synthetic corpora for the scale run, shaped like a year of China's reports: the nation, then
 * the 31 provinces, then cities, then counties, each report under its own jurisdiction (written
 * to a jurisdictions.yaml beside the sources). No report is a copy: each keeps the outline of a
 * seed (its headings, in order) but every paragraph is recombined from sentences of two
 * paragraphs drawn from all the seeds, so figures, labels and sentences mix across reports. The
 * texts are re-typeset into the shapes the seeds come in (one paragraph a line, hard-wrapped
 * PDF text, Markdown, CRLF with BOM) and their metadata carries the matching sha256.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { parseReport } from '../lib/parse-report.ts';
import { crlfWithBom, hardWrapped, markdown } from '../lib/retypeset.ts';
import type { ReportTree } from '../../src/schemas/report.ts';

interface Line {
  text: string;
  /** A paragraph that may be replaced (not a heading, not front matter, no numbering of its own). */
  free: boolean;
}

/** Numbering that makes a line a heading or an article: never put a recombined sentence there. */
const NUMBERED = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、]|第[一二三四五六七八九十]+)/;

function outline(tree: ReportTree): Line[] {
  const lines: Line[] = [];
  const visit = (node: { type: string; text?: string; children?: unknown[] }) => {
    if (node.text) lines.push({ text: node.text, free: node.type === 'paragraph' && !NUMBERED.test(node.text) && node.text.length > 30 });
    for (const child of (node.children ?? []) as Array<typeof node>) visit(child);
  };
  tree.root.children.forEach(visit);
  return lines;
}

/** A small seeded generator (mulberry32), so a corpus is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sentences = (p: string) => p.match(/[^。；！？]+[。；！？]?/g) ?? [p];

export interface Place {
  id: string;
  name: string;
  level: 'national' | 'province' | 'city' | 'county';
  parent: string | null;
}

/**
 * The jurisdictions of a corpus of `count` reports: the nation, the provinces of the real list,
 * then generated cities (spread over the provinces) and counties (spread over the cities).
 */
export function places(count: number, real: Place[]): Place[] {
  const nation = real.find((p) => p.level === 'national')!;
  const provinces = real.filter((p) => p.level === 'province');
  const out: Place[] = [nation, ...provinces].slice(0, count);
  const cities = Math.min(333, Math.max(0, count - out.length));
  for (let i = 0; i < cities; i++) out.push({ id: `city-${i}`, name: `样本${i + 1}市`, level: 'city', parent: provinces[i % provinces.length]!.id });
  const cityIds = out.filter((p) => p.level === 'city').map((p) => p.id);
  for (let i = 0; out.length < count; i++) out.push({ id: `county-${i}`, name: `样本${i + 1}县`, level: 'county', parent: cityIds[i % cityIds.length] ?? nation.id });
  return out;
}

/**
 * Writes `count` reports into `dir` (emptied first) and their jurisdictions to
 * `<dir>/../jurisdictions.yaml`; returns the ids and that file's path.
 */
export function writeCorpus(dir: string, count: number, sources = 'content/sources'): { ids: string[]; jurisdictions: string } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const seeds = readdirSync(sources).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
  const outlines = seeds.map((seed) => outline(parseReport(readFileSync(join(sources, `${seed}.txt`)), `${seed}.txt`, seed).tree));
  const pool = outlines.flatMap((lines) => lines.filter((l) => l.free).map((l) => l.text));
  const real = parse(readFileSync('content/jurisdictions.yaml', 'utf8')) as Array<Place & { nameEn: string }>;
  const list = places(count, real);
  const byId = new Map(list.map((p) => [p.id, p]));
  const ids: string[] = [];
  list.forEach((place, k) => {
    const s = k % seeds.length;
    const seed = seeds[s]!;
    const rand = random(k + 1);
    const pick = () => pool[Math.floor(rand() * pool.length)]!;
    const lines = outlines[s]!.map((line) => {
      if (!line.free) return line.text;
      // Half the sentences of one paragraph, then half of another's: a paragraph no seed has.
      const a = sentences(pick());
      const b = sentences(pick());
      return [...a.slice(0, Math.ceil(a.length / 2)), ...b.slice(Math.floor(b.length / 2))].join('');
    });
    const id = `${place.level}-${k}`;
    const text = lines.join('\n');
    const variant = Math.floor(k / seeds.length) % 4;
    const bytes: Uint8Array = [
      () => new TextEncoder().encode(text),
      () => new TextEncoder().encode(hardWrapped(lines, 28 + (k % 5))),
      () => new TextEncoder().encode(markdown(lines)),
      () => crlfWithBom(text),
    ][variant]!();
    writeFileSync(join(dir, `${id}.txt`), bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const parent = place.parent ? byId.get(place.parent)?.name ?? real.find((p) => p.id === place.parent)!.name : null;
    const meta = readFileSync(join(sources, `${seed}.yaml`), 'utf8')
      .replace(/^title: (.*)$/m, `title: ${place.name}（合成报告 ${k}，据 $1 的提纲）`)
      .replace(/^shortTitle: .*$/m, `shortTitle: ${place.name} 合成${k}`)
      .replace(/^jurisdiction: .*$/m, `jurisdiction: ${place.name}`)
      .replace(/^level: .*$/m, `level: ${place.level}`)
      .replace(/^parentJurisdiction: .*$/m, `parentJurisdiction: ${parent ?? 'null'}`)
      .replace(/^issuingBody: .*$/m, `issuingBody: ${place.name}人民政府`)
      .replace(/^source: .*$/m, `source: ${id}.txt`)
      .replace(/^sha256: .*$/m, `sha256: ${sha256}`);
    writeFileSync(join(dir, `${id}.yaml`), meta);
    ids.push(id);
  });
  const jurisdictions = join(dirname(dir), 'jurisdictions.yaml');
  // Every real jurisdiction stays listed (a generated city hangs under a real province).
  const all = [...real, ...list.filter((p) => !real.some((r) => r.id === p.id))];
  writeFileSync(jurisdictions, stringify(all.map((p) => ({ id: p.id, name: p.name, nameEn: 'nameEn' in p ? p.nameEn : p.id, level: p.level, parent: p.parent }))));
  return { ids, jurisdictions };
}
