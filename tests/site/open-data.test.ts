/**
 * The published data files in the BUILT site (dist/; `npm test` builds first): each validates
 * against the schema the pipeline used, and targets.csv holds exactly the rows of targets.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { CSV_COLUMNS } from '../../src/lib/targets-csv.ts';
import { IndicatorList, ReportData, Target } from '../../src/schemas/target.ts';
import { DIST, requireBuiltSite } from '../support/site.ts';

requireBuiltSite();
const read = (path: string) => readFileSync(join(DIST, path));
const json = (path: string) => JSON.parse(read(path).toString('utf8'));
const targets = z.array(Target).parse(json('data/targets.json'));
const sources = readdirSync('content/sources').filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, ''));

describe('/data/targets.json', () => {
  test('validates against the Target schema and has records from every report', () => {
    expect(targets.length).toBeGreaterThan(500);
    expect(new Set(targets.map((t) => t.report))).toEqual(new Set(sources));
  });
  test('record ids are unique and every record links to a clause that exists on its report page', () => {
    expect(new Set(targets.map((t) => t.id)).size).toBe(targets.length);
    const ids = new Map<string, Set<string>>();
    for (const report of sources) {
      const html = read(`reports/${report}/index.html`).toString('utf8');
      ids.set(report, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    }
    const broken = targets.filter((t) => t.url !== `/reports/${t.report}/#${t.clause}` || !ids.get(t.report)!.has(t.clause));
    expect(broken.map((t) => t.id)).toEqual([]);
  });
  test('each record’s sentence is in its clause, and its figure in its sentence', () => {
    const trees = new Map(sources.map((s) => [s, JSON.parse(readFileSync(`content/generated/trees/${s}.json`, 'utf8'))]));
    const clauseText = (report: string, id: string): string | undefined => {
      const find = (node: { id: string; text?: string; children?: unknown[] }): string | undefined =>
        node.id === id ? node.text : (node.children as Array<typeof node> | undefined)?.map(find).find(Boolean);
      return find(trees.get(report).root);
    };
    const wrong = targets.filter((t) => !clauseText(t.report, t.clause)?.includes(t.text) || (t.figure !== null && !t.text.includes(t.figure)));
    expect(wrong.map((t) => t.id)).toEqual([]);
  });
});

describe('/data/targets.csv', () => {
  const bytes = read('data/targets.csv');
  test('starts with a UTF-8 byte-order mark so Excel reads the Chinese text', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
  test('holds the same rows as targets.json, field for field', () => {
    const rows: Record<string, string>[] = parse(bytes, { bom: true, columns: true, skip_empty_lines: true });
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows.length).toBe(targets.length);
    const asCsv = (t: Target) => Object.fromEntries(CSV_COLUMNS.map((c) => [c, t[c] === null ? '' : String(t[c])]));
    rows.forEach((row, i) => expect(row, `row ${i + 1}`).toEqual(asCsv(targets[i]!)));
  });
});

test('/data/indicators.json validates, and every indicator a record names is in it', () => {
  const indicators = IndicatorList.parse(json('data/indicators.json'));
  const known = new Set(indicators.map((i) => i.id));
  expect(targets.filter((t) => t.indicator !== null && !known.has(t.indicator)).map((t) => t.id)).toEqual([]);
});

test('/data/reports/<id>.json: one per report, each with exactly that report’s records', () => {
  expect(readdirSync(join(DIST, 'data/reports')).sort()).toEqual(sources.map((s) => `${s}.json`).sort());
  for (const report of sources) {
    const data = ReportData.parse(json(`data/reports/${report}.json`));
    expect(data.report).toBe(report);
    expect(data.targets).toEqual(targets.filter((t) => t.report === report));
  }
});
