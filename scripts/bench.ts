/**
 * npm run bench — speed and size, measured the way users feel them. Prints a table and writes
 * bench/results.json. Figures are recorded, never asserted (timings vary by machine).
 *
 *   npm run bench                     everything (about 5–10 minutes)
 *   npm run bench -- --quick          skip the 200-report scale run and Lighthouse
 *   npm run bench -- --scale 5,50     choose the scale-run sizes
 */
import { readdirSync, readFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { readIndicators, readJurisdictions, readMetadata } from './lib/read-yaml.ts';
import { parseReport } from './lib/parse-report.ts';
import { extractTargets } from './lib/stages/extract.ts';
import { emit } from './lib/stages/emit.ts';
import { writeCorpus } from './bench/corpus.ts';
import { measure, type Measured } from './bench/run.ts';
import { measurePages } from './bench/pages.ts';
import { runLighthouse } from './bench/lighthouse.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, scale: { type: 'string' } } });
const SCALE = (values.scale ?? (values.quick ? '5,50' : '5,50,200')).split(',').map(Number);
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
const buildIngest = step(measure([NODE, 'scripts/ingest.ts', '--quiet']));
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

// 4. Scale: synthetic corpora of 5, 50, 200 reports.
const scale = SCALE.map((n) => {
  const dir = join('bench/tmp', `scale-${n}`);
  writeCorpus(join(dir, 'sources'), n);
  const ing = measure([NODE, 'scripts/ingest.ts', '--quiet', '--sources', join(dir, 'sources'), '--out', join(dir, 'generated')]);
  const site = measure([NODE, ASTRO, 'build', '--silent'], { ATLAS_CONTENT: join(dir, 'generated'), ATLAS_OUT: join(dir, 'dist') });
  const totalS = (ing.ms + site.ms) / 1000;
  return { reports: n, ingestS: Math.round(ing.ms / 100) / 10, buildS: Math.round(site.ms / 100) / 10, totalS: Math.round(totalS * 10) / 10, msPerReport: Math.round((totalS * 1000) / n), peakMB: Math.round(Math.max(ing.peakMB ?? 0, site.peakMB ?? 0)) || null };
});
log('\nScale run (synthetic corpora: the seeds re-typeset and marked)');
log('  reports   ingest s   build s   total s   ms/report   ×(5)   peak MB');
for (const s of scale) log(`  ${String(s.reports).padStart(7)}   ${String(s.ingestS).padStart(8)}   ${String(s.buildS).padStart(7)}   ${String(s.totalS).padStart(7)}   ${String(s.msPerReport).padStart(9)}   ${(s.msPerReport / scale[0]!.msPerReport).toFixed(2).padStart(4)}   ${String(s.peakMB).padStart(7)}`);

// 5. Lighthouse.
const lighthouse = values.quick ? [] : await runLighthouse(PAGE_TYPES);
if (lighthouse.length) {
  log('\nLighthouse        Performance  Accessibility  Best Practices  SEO');
  for (const l of lighthouse) log(`  ${l.name.padEnd(10)} ${String(l.performance).padStart(11)}  ${String(l.accessibility).padStart(13)}  ${String(l.bestPractices).padStart(14)}  ${String(l.seo).padStart(4)}${l.failing.length ? `   (${l.failing.join(', ')})` : ''}`);
}

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
  ingest, build, pages: measured.pages, reportPages, pagefind: { ...index, engine: measured.engine, queries: measured.queries }, scale, lighthouse,
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
log('\nWritten: bench/results.json');
