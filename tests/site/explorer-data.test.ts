/**
 * The explorer's sharded files and the bulk open data in the BUILT site: the shards hold every
 * published record exactly once per order (decoded, each equals its row of targets.json), no page
 * carries all the records, and targets.parquet and the per-year CSVs read back as the same rows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { describe, expect, test } from 'vitest';
import { CHUNK, toTarget, type ExplorerIndex, type Shard } from '../../src/lib/explorer-data.ts';
import { PAGE_SIZE } from '../../src/lib/explorer-labels.ts';
import { CSV_COLUMNS, targetsToCsv } from '../../src/lib/targets-csv.ts';
import { csvPieces } from '../../src/lib/targets-csv-stream.ts';
import { jsonArrayPieces } from '../../src/lib/stream-body.ts';
import type { Target } from '../../src/schemas/target.ts';
import { DIST, requireBuiltSite } from '../support/site.ts';

requireBuiltSite();
const json = <T>(path: string): T => JSON.parse(readFileSync(join(DIST, path), 'utf8'));
const targets = json<Target[]>('data/targets.json');
const index = json<ExplorerIndex>('data/explorer/index.json');

function htmlPages(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlPages(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []);
}

describe('explorer shards (/data/explorer/)', () => {
  test.each(['a', 'b'] as const)('order %s holds every record once, each decoding to its published record', (order) => {
    const decoded: Target[] = [];
    for (const shard of index[order]) {
      const file = json<Shard>(`data/explorer/${shard.name}.json`);
      const texts = json<string[]>(`data/explorer/${shard.name}.text.json`);
      expect(file.rows.length).toBe(shard.rows);
      expect(file.rows.length).toBeLessThanOrEqual(CHUNK);
      decoded.push(...file.rows.map((row) => toTarget(row, index, file, texts)));
    }
    const byId = new Map(decoded.map((t) => [t.id, t]));
    expect(decoded.length).toBe(targets.length);
    for (const t of targets) expect(byId.get(t.id)).toEqual(t);
  });

  test('the facet index counts what the records hold', () => {
    expect(index.total).toBe(targets.length);
    expect(index.a.length).toBe(Math.ceil(targets.length / CHUNK));
    expect(index.headlines).toBe(targets.filter((t) => t.headline).length);
    const gdp = index.indicators.find(([id]) => id === 'gdp')!;
    expect(gdp[1]).toBe(targets.filter((t) => t.indicator === 'gdp').length);
    for (const [name, , n] of index.jurisdictions) expect(n).toBe(targets.filter((t) => t.jurisdiction === name).length);
  });
});

describe('no page carries all the records', () => {
  test('the explorer page renders at most one page of records; no page embeds more than 400', () => {
    const ids = targets.map((t) => `id="${t.id}"`);
    const explorer = readFileSync(join(DIST, 'targets/index.html'), 'utf8');
    expect(ids.filter((id) => explorer.includes(id)).length).toBeLessThanOrEqual(PAGE_SIZE);
    // Record ids (report:clause:n) a page mentions, read once per page.
    const known = new Set(targets.map((t) => t.id));
    const heavy = htmlPages().flatMap((file) => {
      const html = readFileSync(file, 'utf8');
      const n = new Set([...html.matchAll(/[a-z0-9-]+:[a-z0-9-]+:\d+/g)].map((m) => m[0]).filter((id) => known.has(id))).size;
      return n > 400 ? [`${file}: ${n}`] : [];
    });
    expect(heavy).toEqual([]);
  }, 60_000);
});

describe('bulk open data', () => {
  test('written piece by piece (as at national scale), targets.json and .csv are the bytes of one stringify', () => {
    for (const per of [1, 7, 1000]) {
      expect([...jsonArrayPieces(targets, per)].join('')).toBe(`${JSON.stringify(targets, null, 1)}\n`);
      expect([...csvPieces(targets, per)].join('')).toBe(targetsToCsv(targets));
    }
    expect([...jsonArrayPieces([])].join('')).toBe('[]\n');
    expect(readFileSync(join(DIST, 'data/targets.json'), 'utf8')).toBe(`${JSON.stringify(targets, null, 1)}\n`);
  });

  test('targets.parquet reads back (hyparquet) as the rows of targets.json, typed', async () => {
    const rows = await parquetReadObjects({ file: await asyncBufferFromFile(join(DIST, 'data/targets.parquet')) });
    expect(rows.length).toBe(targets.length);
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    rows.forEach((row, i) => {
      const t = targets[i]!;
      for (const c of CSV_COLUMNS) expect(row[c] ?? null, `${t.id} ${c}`).toEqual(t[c]);
    });
  });

  test('the per-year CSVs together hold every row of targets.csv once', () => {
    const lines = (path: string) => readFileSync(join(DIST, path), 'utf8').split('\r\n').slice(1, -1);
    const years = readdirSync(join(DIST, 'data')).filter((f) => /^targets-\d{4}\.csv$/.test(f));
    expect(years.length).toBeGreaterThan(1);
    const all = years.flatMap((f) => lines(`data/${f}`));
    expect(all.sort()).toEqual(lines('data/targets.csv').sort());
  });
});
