/**
 * The extractor against the hand-annotated gold files (tests/fixtures/gold, rules in its README),
 * through the same code as `npm run eval`: the real parse and extraction of the seed reports.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readIndicators, readMetadata } from '../../scripts/lib/read-yaml.ts';
import { extractTargets } from '../../scripts/lib/stages/extract.ts';
import { clauseTexts, evaluate, formatResult, readGold } from '../../scripts/lib/extract/eval.ts';
import type { Target } from '../../src/schemas/target.ts';
import { parseSource } from './_seeds.ts';

const gold = readGold('tests/fixtures/gold');
const indicators = readIndicators(readFileSync('content/indicators.yaml', 'utf8'), 'indicators.yaml');
const extracted = new Map([...gold.keys()].map((id) => {
  const tree = parseSource(id);
  const meta = readMetadata(readFileSync(`content/sources/${id}.yaml`, 'utf8'), id);
  return [id, { records: extractTargets(tree, meta, indicators), clauses: clauseTexts(tree) }] as const;
}));
const result = evaluate(gold, extracted);
const misses = (field: string) => formatResult({ ...result, misses: result.misses.filter((m) => m.field === field) });

describe('extracted targets against the gold files', () => {
  test('there is gold for all five seed reports, at least 300 records', () => {
    expect([...gold.keys()].sort()).toEqual(['jinan-14th-fyp-proposal', 'jinan-2024', 'licheng-2023', 'shandong-2024', 'shizhong-2026']);
    expect(result.record.gold).toBeGreaterThanOrEqual(300);
  });
  test('every value and unit extracted for a gold record is right (precision 100 %)', () => {
    expect(result.fields.value.precision, misses('value')).toBe(1);
    expect(result.fields.unit.precision, misses('unit')).toBe(1);
  });
  test.each(['label', 'period', 'measure', 'comparator'] as const)('%s precision is at least 95 per cent', (field) => {
    expect(result.fields[field].precision, misses(field)).toBeGreaterThanOrEqual(0.95);
  });
  test('records: at least 95 % of the extracted figures are gold records, and 95 % of the gold records are found', () => {
    expect(result.record.precision, misses('record')).toBeGreaterThanOrEqual(0.95);
    expect(result.record.recall, misses('record')).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the scorer', () => {
  // A gold entry and a record built by hand, so the scorer itself is checked, not the extractor.
  const record = (over: Partial<Target>): Target => ({
    id: 'r:p1-1:1', report: 'r', clause: 'p1-1', url: '/reports/r/#p1-1', jurisdiction: 'X', level: 'city', kind: 'target', period: '2024',
    indicator: 'gdp', label: '地区生产总值增长', value: 5.5, valueMax: null, unit: '%', comparator: 'gte', measure: 'growth', baseYear: null,
    baseValue: null, attribute: null, headline: true, figure: '5.5%以上', text: '地区生产总值增长5.5%以上，增长5%以上。', ...over,
  });
  const clauses = new Map([['p1-1', '地区生产总值增长5.5%以上，增长5%以上。']]);
  const entry = { clause: 'p1-1', occurrence: 1, record: true, kind: 'target', period: '2024', measure: 'growth', label: ['地区生产总值增长'] as string[], value: 5.5, valueMax: null, unit: '%', comparator: 'gte', headline: true } as const;
  test('matches by figure and whole-number occurrence (5%以上 is not inside 5.5%以上), and scores each field', () => {
    const r = evaluate(new Map([['r', [{ ...entry, figure: '5.5%以上' }, { ...entry, figure: '5%以上', value: 5, label: ['税收增长'] }]]]), new Map([['r', {
      records: [record({}), record({ figure: '5%以上', value: 5, label: '增长', comparator: 'approx' })], clauses,
    }]]));
    expect(r.record).toMatchObject({ correct: 2, predicted: 2, gold: 2 });
    expect(r.fields.value.precision).toBe(1);
    expect(r.fields.label).toMatchObject({ correct: 1, predicted: 2 });
    expect(r.fields.comparator).toMatchObject({ correct: 1, predicted: 2 });
    expect(r.misses.map((m) => `${m.figure} ${m.field}`)).toEqual(['5%以上 comparator', '5%以上 label']);
  });
  test('an extracted figure the gold marks as not a record, or does not list, lowers record precision', () => {
    const r = evaluate(new Map([['r', [{ clause: 'p1-1', figure: '5.5%以上', occurrence: 1, record: false, why: 'other' }]]]), new Map([['r', {
      records: [record({}), record({ figure: '5%以上', value: 5 })], clauses,
    }]]));
    expect(r.record).toMatchObject({ correct: 0, predicted: 2, gold: 0 });
  });
});
