/**
 * Records of the national/provincial corpus read as an analyst reads their sentences: what the
 * figure measures, when, and whether it is a result or a goal. Each case was found wrong in a
 * seeded random sample of records and is fixed by a general rule.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readIndicators, readMetadata } from '../../scripts/lib/read-yaml.ts';
import { extractTargets } from '../../scripts/lib/stages/extract.ts';
import type { Target } from '../../src/schemas/target.ts';
import { parseSource } from './_seeds.ts';

const indicators = readIndicators(readFileSync('content/indicators.yaml', 'utf8'), 'indicators.yaml');
const cache = new Map<string, Target[]>();
const targetsOf = (id: string) => {
  if (!cache.has(id)) cache.set(id, extractTargets(parseSource(id), readMetadata(readFileSync(`content/sources/${id}.yaml`, 'utf8'), id), indicators));
  return cache.get(id)!;
};
const find = (id: string, figure: string, text: string) => {
  const found = targetsOf(id).filter((t) => t.figure === figure && t.text.includes(text));
  expect(found, `${id}: ${figure} in «${text}»`).toHaveLength(1);
  return found[0]!;
};

describe('kind and period follow the passage, also where a heading was run into its paragraph', () => {
  test('四川 2025: the sections after “2024年工作回顾过去一年” report 2024 results', () => {
    expect(find('sichuan-2025', '322公里', '新增铁路运营里程')).toMatchObject({ kind: 'outcome', period: '2024', measure: 'flow' });
    expect(find('sichuan-2025', '5.5%以上', '今年发展主要预期目标')).toMatchObject({ kind: 'target', period: '2025', headline: true });
  });
  test('西藏 2025: the preamble’s 一是…七是 review 2024; the targets after 2025年工作安排 are for 2025', () => {
    expect(find('xizang-2025', '20万人', '清洁能源集中供暖试点')).toMatchObject({ kind: 'outcome', period: '2024' });
    expect(find('xizang-2025', '2000亿元以上', '重大项目建设攻坚年')).toMatchObject({ kind: 'target', period: '2025' });
  });
  test('湖南 2026: after 过去的一年 the paragraphs are about 2025, not the five years of the part heading', () => {
    expect(find('hunan-2026', '19.1%', '接待入境游客')).toMatchObject({ kind: 'outcome', period: '2025' });
  });
  test('广西 2026: 人均地区生产总值比2020年翻一番 by 2035 is a goal of the plan, labelled by what doubles', () => {
    expect(find('guangxi-2026', '翻一番', '人均地区生产总值比2020年翻一番')).toMatchObject({
      kind: 'target', period: '2035', measure: 'multiple', label: '人均地区生产总值', baseYear: 2020,
    });
  });
});

describe('labels and measures read from the phrase', () => {
  test('a bare verb takes the object after the figure; 和美 after a comma is a word, not a conjunction', () => {
    expect(find('shanghai-2025', '21项', '新导入')).toMatchObject({ label: '新导入重大功能性事项', measure: 'flow' });
    expect(find('zhejiang-2025', '51.7%', '和美乡村覆盖率')).toMatchObject({ label: '和美乡村覆盖率' });
  });
  test('a standard raised by an amount is a change; a share that goes to a use is a share', () => {
    expect(find('ningxia-2026', '183元', '最低工资标准')).toMatchObject({ label: '最低工资标准提高', measure: 'growth' });
    expect(find('jilin-2025', '80％以上', '新增财力')).toMatchObject({ label: '新增财力用于民生领域', measure: 'share' });
  });
  test('折合 names the same amount in another currency; 实现翻一番 names the object measured before it', () => {
    expect(find('shanghai-2026', '1148亿元', '折合')).toMatchObject({ label: '实际使用外资折合人民币' });
    expect(find('gansu-2026', '翻一番', '兰州新区经济总量')).toMatchObject({ measure: 'multiple', label: '兰州新区经济总量' });
  });
  test('新打造13个A和2个B: the 2个 are B, new in the year', () => {
    expect(find('licheng-2023', '2个', '省级美丽乡村')).toMatchObject({ label: '新打造省级美丽乡村', measure: 'flow' });
  });
  test('a capacity keeps its time base; 立方米 is a unit', () => {
    expect(find('guangdong-2025', '30万吨/日', '污水处理能力超30万吨/日')).toMatchObject({ unit: '万吨/日', value: 30 });
    expect(find('hainan-2025', '40万立方米', '深远海养殖水体')).toMatchObject({ unit: '万立方米', value: 40 });
  });
  test('分别: 产销量 splits into 产量 and 销量; a shared head noun (限上零售额, 参保率) goes to every item', () => {
    expect(find('jilin-2025', '17.4％', '红旗汽车产销量')).toMatchObject({ label: '红旗汽车销量增长' });
    expect(find('shandong-2026', '31.5%', '智能家电')).toMatchObject({ label: '智能家电限上零售额增长' });
    expect(find('gansu-2025', '98%', '基本养老、基本医疗保险参保率')).toMatchObject({ label: '基本养老保险参保率', comparator: 'gte' });
  });
  test('a sector’s output (海洋生产总值) is not linked to the economy’s GDP', () => {
    expect(find('zhejiang-2025', '6%以上', '海洋生产总值').indicator).toBeNull();
  });
});

describe('the main-targets passage', () => {
  test('分别增长5%、6.5%左右: the trailing 左右 holds for both; 实际工作中争取更好结果 is a hedge, not a goal', () => {
    expect(find('gansu-2026', '5%', '城乡居民人均可支配收入分别增长')).toMatchObject({ label: '城镇居民人均可支配收入增长', comparator: 'approx', headline: true });
    expect(targetsOf('gansu-2026').filter((t) => t.headline && /实际工作中/.test(t.label))).toEqual([]);
  });
  test('a five-year plan’s qualitative prose gives no records without a number', () => {
    expect(targetsOf('shizhong-2026').filter((t) => t.headline && t.value === null && /显著增强/.test(t.label))).toEqual([]);
  });
});
