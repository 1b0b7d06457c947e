/**
 * The target cascade on the real records: which lower levels set higher rates than the level
 * above (层层加码) and which omit a target the level above sets, for the same year.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { cascade, cascadeColumns } from '../../src/lib/cascade.ts';
import { JurisdictionList } from '../../src/schemas/jurisdiction.ts';
import { ReportMeta } from '../../src/schemas/report.ts';
import type { Target } from '../../src/schemas/target.ts';

const targets: Target[] = readdirSync('content/generated/targets').flatMap((f) => JSON.parse(readFileSync(`content/generated/targets/${f}`, 'utf8')).targets);
const jurisdictions = JurisdictionList.parse(parse(readFileSync('content/jurisdictions.yaml', 'utf8')));
const planned = new Map<string, Set<string>>();
for (const f of readdirSync('content/sources').filter((f) => f.endsWith('.yaml'))) {
  const meta = ReportMeta.parse(parse(readFileSync(`content/sources/${f}`, 'utf8')));
  planned.set(meta.jurisdiction, new Set([...(planned.get(meta.jurisdiction) ?? []), ...meta.yearsPlanned.map(String)]));
}
const rows = cascade(jurisdictions, targets, planned);
const row = (indicator: string, period: string) => rows.find((r) => r.indicator === indicator && r.period === period)!;
const cell = (indicator: string, period: string, jurisdiction: string) => row(indicator, period).cells.find((c) => c.jurisdiction === jurisdiction)!;

test('济南市 sets a higher 2024 GDP growth target than 山东省 (5.5% against 5%): 加码', () => {
  expect(cell('gdp', '2024', '山东省')).toMatchObject({ flag: null, record: { value: 5, comparator: 'gte' } });
  expect(cell('gdp', '2024', '济南市')).toMatchObject({ flag: 'higher', record: { value: 5.5, comparator: 'gte' } });
  // The districts plan other years (2023, 2026): no 2024 figure, and no omission either.
  expect(cell('gdp', '2024', '历城区')).toMatchObject({ flag: null, record: null });
});

test('fiscal revenue: 济南市 about 5% against 山东省 4%: 加码', () => {
  expect(cell('fiscal-revenue', '2024', '济南市')).toMatchObject({ flag: 'higher', record: { value: 5 } });
});

test('济南市 omits targets 山东省 sets for 2024 (urbanization, grain capacity)', () => {
  expect(cell('urbanization-rate', '2024', '济南市')).toMatchObject({ flag: 'omitted', record: null });
  expect(cell('grain-capacity', '2024', '济南市')).toMatchObject({ flag: 'omitted', record: null });
});

test('totals at different scales share a row (3.5万家 and 7800家) and are never flagged as 加码', () => {
  const r = row('high-tech-enterprises', '2024');
  expect(r.unit).toBe('家');
  expect(r.cells.filter((c) => c.record).map((c) => [c.jurisdiction, c.record!.value, c.record!.unit])).toEqual([['山东省', 3.5, '万家'], ['济南市', 7800, '家']]);
  expect(r.cells.some((c) => c.flag)).toBe(false);
});

describe('the cascade from the top', () => {
  const byName = new Map(jurisdictions.map((j) => [j.name, j]));
  const chainOf = (name: string) => {
    const j = byName.get(name)!;
    const above: typeof jurisdictions = [];
    for (let p = jurisdictions.find((k) => k.id === j.parent); p; p = jurisdictions.find((k) => k.id === p!.parent)) above.unshift(p);
    const below = (x: typeof j): typeof jurisdictions => jurisdictions.filter((k) => k.parent === x.id).flatMap((k) => [k, ...below(k)]);
    return cascadeColumns(j, above, below(j));
  };

  test('2024 GDP: 全国 5%左右 → 山东省 5%以上 → 济南市 5.5%以上, the city flagged 加码 against the province, the province not against the nation', () => {
    const columns = chainOf('山东省');
    expect(columns.map((c) => c.name).slice(0, 3)).toEqual(['全国', '山东省', '济南市']);
    const gdp = cascade(columns, targets, planned).find((r) => r.indicator === 'gdp' && r.period === '2024' && r.unit === '%' && r.measure === 'growth')!;
    expect(gdp.cells.slice(0, 3).map((c) => [c.jurisdiction, c.record?.value, c.record?.comparator, c.flag])).toEqual([
      ['全国', 5, 'approx', null],
      ['山东省', 5, 'gte', null],
      ['济南市', 5.5, 'gte', 'higher'],
    ]);
    expect(gdp.cells[0]!.record!.report).toBe('national-2024');
  });

  test('the nation’s page keeps the one chain that reaches a city and its districts, not all 31 provinces', () => {
    expect(chainOf('全国').map((c) => c.name)).toEqual(['全国', '山东省', '济南市', '历城区', '市中区']);
  });

  test('a district’s page starts at the nation: 全国 → 山东省 → 济南市 → 市中区', () => {
    expect(chainOf('市中区').map((c) => c.name)).toEqual(['全国', '山东省', '济南市', '市中区']);
  });
});

describe('tile positions (content/jurisdictions.yaml)', () => {
  test('each of the 31 provinces has one square of its own, and nothing else has one', () => {
    const provinces = jurisdictions.filter((j) => j.level === 'province');
    expect(provinces).toHaveLength(31);
    expect(provinces.every((j) => j.tile)).toBe(true);
    expect(jurisdictions.filter((j) => j.level !== 'province').some((j) => j.tile)).toBe(false);
    expect(new Set(provinces.map((j) => j.tile!.join(','))).size).toBe(31);
  });
  test('two provinces on one square are refused, naming both', () => {
    const list = parse(readFileSync('content/jurisdictions.yaml', 'utf8')) as Array<{ id: string; tile?: [number, number] }>;
    const hebei = list.find((j) => j.id === 'hebei')!;
    hebei.tile = list.find((j) => j.id === 'beijing')!.tile;
    const result = JurisdictionList.safeParse(list);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/already holds 北京市/);
  });
});
