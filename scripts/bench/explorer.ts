/**
 * The explorer at national scale: a synthetic year of 540,000 records (3,000 reports × 180,
 * recombined from the real records: each synthetic record takes its label, figure and sentence
 * from one real record and its indicator, measure and kind from another of the same indicator),
 * written as the explorer's shards into a copy of the built site, then opened in Chromium:
 * bytes and time of the first load and of filter changes. The columnar alternative (one Parquet
 * file read by range requests) is measured on the same records: file size, and the bytes of the
 * row groups and columns a filter would have to read.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { parquetMetadata } from 'hyparquet';
import type { Page } from 'playwright-core';
import { buildExplorerFiles, type ExplorerFiles } from '../../src/lib/explorer-data.ts';
import type { Target } from '../../src/schemas/target.ts';
import { launchBrowser } from '../../tests/support/browser.ts';
import { startSite } from '../../tests/support/site.ts';
import { places, type Place } from './corpus.ts';

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

/** `reports` synthetic reports of `perReport` records each, from the real records. */
export function synthesize(real: Target[], realPlaces: Place[], reports: number, perReport: number) {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const list = places(reports, realPlaces);
  const records: Target[] = [];
  const meta: Array<{ id: string; shortTitle: string }> = [];
  const years = ['2024', '2025'];
  list.forEach((p, k) => {
    const report = `${p.level}-${k}`;
    meta.push({ id: report, shortTitle: `${p.name} ${years[k % 2]}` });
    for (let i = 0; i < perReport; i++) {
      const a = real[Math.floor(rand() * real.length)]!;
      const clause = `p${1 + (i % 9)}-s${1 + Math.floor(i / 9) % 6}-${1 + (i % 7)}`;
      const n = i + 1;
      const period = a.period.length === 4 ? years[(k + (a.kind === 'outcome' ? 1 : 0)) % 2]! : a.period;
      records.push({ ...a, id: `${report}:${clause}:${n}`, report, clause, url: `/reports/${report}/#${clause}`, jurisdiction: p.name, level: p.level, period });
    }
  });
  return { records, meta };
}

export function writeExplorerSite(dist: string, out: string, files: ExplorerFiles) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'data/explorer'), { recursive: true });
  for (const dir of ['_astro', 'targets', 'reports']) cpSync(join(dist, dir), join(out, dir), { recursive: true });
  for (const f of ['index.html', '404.html', 'favicon.svg', 'data/indicators.json']) cpSync(join(dist, f), join(out, f));
  writeFileSync(join(out, 'data/explorer/index.json'), JSON.stringify(files.index));
  for (const [name, shard] of files.shards) writeFileSync(join(out, `data/explorer/${name}.json`), JSON.stringify(shard));
  for (const [name, texts] of files.texts) writeFileSync(join(out, `data/explorer/${name}.text.json`), JSON.stringify(texts));
}

export interface ExplorerCost {
  view: string;
  ms: number;
  requests: number;
  gzipKB: number;
}

/** Opens /targets/ on `root` and changes filters as a reader would; bytes are gzip as served. */
export async function measureExplorer(root: string, views: Array<[string, (page: Page) => Promise<void>, ((page: Page) => Promise<void>)?]>): Promise<{ firstLoad: ExplorerCost; changes: ExplorerCost[] }> {
  const site = await startSite({ root });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const log: Array<{ url: string; body: Promise<Buffer | null> }> = [];
    page.on('response', (res) => log.push({ url: res.url(), body: res.body().catch(() => null) }));
    const bytesFrom = async (from: number) => {
      let total = 0;
      for (const { body } of log.slice(from)) {
        const b = await body;
        if (b) total += Math.min(b.length, gz(b));
      }
      return Math.round(total / 102.4) / 10;
    };
    const started = performance.now();
    await page.goto(`${site.url}/targets/`);
    await page.waitForSelector('form#filters[data-ready]', { state: 'attached' });
    const firstMs = performance.now() - started;
    await page.waitForLoadState('networkidle');
    const firstLoad = { view: 'first load', ms: Math.round(firstMs), requests: log.length, gzipKB: await bytesFrom(0) };
    const changes: ExplorerCost[] = [];
    const ready = () => page.evaluate(() => delete (document.getElementById('filters') as HTMLFormElement).dataset.ready);
    for (const [view, act, prepare] of views) {
      // Not timed: getting to the view the change starts from.
      if (prepare) {
        await ready();
        await prepare(page);
        await page.waitForSelector('form#filters[data-ready]', { state: 'attached' });
        await page.waitForTimeout(400);
        await page.waitForSelector('form#filters[data-ready]', { state: 'attached' });
        await page.waitForLoadState('networkidle');
      }
      const from = log.length;
      const t = performance.now();
      await ready();
      await act(page);
      await page.waitForSelector('form#filters[data-ready]', { state: 'attached' });
      const ms = performance.now() - t;
      await page.waitForLoadState('networkidle');
      changes.push({ view, ms: Math.round(ms), requests: log.length - from, gzipKB: await bytesFrom(from) });
    }
    return { firstLoad, changes };
  } finally {
    await browser.close();
    await site.close();
  }
}

/**
 * The columnar alternative: the same records as one Parquet file (row groups of `group` rows,
 * in the site's order), and for a filter the compressed bytes of the filter columns in every row
 * group plus the display columns in the row groups whose statistics can match.
 */
export function measureColumnar(records: Target[], group = 2000) {
  const columns = ['jurisdiction', 'level', 'period', 'kind', 'indicator', 'measure', 'headline', 'label', 'value', 'unit', 'comparator', 'figure', 'report', 'clause'] as const;
  const buffer = parquetWriteBuffer({
    columnData: columns.map((name) => ({ name, data: records.map((r) => r[name]), type: name === 'value' ? 'DOUBLE' : name === 'headline' ? 'BOOLEAN' : 'STRING', nullable: true })),
    rowGroupSize: group,
  });
  const meta = parquetMetadata(buffer);
  const size = (rg: (typeof meta.row_groups)[number], names: readonly string[]) =>
    rg.columns.filter((c) => names.includes(c.meta_data!.path_in_schema[0]!)).reduce((n, c) => n + Number(c.meta_data!.total_compressed_size), 0);
  const filterColumns = ['jurisdiction', 'level', 'period', 'kind', 'indicator', 'measure', 'headline'];
  const scanAll = meta.row_groups.reduce((n, rg) => n + size(rg, filterColumns), 0);
  // A jurisdiction (contiguous in the site's order): its row groups by min/max statistics.
  const target = records[Math.floor(records.length / 2)]!.jurisdiction;
  const jGroups = meta.row_groups.filter((rg) => {
    const s = rg.columns.find((c) => c.meta_data!.path_in_schema[0] === 'jurisdiction')!.meta_data!.statistics!;
    const min = String(s.min_value ?? ''), max = String(s.max_value ?? '');
    return min <= target && target <= max;
  });
  return {
    fileKB: Math.round(buffer.byteLength / 1024),
    rowGroups: meta.row_groups.length,
    /** An indicator filter in the site's order: its filter columns in every row group. */
    indicatorFilterKB: Math.round(scanAll / 1024),
    /** A jurisdiction filter: the row groups whose min/max can hold it (names are not sorted by code point, so often many). */
    jurisdictionFilterKB: Math.round(jGroups.reduce((n, rg) => n + size(rg, columns), 0) / 1024),
    jurisdictionRowGroups: jGroups.length,
  };
}
