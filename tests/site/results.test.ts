/**
 * Targets against results on the real corpus, in the BUILT site's open data (/data/results.json
 * and .csv): every province's headline GDP target for 2025 against what its 2026 report says of
 * 2025, the nation's 2024 target against the 2025 report, Shandong's 2024 against its 2025 —
 * checked against tests/fixtures/gdp-pairs-2025.json, written by reading both reports.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { judge } from '../../src/lib/results.ts';
import { RESULT_CSV_COLUMNS, resultRow } from '../../src/lib/results-csv.ts';
import { ResultList, type Result } from '../../src/schemas/result.ts';
import { DIST, requireBuiltSite } from '../support/site.ts';

requireBuiltSite();
const results = ResultList.parse(JSON.parse(readFileSync(join(DIST, 'data/results.json'), 'utf8')));

interface Side { report: string; quote: string; value: number; valueMax?: number | null; comparator?: string }
interface Pair { jurisdiction: string; period: string; target: Side; result?: Side; status?: Result['status']; difference?: number }
const fixture = JSON.parse(readFileSync('tests/fixtures/gdp-pairs-2025.json', 'utf8')) as { pairs: Pair[]; pending: Pair[]; earlier: Pair[] };

/** The site's pair for the report's headline GDP target: the record whose sentence holds the quote. */
function sitePair(p: Pair): Result | undefined {
  return results.find((r) => r.indicator === 'gdp' && r.period === p.period && r.target.report === p.target.report && r.target.headline && r.target.text.includes(p.target.quote) && r.target.value === p.target.value);
}

describe('the fixture is what the reports say', () => {
  test.each([...fixture.pairs, ...fixture.pending, ...fixture.earlier].map((p) => [p.jurisdiction, p.period, p] as const))('%s %s: both quotes are in the sources', (_j, _y, p) => {
    for (const side of [p.target, p.result].filter((s): s is Side => s !== undefined)) {
      const file = `content/sources/${side.report}.txt`;
      expect(existsSync(file), `${file} is not on the site`).toBe(true);
      expect(readFileSync(file, 'utf8')).toContain(side.quote);
    }
  });
});

describe('headline GDP targets for 2025 against the 2026 reports', () => {
  test.each(fixture.pairs.map((p) => [p.jurisdiction, p] as const))('%s', (_j, p) => {
    const r = sitePair(p);
    expect(r, `no pair for ${p.target.report}: ${p.target.quote}`).toBeDefined();
    expect(r!.measure).toBe('growth');
    expect(r!.target).toMatchObject({ value: p.target.value, valueMax: p.target.valueMax ?? null, comparator: p.target.comparator });
    expect(r!.outcome, r!.rule).not.toBeNull();
    expect(r!.outcome!.report).toBe(p.result!.report);
    expect(r!.outcome!.value).toBe(p.result!.value);
    expect(r!.outcome!.text).toContain(p.result!.quote);
    expect(r!.outcome!.url).toMatch(new RegExp(`^/reports/${p.result!.report}/#`));
    expect(r!.status).toBe(p.status);
    if (p.difference !== undefined) expect(r!.difference).toBe(p.difference);
  });

  test.each(fixture.pending.map((p) => [p.jurisdiction, p] as const))('%s has no 2026 report on the site: 尚无结果', (_j, p) => {
    const r = sitePair(p);
    expect(r, `no pair for ${p.target.report}: ${p.target.quote}`).toBeDefined();
    expect(r).toMatchObject({ status: 'pending', pendingReason: 'no-report', outcome: null, nextReport: null });
  });
});

describe('2024', () => {
  test.each(fixture.earlier.map((p) => [p.jurisdiction, p] as const))('%s: the 2024 target against the 2025 report', (_j, p) => {
    const r = sitePair(p);
    expect(r).toBeDefined();
    expect(r!.target).toMatchObject({ value: p.target.value, comparator: p.target.comparator });
    expect(r!.outcome).toMatchObject({ report: p.result!.report, value: p.result!.value });
    expect(r!.outcome!.text).toContain(p.result!.quote);
    expect(r!.status).toBe(p.status);
  });
});

describe('the rule', () => {
  const gdp = (t: Pick<Result['target'], 'value' | 'valueMax' | 'comparator'>) => ({ ...fixtureTarget, ...t });
  const fixtureTarget = results.find((r) => r.indicator === 'gdp' && r.outcome)!.target;
  const got = (value: number, unit = '%') => ({ ...fixtureTarget, value, valueMax: null, unit, comparator: 'eq' as const });
  test('≥ 5.5% is met by 5.6% and by 5.5%, missed by 5.4%', () => {
    expect(judge(gdp({ value: 5.5, valueMax: null, comparator: 'gte' }), got(5.6), 'gdp', 'growth').status).toBe('met');
    expect(judge(gdp({ value: 5.5, valueMax: null, comparator: 'gte' }), got(5.5), 'gdp', 'growth').status).toBe('met');
    expect(judge(gdp({ value: 5.5, valueMax: null, comparator: 'gte' }), got(5.4), 'gdp', 'growth')).toMatchObject({ status: 'missed', difference: -0.1, differenceUnit: '个百分点' });
  });
  test('5%左右 is met within half a point below (4.5%), missed at 4.4%; above is met', () => {
    expect(judge(gdp({ value: 5, valueMax: null, comparator: 'approx' }), got(4.5), 'gdp', 'growth').status).toBe('met');
    expect(judge(gdp({ value: 5, valueMax: null, comparator: 'approx' }), got(4.4), 'gdp', 'growth')).toMatchObject({ status: 'missed', difference: -0.6 });
    expect(judge(gdp({ value: 5, valueMax: null, comparator: 'approx' }), got(6.1), 'gdp', 'growth').status).toBe('met');
  });
  test('a range 5–5.5% is met at its lower end', () => {
    expect(judge(gdp({ value: 5, valueMax: 5.5, comparator: 'eq' }), got(5), 'gdp', 'growth').status).toBe('met');
    expect(judge(gdp({ value: 5, valueMax: 5.5, comparator: 'eq' }), got(4.9), 'gdp', 'growth').status).toBe('missed');
  });
  test('a ceiling (以内, or CPI 涨幅 2%左右) is met below it and missed above', () => {
    expect(judge(gdp({ value: 5.5, valueMax: null, comparator: 'lte' }), got(5.1), 'unemployment', 'growth').status).toBe('met');
    expect(judge(gdp({ value: 5.5, valueMax: null, comparator: 'lte' }), got(5.6), 'unemployment', 'growth').status).toBe('missed');
    expect(judge(gdp({ value: 2, valueMax: null, comparator: 'approx' }), got(0.2), 'cpi', 'growth').status).toBe('met');
    expect(judge(gdp({ value: 2, valueMax: null, comparator: 'approx' }), got(2.6), 'cpi', 'growth').status).toBe('missed');
    expect(judge(gdp({ value: 5.5, valueMax: null, comparator: 'approx' }), got(5.2), 'urban-unemployment-rate', 'level').status).toBe('met');
  });
  test('a decline target (能耗降低2.5%左右) is met by a larger fall, not capped', () => {
    expect(judge(gdp({ value: 2.5, valueMax: null, comparator: 'approx' }), got(3.4), 'energy-intensity', 'decline').status).toBe('met');
    expect(judge(gdp({ value: 2.5, valueMax: null, comparator: 'approx' }), got(1.5), 'energy-intensity', 'decline').status).toBe('missed');
  });
  test('超过3000公里 reported meets a target of 超过3000公里; exactly 3000 does not', () => {
    const target = { ...gdp({ value: 3000, valueMax: null, comparator: 'gt' }), unit: '公里' };
    expect(judge(target, { ...got(3000, '公里'), comparator: 'gt' }, 'rail', 'growth').status).toBe('met');
    expect(judge(target, got(3000, '公里'), 'rail', 'growth').status).toBe('missed');
  });
  test('amounts compare across scales: 1.2万亿元 against a 11000亿元 target', () => {
    expect(judge({ ...gdp({ value: 11000, valueMax: null, comparator: 'gte' }), unit: '亿元' }, got(1.2, '万亿元'), 'gdp', 'growth')).toMatchObject({ status: 'met', difference: 1000, differenceUnit: '亿元' });
  });
});

describe('/data/results.json and .csv', () => {
  test('a pair only ever sets a target against an outcome of the same jurisdiction, year, indicator and measure, from a later report', () => {
    const byId = new Map((JSON.parse(readFileSync(join(DIST, 'data/targets.json'), 'utf8')) as Array<{ id: string; jurisdiction: string; period: string; indicator: string; measure: string; kind: string; report: string }>).map((t) => [t.id, t]));
    for (const r of results.filter((r) => r.outcome)) {
      const t = byId.get(r.target.id)!, o = byId.get(r.outcome!.id)!;
      expect([t.kind, o.kind]).toEqual(['target', 'outcome']);
      expect([o.jurisdiction, o.period, o.indicator, o.measure]).toEqual([t.jurisdiction, t.period, t.indicator, t.measure]);
      expect(o.report).not.toBe(t.report);
    }
  });
  test('results.csv holds the same rows as results.json', () => {
    const csv = readFileSync(join(DIST, 'data/results.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv.slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)).toEqual([...RESULT_CSV_COLUMNS]);
    expect(rows.length).toBe(results.length);
    results.forEach((r, i) => {
      const want = resultRow(r);
      expect(rows[i]!.id).toBe(r.id);
      expect(rows[i]!.status).toBe(r.status);
      expect(rows[i]!.outcomeValue).toBe(want.outcomeValue === null || want.outcomeValue === undefined ? '' : String(want.outcomeValue));
    });
  });
});
