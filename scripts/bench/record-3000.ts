/**
 * Records the 3,000-report run made step by step (scratch/run3000.sh style: each step under
 * `nice -n 10 /usr/bin/time -v`, logs in bench/tmp/run3000/) as bench/scale-3000.json, the file
 * `npm run bench` reports. Figures come only from those logs.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const L = 'bench/tmp/run3000';
function step(name: string) {
  if (!existsSync(`${L}/${name}.time`)) return null;
  const t = readFileSync(`${L}/${name}.time`, 'utf8');
  const num = (re: RegExp) => Number(re.exec(t)?.[1] ?? NaN);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(t)![1]!.split(':').map(Number).reduce((a, b) => a * 60 + b, 0);
  return {
    wallS: Math.round(wall * 10) / 10,
    cpuS: Math.round((num(/User time \(seconds\): ([\d.]+)/) + num(/System time \(seconds\): ([\d.]+)/)) * 10) / 10,
    peakMB: Math.round(num(/Maximum resident set size \(kbytes\): (\d+)/) / 1024),
    exit: num(/Exit status: (\d+)/),
  };
}
const build = step('build');
const log = existsSync(`${L}/build.log`) ? readFileSync(`${L}/build.log`, 'utf8') : '';
import { readdirSync } from 'node:fs';
const targets = 'bench/tmp/scale-3000/generated/targets';
const records = existsSync(targets) ? readdirSync(targets).reduce((n, f) => n + JSON.parse(readFileSync(`${targets}/${f}`, 'utf8')).targets.length, 0) : null;
const result = {
  reports: 3000,
  records,
  started: readFileSync(`${L}/start`, 'utf8').trim(),
  ingest: step('ingest'),
  oneChangeIngest: { ...step('ingest2'), log: readFileSync(`${L}/ingest2.log`, 'utf8').trim().split('\n').pop() },
  cachedIngestAfterStreamingWrites: step('ingest3'),
  astroBuild: build,
  astroPhases: log.split('\n').filter((l) => /\[(content|build|types)\]/.test(l)).map((l) => l.trim()),
  astroError: /Error[^\n]*\n?[^\n]*/.exec(log.split('Building static entrypoints')[1] ?? '')?.[0]?.trim() ?? null,
  rssSamplesMB: existsSync(`${L}/rss.log`) ? readFileSync(`${L}/rss.log`, 'utf8').trim().split('\n') : [],
};
writeFileSync('bench/scale-3000.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
