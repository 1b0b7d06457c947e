/**
 * One scale run: a synthetic corpus of `n` reports (corpus.ts), ingested from scratch, then
 * again after one report changed (the incremental cache), built by Astro (with Pagefind), and
 * measured in Chromium: the explorer's first load and filter changes, and search queries.
 *
 *   node scripts/bench/scale.ts 3000      one run, written to bench/scale-3000.json (the bench reads it)
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from './corpus.ts';
import { measure } from './run.ts';
import { measureExplorer, type ExplorerCost } from './explorer.ts';
import { measurePages } from './pages.ts';

const NODE = process.execPath;
const ASTRO = 'node_modules/astro/bin/astro.mjs';
const s1 = (ms: number) => Math.round(ms / 100) / 10;

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0, files = 0;
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    const st = statSync(p);
    if (st.isDirectory()) {
      const d = dirSize(p);
      bytes += d.bytes;
      files += d.files;
    } else {
      bytes += st.size;
      files++;
    }
  }
  return { bytes, files };
}

export interface ScaleResult {
  reports: number;
  records: number;
  ingestS: number;
  ingestPeakMB: number | null;
  /** Ingest again after one report's metadata changed: the others come from the cache. */
  oneChangeIngestS: number;
  oneChangeParsed: number;
  buildS: number;
  /** CPU seconds of ingest and build (user + system): what the run costs without the other tenants. */
  cpuS?: number | null;
  buildPeakMB: number | null;
  pagefindS: number | null;
  totalS: number;
  msPerReport: number;
  outputMB: number;
  outputFiles: number;
  explorer: { firstLoad: ExplorerCost; changes: ExplorerCost[] } | null;
  search: Array<{ query: string; gzipKB: number; firstResultMs: number }> | null;
  error?: string;
}

/** bench/scale-3000.json (the step-by-step run, scripts/bench/record-3000.ts) as a row of the scale table. */
export function fromStepRun(run: any): ScaleResult & { note: string } {
  const ingest = run.ingest ?? {}, build = run.astroBuild ?? {}, change = run.oneChangeIngest ?? {};
  const failed = build.exit !== 0;
  return {
    reports: run.reports, records: run.records, ingestS: ingest.wallS, ingestPeakMB: ingest.peakMB,
    oneChangeIngestS: change.wallS, oneChangeParsed: Number(/\((\d+) parsed/.exec(change.log ?? '')?.[1] ?? NaN),
    buildS: build.wallS, cpuS: (ingest.cpuS ?? 0) + (build.cpuS ?? 0), buildPeakMB: build.peakMB, pagefindS: null,
    totalS: Math.round(((ingest.wallS ?? 0) + (build.wallS ?? 0)) * 10) / 10,
    msPerReport: failed ? NaN : Math.round((((ingest.wallS ?? 0) + (build.wallS ?? 0)) * 1000) / run.reports),
    outputMB: NaN, outputFiles: 0, explorer: null, search: null,
    ...(failed ? { error: `Astro build failed after ${build.wallS} s: ${run.astroError ?? 'see bench/tmp/run3000/build.log'}` } : {}),
    note: `run step by step from ${run.started}, niced, on the shared machine (scripts/bench/run3000.sh)`,
  };
}

export async function runScale(n: number, options: { nice?: boolean; browser?: boolean } = {}): Promise<ScaleResult> {
  const dir = join('bench/tmp', `scale-${n}`);
  const sources = join(dir, 'sources');
  const { jurisdictions } = writeCorpus(sources, n);
  const cache = join(dir, 'cache');
  rmSync(cache, { recursive: true, force: true });
  const ingestArgs = [NODE, 'scripts/ingest.ts', '--quiet', '--sources', sources, '--out', join(dir, 'generated'), '--jurisdictions', jurisdictions, '--cache', cache];
  const ing = measure(ingestArgs, {}, options);
  // One report changes (its metadata, as a maintainer's fix would): only it is parsed again.
  const first = readdirSync(sources).find((f) => f.endsWith('.yaml'))!;
  writeFileSync(join(sources, first), readFileSync(join(sources, first), 'utf8').replace(/^speaker: .*$/m, 'speaker: 基准测试'));
  const again = measure([...ingestArgs.filter((a) => a !== '--quiet')], {}, options);
  const parsed = Number(/\((\d+) parsed/.exec(again.stdout)?.[1] ?? NaN);
  const records = readdirSync(join(dir, 'generated/targets')).reduce((k, f) => k + JSON.parse(readFileSync(join(dir, 'generated/targets', f), 'utf8')).targets.length, 0);
  const out = join(dir, 'dist');
  const env = { ATLAS_CONTENT: join(dir, 'generated'), ATLAS_OUT: out, ATLAS_JURISDICTIONS: jurisdictions, NODE_OPTIONS: '--max-old-space-size=4096' };
  const base = {
    reports: n, records, ingestS: s1(ing.ms), ingestPeakMB: ing.peakMB && Math.round(ing.peakMB), oneChangeIngestS: s1(again.ms), oneChangeParsed: parsed,
  };
  let site;
  try {
    site = measure([NODE, ASTRO, 'build'], env, options);
  } catch (error) {
    return { ...base, buildS: NaN, buildPeakMB: null, pagefindS: null, totalS: NaN, msPerReport: NaN, outputMB: NaN, outputFiles: 0, explorer: null, search: null, error: (error as Error).message.slice(-3000) };
  }
  const pagefind = /indexed \d+ records in (\d+) ms/.exec(site.stdout + site.stderr);
  const size = existsSync(out) ? dirSize(out) : { bytes: 0, files: 0 };
  const totalMs = ing.ms + site.ms;
  let explorer = null, search = null, browserError: string | undefined;
  if (options.browser !== false) try {
    explorer = await measureExplorer(out, [
      ['indicator gdp', (p) => p.selectOption('select[name=indicator]', 'gdp').then(() => {})],
      ['+ year', async (p) => { const y = await p.$$eval('select[name=period] option', (o) => o.map((x) => (x as HTMLOptionElement).value).filter(Boolean)); await p.selectOption('select[name=period]', y.at(-2) ?? y[0]!); }],
      ['+ sort by value', (p) => p.selectOption('select[name=sort]', '-value').then(() => {})],
    ]);
    const q = await measurePages([], ['起步区', '乡村振兴', '2.66万亿', 'GDP', '营商环境'], out);
    search = q.queries.map((x) => ({ query: x.query, gzipKB: Math.round(x.bytes.gzip / 102.4) / 10, firstResultMs: Math.round(x.firstResultMs) }));
  } catch (error) {
    // A failed measurement in the browser must not lose the build figures.
    browserError = `browser: ${(error as Error).message.slice(0, 500)}`;
  }
  return {
    ...base,
    buildS: s1(site.ms),
    cpuS: ing.cpuS !== null && site.cpuS !== null ? Math.round((ing.cpuS + site.cpuS) * 10) / 10 : null,
    buildPeakMB: site.peakMB && Math.round(site.peakMB),
    pagefindS: pagefind ? s1(Number(pagefind[1])) : null,
    totalS: s1(totalMs),
    msPerReport: Math.round(totalMs / n),
    outputMB: Math.round(size.bytes / 2 ** 20),
    outputFiles: size.files,
    explorer,
    search,
    ...(browserError ? { error: browserError } : {}),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2]);
  const started = new Date().toISOString();
  const result = await runScale(n, { nice: true });
  writeFileSync(`bench/scale-${n}.json`, `${JSON.stringify({ started, finished: new Date().toISOString(), ...result }, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
}
