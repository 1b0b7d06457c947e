import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseReport } from '../../scripts/lib/parse-report.ts';
import { ReportMeta } from '../../src/schemas/report.ts';
import { describe, expect, test } from 'vitest';
import { readIndicators, readMetadata } from '../../scripts/lib/read-yaml.ts';
import { extractTargets, sentences } from '../../scripts/lib/stages/extract.ts';
import { findFigures } from '../../scripts/lib/stages/figures.ts';
import { matchIndicator } from '../../scripts/lib/stages/indicators.ts';
import type { Target } from '../../src/schemas/target.ts';
import { parseSource, reportIds } from './_seeds.ts';

const indicators = readIndicators(readFileSync('content/indicators.yaml', 'utf8'), 'indicators.yaml');
const targetsOf = (id: string) =>
  extractTargets(parseSource(id), readMetadata(readFileSync(`content/sources/${id}.yaml`, 'utf8'), id), indicators);
const all = Object.fromEntries(reportIds.map((id) => [id, targetsOf(id)]));
const pick = (record: Target) => ({
  kind: record.kind, period: record.period, headline: record.headline, indicator: record.indicator,
  label: record.label, value: record.value, valueMax: record.valueMax, unit: record.unit, comparator: record.comparator,
});
const headline = (id: string) => all[id]!.filter((t) => t.headline).map(pick);

describe('headline targets, read from the 主要预期目标 passages', () => {
  test('济南市 2024', () => {
    expect(headline('jinan-2024')).toEqual([
      { kind: 'target', period: '2024', headline: true, indicator: 'gdp', label: '地区生产总值增长', value: 5.5, valueMax: null, unit: '%', comparator: 'gte' },
      { kind: 'target', period: '2024', headline: true, indicator: 'fiscal-revenue', label: '一般公共预算收入增长', value: 5, valueMax: null, unit: '%', comparator: 'approx' },
      { kind: 'target', period: '2024', headline: true, indicator: 'industrial-value-added', label: '规模以上工业增加值增长', value: 7, valueMax: null, unit: '%', comparator: 'gte' },
      { kind: 'target', period: '2024', headline: true, indicator: 'fixed-asset-investment', label: '固定资产投资增长', value: 5, valueMax: null, unit: '%', comparator: 'approx' },
      { kind: 'target', period: '2024', headline: true, indicator: 'retail-sales', label: '社会消费品零售总额增长', value: 5, valueMax: null, unit: '%', comparator: 'gte' },
      // 城乡居民人均可支配收入分别增长5.5%左右和6.5%以上: one record each.
      { kind: 'target', period: '2024', headline: true, indicator: 'urban-disposable-income', label: '城镇居民人均可支配收入增长', value: 5.5, valueMax: null, unit: '%', comparator: 'approx' },
      { kind: 'target', period: '2024', headline: true, indicator: 'rural-disposable-income', label: '农村居民人均可支配收入增长', value: 6.5, valueMax: null, unit: '%', comparator: 'gte' },
      { kind: 'target', period: '2024', headline: true, indicator: 'cpi', label: '居民消费价格涨幅', value: 3, valueMax: null, unit: '%', comparator: 'approx' },
      { kind: 'target', period: '2024', headline: true, indicator: 'binding-environment-targets', label: '完成节能减排降碳约束性指标和环境质量改善目标', value: null, valueMax: null, unit: null, comparator: null },
    ]);
  });

  test('山东省 2024 (5%以上, 110万人以上, 1100亿斤以上, qualitative goals)', () => {
    expect(headline('shandong-2024').map((t) => [t.indicator, t.value, t.unit, t.comparator])).toEqual([
      ['gdp', 5, '%', 'gte'],
      ['fiscal-revenue', 4, '%', 'eq'],
      ['disposable-income', 5.5, '%', 'approx'],
      ['urban-new-jobs', 110, '万人', 'gte'],
      ['cpi', 3, '%', 'approx'],
      ['grain-capacity', 1100, '亿斤', 'gte'],
      ['foreign-trade', null, null, null],
      ['binding-environment-targets', null, null, null],
    ]);
  });

  test('历城区 2023 — a figure broken by a hard wrap (增\\n\\n长 6%) is one figure', () => {
    const gdp = all['licheng-2023']!.find((t) => t.headline && t.indicator === 'gdp')!;
    expect(pick(gdp)).toMatchObject({ period: '2023', value: 6, unit: '%', comparator: 'eq' });
    expect(headline('licheng-2023').map((t) => t.indicator)).toEqual([
      'gdp', 'fiscal-revenue', 'fixed-asset-investment', 'industrial-value-added', 'retail-sales',
      'urban-disposable-income', 'rural-disposable-income', 'binding-environment-targets',
    ]);
  });

  test('市中区 2026 — 5%左右, 1.5亿美元, and 保持合理增长 split into two records with no value', () => {
    const records = all['shizhong-2026']!.filter((t) => t.headline && t.period === '2026').map((t) => [t.indicator, t.value, t.unit, t.comparator]);
    expect(records).toEqual([
      ['gdp', 5, '%', 'approx'],
      ['agriculture-output', 4.5, '%', 'approx'],
      ['industrial-value-added', 8, '%', 'approx'],
      ['construction-output', 5, '%', 'approx'],
      ['services-revenue', 7.5, '%', 'approx'],
      ['retail-sales', 3.5, '%', 'approx'],
      ['fdi', 1.5, '亿美元', 'eq'],
      ['fiscal-revenue', null, null, null],
      ['fixed-asset-investment', null, null, null],
      ['binding-environment-targets', null, null, null],
    ]);
  });

  test('the plan proposal: every quantified goal of article 6, for 2025', () => {
    const six = all['jinan-14th-fyp-proposal']!.filter((t) => t.clause.startsWith('p2-a6-'));
    expect(six.every((t) => t.kind === 'target' && t.period === '2025' && t.headline)).toBe(true);
    expect(six.map((t) => [t.indicator, t.value, t.unit, t.comparator])).toEqual([
      ['new-economy-share', 40, '%', 'gt'],
      ['advanced-manufacturing-share', 70, '%', 'gte'],
      ['parks', 1000, '个', 'gte'],
      ['rd-intensity', 3, '%', 'gte'],
      ['high-tech-enterprises', 5000, '家', 'gt'],
      ['industrial-revenue', 1, '万亿元', 'gt'],
      ['culture-industry-value-added', 600, '亿元', 'gte'],
      ['tourism-revenue', 1700, '亿元', 'gt'],
      ['tourist-arrivals', 1, '亿人次', 'gte'],
      // 成为规模达3000亿级的支柱产业: a size class stated of its object is a level (gte).
      ['health-industry-scale', 3000, '亿', 'gte'],
      // 高速铁路运营里程翻一番: a multiple of the base, written in words.
      ['high-speed-rail-length', 2, '倍', 'eq'],
      ['rail-transit-length', 240, '公里', 'gt'],
      ['expressway-length', 1000, '公里', 'gt'],
      ['digital-economy-share', 50, '%', 'gte'],
      ['private-top500', 5, '家', 'gte'],
      ['counties-over-100bn', 3, '个', 'gte'],
      ['top100-counties', 3, '个', 'gte'],
    ]);
  });
});

describe('outcomes, read from the review parts', () => {
  test('历城区 reports 2022 results, split distributively: 分别增长4%和7%; 工业、技改投资增速达到49%、85%', () => {
    const outcomes = all['licheng-2023']!.filter((t) => t.kind === 'outcome');
    expect(outcomes.every((t) => t.period === '2022')).toBe(true);
    expect(outcomes.filter((t) => /可支配收入/.test(t.label)).map((t) => [t.label, t.value])).toEqual([
      ['城镇居民人均可支配收入增长', 4], ['农村居民人均可支配收入增长', 7],
    ]);
    // 达到 in a report of results is the value itself (eq).
    expect(outcomes.filter((t) => /技改|工业投资/.test(t.label)).map((t) => [t.label, t.value, t.comparator, t.measure])).toEqual([
      ['工业投资增速', 49, 'eq', 'growth'], ['技改投资增速', 85, 'eq', 'growth'],
    ]);
    expect(outcomes.find((t) => t.indicator === 'gdp')).toMatchObject({ value: 1265, unit: '亿元', label: '地区生产总值' });
  });

  test('济南市 reports 2023 GDP growth of about 6% as an outcome', () => {
    expect(all['jinan-2024']!.find((t) => t.kind === 'outcome' && t.indicator === 'gdp')).toMatchObject({ period: '2023', value: 6, comparator: 'approx' });
  });

  test('市中区 reports the five years of the 14th plan: levels at the end of the span, changes and totals over it', () => {
    const fiveYears = all['shizhong-2026']!.filter((t) => t.clause === 'p1-2');
    expect(fiveYears.length).toBeGreaterThan(0);
    for (const t of fiveYears) {
      expect(t.kind).toBe('outcome');
      expect(t.period, t.label).toBe(t.measure === 'level' || t.measure === 'share' ? '2025' : '2021–2025');
    }
  });

  test('市中区 part 一: the 一年来 paragraphs are about 2025, not the five years of the part heading', () => {
    const gdp = all['shizhong-2026']!.find((t) => t.kind === 'outcome' && t.indicator === 'gdp' && t.value === 1451.6)!;
    expect(gdp).toMatchObject({ period: '2025', measure: 'level', unit: '亿元' });
    const growth = all['shizhong-2026']!.find((t) => t.clause === gdp.clause && t.indicator === 'gdp' && t.measure === 'growth')!;
    expect(growth).toMatchObject({ period: '2025', value: 5, label: '地区生产总值增长' });
  });

  // The provinces' 2026 reports review the 14th plan and 2025 in one part (一、“十四五”时期和2025年工作回顾,
  // or a heading run into its paragraph). Read from each report: 刚刚过去的2025年…, 一年来…, 全年…, 2025年极不平凡。
  test.each([
    ['hebei-2026', 5.6], ['henan-2026', 5.6], ['hubei-2026', 5.5], ['jiangsu-2026', 5.3], ['shanxi-2026', 4],
    ['xinjiang-2026', 5.5], ['yunnan-2026', 4.1], ['xizang-2026', 7], ['gansu-2026', 5.8], ['neimenggu-2026', 4.7],
  ] as const)('%s: the 2025 GDP growth is dated 2025, not 2021–2025 nor read as a 2026 target', (id, value) => {
    const gdp = all[id]!.filter((t) => t.indicator === 'gdp' && t.measure === 'growth' && t.unit === '%' && t.period === '2025');
    expect(gdp.map((t) => [t.kind, t.value])).toEqual([['outcome', value]]);
  });

  test.each([['shanxi-2026', 5], ['xinjiang-2026', 5.9], ['yunnan-2026', 4.7], ['xizang-2026', 6.3]] as const)(
    '%s: 年均增长 in the same part stays the five-year average, 2021–2025', (id, value) => {
      const average = all[id]!.find((t) => t.indicator === 'gdp' && t.kind === 'outcome' && /年均/.test(t.label) && t.value === value);
      expect(average).toMatchObject({ period: '2021–2025', measure: 'growth' });
    });

  test('“十五五”时期 goals in a 2026 report are targets for the plan, not outcomes nor the year\'s headline', () => {
    const average = all['jiangsu-2026']!.find((t) => t.indicator === 'gdp' && /年均/.test(t.label) && t.value === 5)!;
    expect(average).toMatchObject({ kind: 'target', headline: false });
  });

  test('力争五年内 in a 2026 report is a goal for 2030', () => {
    const goal = all['shizhong-2026']!.find((t) => /五年内/.test(t.text) && t.value === 100)!;
    expect(goal).toMatchObject({ kind: 'target', period: '2030' });
  });
});

describe('figures', () => {
  const read = (s: string) => findFigures(s).map((f) => [f.value, f.valueMax, f.unit, f.comparator]);
  test('comparators: 以上/不低于/不少于/达到 gte, 超过/突破 gt, 以内/以下/不超过 lte, 左右/约 approx, bare eq', () => {
    expect(read('增长5%以上，不低于3%，不少于10个，达到70%，超过40%，突破5000家，控制在3%以内，8%以下，不超过2%，5%左右，约1亿元，6%')).toEqual([
      [5, null, '%', 'gte'], [3, null, '%', 'gte'], [10, null, '个', 'gte'], [70, null, '%', 'gte'], [40, null, '%', 'gt'],
      [5000, null, '家', 'gt'], [3, null, '%', 'lte'], [8, null, '%', 'lte'], [2, null, '%', 'lte'], [5, null, '%', 'approx'],
      [1, null, '亿元', 'approx'], [6, null, '%', 'eq'],
    ]);
  });
  test('ranges with valueMax, and full-width digits read as ASCII', () => {
    expect(read('5%—6%，6.5%－7%，5%-5.5%，5至6%，1-2个，５．５％')).toEqual([
      [5, 6, '%', 'eq'], [6.5, 7, '%', 'eq'], [5, 5.5, '%', 'eq'], [5, 6, '%', 'eq'], [1, 2, '个', 'eq'], [5.5, null, '%', 'eq'],
    ]);
  });
  test('units as written, including scale', () => {
    expect(read('2.66万亿元，3470.6亿元，17.5万人，1100亿斤，240公里，2个百分点，1.5亿美元，300余个').map((f) => f[2])).toEqual([
      '万亿元', '亿元', '万人', '亿斤', '公里', '个百分点', '亿美元', '个',
    ]);
  });
  test('never a target: dates, years, ordinals, ranks, section numbers, names with digits', () => {
    // Each of these comes from the seeds.
    for (const text of [
      '2023年是全面贯彻党的二十大精神的开局之年',
      '到二〇三五年基本建成新时代现代化强省会',
      '投资竞争力入围全国百强区第37位，列全省第2位、全市第1位',
      '实施“十四五”规划的攻坚之年',
      '新中国成立75周年',
      '提升“12345”热线功能和服务水平',
      '用好人才政策“双30条”',
      '推动“3+2”产业布局',
      '9月24日，习近平总书记再次莅临山东',
      '1.决胜全面建成小康社会',
      '新建5G基站',
      '2023—2025年',
      // An amount threshold that qualifies a noun is not a figure of its own.
      '实施投资500万元以上技改项目',
      '引进10亿元以上项目',
    ]) expect(findFigures(text), text).toEqual([]);
  });
});

test('the thing counted names the record when the words before the figure do not', () => {
  const label = (report: string, figure: string, sentence: RegExp) =>
    all[report]!.find((t) => t.figure === figure && sentence.test(t.text))?.label;
  // 港沟村等10个保障房项目: examples before 等 are not the label.
  expect(label('licheng-2023', '10个', /港沟村等/)).toBe('启动建设保障房项目');
  expect(label('jinan-2024', '175个', /棚户区改造等175个城市更新项目/)).toBe('实施城市更新项目');
  // 新打造13个乡村振兴齐鲁样板村: a bare verb takes its object.
  expect(label('licheng-2023', '13个', /新打造13个/)).toBe('新打造乡村振兴齐鲁样板村');
  // 5家以上民营企业进入中国民营企业500强: the object runs on past a name with digits, and what they entered qualifies them.
  expect(label('jinan-14th-fyp-proposal', '5家以上', /500强/)).toBe('进入中国民营企业500强的民营企业');
  // 城乡低保、特困人员每月基本生活保障分别提高到995元、1560元: the listed pair is the split.
  expect(all['licheng-2023']!.filter((t) => /特困人员每月基本生活保障分别/.test(t.text)).map((t) => [t.label, t.value])).toEqual([
    ['城乡低保每月基本生活保障', 995], ['特困人员每月基本生活保障', 1560],
  ]);
  // 投资500万元以上技改项目1.2万个: the count is the record, the threshold is not.
  expect(all['shandong-2024']!.filter((t) => /500万元以上技改项目/.test(t.text)).map((t) => t.figure)).not.toContain('500万元以上');
});

test('sentences end at 。！？ and keep their stop', () => {
  expect(sentences('甲。乙！丙')).toEqual([{ text: '甲。', start: 0 }, { text: '乙！', start: 2 }, { text: '丙', start: 4 }]);
});

test('links short forms and aliases to the curated indicator; shares never link to totals', () => {
  expect(matchIndicator('规上工业增加值', indicators)).toBe('industrial-value-added');
  expect(matchIndicator('经济总量', indicators)).toBe('gdp');
  expect(matchIndicator('现代服务业占GDP的比重', indicators)).toBe('modern-services-share');
  expect(matchIndicator('全市技术合同成交额占地区生产总值比重', indicators)).not.toBe('gdp');
});

test('every record keeps its exact sentence, a unique id and a permalink to its clause', () => {
  for (const [id, records] of Object.entries(all)) {
    const tree = parseSource(id);
    const texts = new Map<string, string>();
    const visit = (n: { id: string; text?: string; children?: unknown[] }) => { texts.set(n.id, n.text ?? ''); (n.children as typeof n[] | undefined)?.forEach(visit); };
    tree.root.children.forEach((n) => visit(n as never));
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    for (const r of records) {
      expect(texts.get(r.clause), r.id).toContain(r.text);
      expect(r.url).toBe(`/reports/${id}/#${r.clause}`);
      if (r.figure) expect(r.text).toContain(r.figure);
    }
  }
});

describe('the headline GDP growth target of every real report in the shared corpus', () => {
  const CORPUS = '/work/shared/corpus';
  const files = existsSync(CORPUS)
    ? ['national', '2025', '2026'].flatMap((dir) => readdirSync(join(CORPUS, dir)).filter((f) => f.endsWith('.txt')).map((f) => join(CORPUS, dir, f)))
    : [];
  // What a reader finds first in the main-targets passage: 经济增长5.5%左右, 地区生产总值按增长5%安排, 增长5%—5.5%.
  // 4.5-5% writes the unit once, after the range.
  const GROWTH = /(?:国内生产总值|地区生产总值|生产总值|经济)(?:按)?增长(\d+(?:\.\d+)?)[%％]?(?:\s*[—\-－~至]\s*(\d+(?:\.\d+)?)[%％])?(左右|以上)?/;
  test.skipIf(files.length === 0).each(files)('%s', (file) => {
    const id = basename(file, '.txt');
    const year = Number(id.slice(-4));
    const meta = ReportMeta.parse({
      title: id, shortTitle: id, jurisdiction: id, level: id.startsWith('national') ? 'national' : 'province', parentJurisdiction: null,
      documentType: 'government-work-report', issuingBody: null, dates: {}, yearsReviewed: [year - 1], yearsPlanned: [year],
      source: `${id}.txt`, sha256: '0'.repeat(64),
    });
    const text = readFileSync(file, 'utf8');
    const passage = text.slice(text.search(/(?:预期目标|主要目标)(?:是|为|建议为)?[：:]/));
    const written = GROWTH.exec(passage);
    expect(written, 'the report states a GDP growth target').not.toBeNull();
    const records = extractTargets(parseReport(readFileSync(file), file, id).tree, meta, indicators)
      .filter((t) => t.headline && t.indicator === 'gdp' && t.measure === 'growth' && t.period === String(year) && !/年均/.test(t.label));
    expect(records.map((t) => t.label)).toHaveLength(1);
    expect(records[0]).toMatchObject({
      kind: 'target', unit: '%', value: Number(written![1]), valueMax: written![2] ? Number(written![2]) : null,
      comparator: written![3] === '左右' ? 'approx' : written![3] === '以上' ? 'gte' : 'eq',
    });
    expect(records[0]!.label).toMatch(/(?:生产总值|经济)(?:增长|增速)$/);
  });
});
