/**
 * npm run bench — speed and size, measured the way users feel them. Prints a table and writes
 * bench/results.json. Figures are recorded, never asserted (timings vary by machine).
 *
 *   npm run bench                     everything (about 10–20 minutes on a shared 2-core machine)
 *   npm run bench -- --quick          skip the 200-report scale run and Lighthouse
 *   npm run bench -- --scale 5,50     choose the scale-run sizes
 *   npm run bench -- --no-lighthouse  skip Lighthouse
 *   node scripts/bench/scale.ts 3000  the 3,000-report run (20+ minutes, niced), written to
 *                                     bench/scale-3000.json, which this bench then reports
 */
import { existsSync, readdirSync, readFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { readIndicators, readJurisdictions, readMetadata } from './lib/read-yaml.ts';
import { parseReport } from './lib/parse-report.ts';
import { extractTargets } from './lib/stages/extract.ts';
import { emit } from './lib/stages/emit.ts';
import { parse } from 'yaml';
import { measure, type Measured } from './bench/run.ts';
import { fromStepRun, runScale, type ScaleResult } from './bench/scale.ts';
import { measureColumnar, measureExplorer, synthesize, writeExplorerSite } from './bench/explorer.ts';
import { buildExplorerFiles } from '../src/lib/explorer-data.ts';
import type { Target } from '../src/schemas/target.ts';
import { measurePages } from './bench/pages.ts';
import { runLighthouse } from './bench/lighthouse.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, scale: { type: 'string' }, 'no-lighthouse': { type: 'boolean', default: false } } });
const SCALE = (values.scale ?? (values.quick ? '5,50' : '5,200')).split(',').map(Number);
const NODE = process.execPath;
const ASTRO = 'node_modules/astro/bin/astro.mjs';
const PAGE_TYPES: Array<[string, string]> = [
  ['home', '/'], ['report', '/reports/jinan-2024/'], ['explorer', '/targets/'], ['indicator', '/indicators/gdp/'], ['search', '/search/'],
];
const QUERIES = ['起步区', '乡村振兴', '2.66万亿', 'GDP', '营商环境'];
const KB = (n: number) => Math.round(n / 102.4) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const log = (s: string) => console.log(s);

// 1. Ingest, report by report (in process, median of 5 runs).
const sources = 'content/sources';
const indicators = readIndicators(readFileSync('content/indicators.yaml', 'utf8'), 'indicators.yaml');
const jurisdictions = readJurisdictions(readFileSync('content/jurisdictions.yaml', 'utf8'), 'jurisdictions.yaml');
const ingest = readdirSync(sources).filter((f) => f.endsWith('.txt')).sort().map((file) => {
  const id = file.slice(0, -4);
  const bytes = readFileSync(join(sources, file));
  const meta = readMetadata(readFileSync(join(sources, `${id}.yaml`), 'utf8'), `${id}.yaml`, jurisdictions);
  const runs = Array.from({ length: 5 }, () => {
    const t = performance.now();
    const { tree } = parseReport(bytes, file, id);
    emit(tree, meta, extractTargets(tree, meta, indicators));
    return performance.now() - t;
  });
  return { report: id, bytes: bytes.length, ms: Math.round(median(runs) * 10) / 10 };
});
log('\nIngest (parse + extract + emit, in process, median of 5)');
for (const r of ingest) log(`  ${r.report.padEnd(28)} ${String(KB(r.bytes)).padStart(6)} KB  ${String(r.ms).padStart(7)} ms`);
log(`  ${'total'.padEnd(28)} ${String(KB(ingest.reduce((n, r) => n + r.bytes, 0))).padStart(6)} KB  ${String(Math.round(ingest.reduce((n, r) => n + r.ms, 0) * 10) / 10).padStart(7)} ms`);

// 2. The full build of the five reports, as `npm run build` runs it.
const step = (m: Measured) => ({ s: Math.round(m.ms / 100) / 10, peakMB: m.peakMB === null ? null : Math.round(m.peakMB) });
const buildIngest = step(measure([NODE, 'scripts/ingest.ts', '--quiet', '--no-cache']));
const buildAstro = step(measure([NODE, ASTRO, 'build', '--silent']));
const build = { ingest: buildIngest, astroAndPagefind: buildAstro, totalS: Math.round((buildIngest.s + buildAstro.s) * 10) / 10, peakMB: Math.max(buildIngest.peakMB ?? 0, buildAstro.peakMB ?? 0) || null };
log(`\nFull build of the five reports: ${build.totalS} s (ingest ${buildIngest.s} s, Astro + Pagefind ${buildAstro.s} s), peak memory ${build.peakMB ?? '?'} MB`);

// 3. Page weight per page type, report pages against their sources, the search index.
const measured = await measurePages(PAGE_TYPES, QUERIES);
log('\nPage weight (raw / gzip KB)        HTML            CSS             JS');
for (const p of measured.pages) log(`  ${p.name.padEnd(10)} ${p.path.padEnd(22)} ${`${KB(p.html.raw)} / ${KB(p.html.gzip)}`.padEnd(15)} ${`${KB(p.css.raw)} / ${KB(p.css.gzip)}`.padEnd(15)} ${KB(p.js.raw)} / ${KB(p.js.gzip)}`);
const reportPages = ingest.map(({ report }) => {
  const page = gzipSync(readFileSync(`dist/reports/${report}/index.html`), { level: 9 }).length;
  const source = gzipSync(readFileSync(join(sources, `${report}.txt`)), { level: 9 }).length;
  const budget = Math.round(source * 1.25 + 15 * 1024);
  return { report, pageGzip: page, sourceGzip: source, ratio: Math.round((page / source) * 100) / 100, budget, withinBudget: page <= budget };
});
log('\nReport pages, gzip: page vs source text (budget 1.25 × source + 15 KB)');
for (const r of reportPages) log(`  ${r.report.padEnd(28)} page ${KB(r.pageGzip)} KB  source ${KB(r.sourceGzip)} KB  ×${r.ratio}  budget ${KB(r.budget)} KB  ${r.withinBudget ? 'ok' : 'OVER'}`);
const dirSize = (dir: string): number => readdirSync(dir).reduce((n, f) => {
  const p = join(dir, f);
  return n + (statSync(p).isDirectory() ? dirSize(p) : statSync(p).size);
}, 0);
const index = { totalKB: KB(dirSize('dist/pagefind')), indexKB: KB(dirSize('dist/pagefind/index')), fragmentsKB: KB(dirSize('dist/pagefind/fragment')), files: readdirSync('dist/pagefind/fragment').length };
log(`\nPagefind: ${index.totalKB} KB in all (index ${index.indexKB} KB, ${index.files} fragments ${index.fragmentsKB} KB)`);
log(`  the search page fetches the engine and target records once: ${KB(measured.engine.raw)} KB raw, ${KB(measured.engine.gzip)} KB gzip`);
for (const q of measured.queries) log(`  query ${q.query.padEnd(8)} ${String(q.requests).padStart(3)} requests  ${KB(q.bytes.gzip)} KB gzip  first result in ${Math.round(q.firstResultMs)} ms`);

// 5. The explorer at a national year: 540,000 records (3,000 reports × 180) made from the real
// ones, as shards (what the site publishes) and as one Parquet file (the alternative).
const realRecords: Target[] = JSON.parse(readFileSync('dist/data/targets.json', 'utf8'));
const { records: big, meta: bigReports } = synthesize(realRecords, parse(readFileSync('content/jurisdictions.yaml', 'utf8')), 3000, 180);
let t0 = performance.now();
const bigFiles = buildExplorerFiles(big, bigReports, JSON.parse(readFileSync('dist/data/indicators.json', 'utf8')).map((i: { id: string }) => i.id), (_r, c) => c);
const shardBuildMs = Math.round(performance.now() - t0);
writeExplorerSite('dist', 'bench/tmp/explorer-540k', bigFiles);
const someJurisdiction = big[Math.floor(big.length / 2)]!.jurisdiction;
const explorer540k = await measureExplorer('bench/tmp/explorer-540k', [
  ['a jurisdiction', (p) => p.selectOption('select[name=jurisdiction]', someJurisdiction).then(() => {})],
  ['+ keyword 增长 (sentences)', (p) => p.fill('#filters input[name=q]', '增长')],
  ['indicator GDP, all jurisdictions', (p) => p.selectOption('select[name=indicator]', 'gdp').then(() => {}),
    async (p) => { await p.selectOption('select[name=jurisdiction]', ''); await p.fill('#filters input[name=q]', ''); }],
  ['+ year 2025', (p) => p.selectOption('select[name=period]', '2025').then(() => {})],
  ['+ sort by value', (p) => p.selectOption('select[name=sort]', '-value').then(() => {})],
  ['level: provinces', (p) => p.selectOption('select[name=level]', 'province').then(() => {}),
    (p) => p.selectOption('select[name=indicator]', '').then(() => {})],
  ['next page', (p) => p.click('#next')],
  ['kind: outcomes (broad, shard by shard)', (p) => p.selectOption('select[name=kind]', 'outcome').then(() => {}),
    (p) => p.selectOption('select[name=level]', '').then(() => {})],
]);
t0 = performance.now();
const columnar = measureColumnar(big);
const shardSizes = [...bigFiles.shards.values()].map((s) => gzipSync(JSON.stringify(s), { level: 9 }).length);
const explorerScale = {
  records: big.length,
  shards: bigFiles.shards.size,
  shardBuildMs,
  indexGzipKB: KB(gzipSync(JSON.stringify(bigFiles.index), { level: 9 }).length),
  medianShardGzipKB: KB(median(shardSizes)),
  ...explorer540k,
  columnar,
};
log(`\nExplorer at ${big.length} records: ${bigFiles.shards.size} shards (median ${explorerScale.medianShardGzipKB} KB gzip), index ${explorerScale.indexGzipKB} KB gzip`);
log(`  first load ${explorer540k.firstLoad.gzipKB} KB gzip, ${explorer540k.firstLoad.requests} requests, ready in ${explorer540k.firstLoad.ms} ms`);
for (const c of explorer540k.changes) log(`  ${c.view.padEnd(40)} ${String(c.gzipKB).padStart(6)} KB  ${String(c.requests).padStart(3)} requests  ${String(c.ms).padStart(5)} ms`);
log(`  columnar alternative (one Parquet file, row groups of 2,000): ${columnar.fileKB} KB; an indicator filter reads its filter columns in every row group: ${columnar.indicatorFilterKB} KB before any row is shown; a jurisdiction filter ${columnar.jurisdictionFilterKB} KB (${columnar.jurisdictionRowGroups} row groups)`);

// 4. Scale: synthetic corpora (the seeds' sentences recombined under a generated national
// hierarchy), each ingested, changed by one report, built and opened in Chromium. The 3,000-report
// run is too long for every bench: it is run once (scripts/bench/scale.ts 3000) and read here.
const scale: Array<ScaleResult & { note?: string }> = [];
for (const n of SCALE) {
  scale.push(await runScale(n));
  // Kept as it comes: a later failure must not lose a long run.
  mkdirSync('bench', { recursive: true });
  writeFileSync(`bench/scale-${n}.json`, `${JSON.stringify({ finished: new Date().toISOString(), ...scale.at(-1) }, null, 2)}\n`);
}
if (existsSync('bench/scale-3000.json') && !SCALE.includes(3000)) {
  scale.push(fromStepRun(JSON.parse(readFileSync('bench/scale-3000.json', 'utf8'))));
}
const base = scale[0]!;
log('\nScale run (synthetic corpora)');
log('  reports   records   ingest s  1-change s   build s  pagefind s   total s   ms/report   ×(5)   peak MB   output MB');
for (const r of scale) {
  log(`  ${String(r.reports).padStart(7)}   ${String(r.records).padStart(7)}   ${String(r.ingestS).padStart(8)}   ${String(r.oneChangeIngestS).padStart(9)}   ${String(r.buildS).padStart(7)}   ${String(r.pagefindS).padStart(9)}   ${String(r.totalS).padStart(7)}   ${String(r.msPerReport).padStart(9)}   ${(r.msPerReport / base.msPerReport).toFixed(2).padStart(4)}   ${String(Math.max(r.ingestPeakMB ?? 0, r.buildPeakMB ?? 0)).padStart(7)}   ${String(r.outputMB).padStart(9)}${r.error ? `   FAILED: ${r.error.split('\n').filter(Boolean).slice(-2).join(' ')}` : ''}`);
  if (r.explorer) log(`           explorer first load ${r.explorer.firstLoad.gzipKB} KB in ${r.explorer.firstLoad.ms} ms; ${r.explorer.changes.map((c) => `${c.view}: ${c.gzipKB} KB ${c.ms} ms`).join('; ')}`);
  if (r.search) log(`           search ${r.search.map((q) => `${q.query} ${q.gzipKB} KB ${q.firstResultMs} ms`).join('; ')}`);
}

// 6. Lighthouse.
const lighthouse = values.quick || values['no-lighthouse'] ? [] : await runLighthouse(PAGE_TYPES);
if (lighthouse.length) {
  log('\nLighthouse        Performance  Accessibility  Best Practices  SEO');
  for (const l of lighthouse) log(`  ${l.name.padEnd(10)} ${String(l.performance).padStart(11)}  ${String(l.accessibility).padStart(13)}  ${String(l.bestPractices).padStart(14)}  ${String(l.seo).padStart(4)}${l.failing.length ? `   (${l.failing.join(', ')})` : ''}`);
}

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
  ingest, build, pages: measured.pages, reportPages, pagefind: { ...index, engine: measured.engine, queries: measured.queries }, scale, explorerScale, lighthouse,
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
log('\nWritten: bench/results.json');
