import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ReportTree, type ClauseNode, type ContainerNode, type ReportMeta } from '../../src/schemas/report.ts';
import { Target } from '../../src/schemas/target.ts';
import { parseReport } from '../../scripts/lib/parse-report.ts';
import { emit } from '../../scripts/lib/stages/emit.ts';
import { planTableTargets, readTable } from '../../scripts/lib/stages/plan-table.ts';
import { walk } from './_seeds.ts';

// A five-year-plan outline (纲要) in the shape of the national 14th FYP outline (see
// tests/fixtures/outline-national-14th.PROVENANCE.md): 篇/章/节, items inside, 专栏 boxes and
// the 主要指标 table laid out one cell per line.
const FILE = 'tests/fixtures/outline-national-14th.txt';
const source = readFileSync(FILE, 'utf8');
const parse = (text: string) => parseReport(new TextEncoder().encode(text), FILE, 'national-14th-outline').tree;
const meta = {
  title: '中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要', shortTitle: '十四五规划纲要',
  jurisdiction: '全国', level: 'national', parentJurisdiction: null, documentType: 'five-year-plan-outline',
  issuingBody: null, speaker: null, dates: { delivered: null, adopted: '2021-03-11', issued: null },
  yearsReviewed: [2016, 2017, 2018, 2019, 2020], yearsPlanned: [2021, 2022, 2023, 2024, 2025, 2035],
  source: 'national-14th-outline.txt', sha256: '0'.repeat(64), session: null,
} satisfies ReportMeta;

const byId = (tree: ReportTree, id: string) => walk(tree).find((n) => n.id === id);
const boxes = (tree: ReportTree) => walk(tree).filter((n): n is ClauseNode => n.type === 'box');

describe('a plan outline read through the pipeline', () => {
  const tree = parse(source);

  test('validates as a document tree', () => {
    expect(() => ReportTree.parse(tree)).not.toThrow();
  });

  test('nests books, chapters and divisions with ids and labels from their numbers', () => {
    const containers = walk(tree).filter((n): n is ContainerNode => 'number' in n && n.type !== 'preamble');
    expect(containers.filter((c) => c.type === 'book').map((c) => `${c.id} ${c.label}`)).toEqual(['b1 第一篇', 'b2 第二篇']);
    expect(containers.filter((c) => c.type === 'chapter').map((c) => c.id)).toEqual(['b1-c1', 'b1-c3', 'b2-c4', 'b2-c5']);
    expect(byId(tree, 'b2-c5-s1')).toMatchObject({ type: 'division', label: '第二篇第五章第一节', text: '第一节激励企业加大研发投入' });
    expect(byId(tree, 'b1-c3-s2-s1')).toMatchObject({ type: 'section', label: '第一篇第三章第二节（一）' });
    expect(byId(tree, 'b2-c5-s1-a2')).toMatchObject({ type: 'article', label: '第二篇第五章第一节2.' });
    expect(byId(tree, 'b2-c5-s1-1')).toMatchObject({ type: 'paragraph', label: '第二篇第五章第一节·1' });
  });

  test('keeps each 专栏 as one box clause, in the division it is printed in, with its lines', () => {
    expect(boxes(tree).map((b) => `${b.id} ${b.label}`)).toEqual(['b1-c3-s2-box1 专栏1', 'b2-c4-s2-box2 专栏2']);
    const science = byId(tree, 'b2-c4-s2-box2') as ClauseNode;
    expect(science.text.split('\n')).toEqual([
      '专栏2 科技前沿领域攻关', '01 新一代人工智能', '前沿基础理论突破，专用芯片研发，深度学习框架等开源算法平台构建。',
      '02 量子信息', '城域、城际、自由空间量子通信技术研发，通用量子计算原型机和实用化量子模拟机研制。',
    ]);
    expect(science.table).toBeUndefined();
    // The text after a box goes on under the next heading, not into the box.
    expect(byId(tree, 'b2-c5-s1-1')?.text).toMatch(/^实施更大力度的研发费用加计扣除/);
  });

  test('reads the 主要指标 table: header, categories and 20 rows of six columns', () => {
    const table = (byId(tree, 'b1-c3-s2-box1') as ClauseNode).table!;
    expect(table.header).toEqual(['类别', '指标', '2020年', '2025年', '年均/累计', '属性']);
    const rows = table.rows.filter((r) => r.length > 1);
    expect(rows).toHaveLength(20);
    expect(rows.every((r) => r.length === 5)).toBe(true);
    expect(table.rows.filter((r) => r.length === 1).map((r) => r[0])).toEqual(['经济发展', '创新驱动', '民生福祉', '绿色生态', '安全保障', '注：〔〕内为5年累计数。']);
    expect(rows[2]).toEqual(['3.常住人口城镇化率（%）', '60.6', '65', '—', '预期性']);
  });

  test('keeps every character of the source in a node or a recorded removal', () => {
    const kept = walk(tree).map((n) => n.text).join('') + tree.removals.map((r) => r.text).join('');
    const chars = (s: string) => [...s.replace(/\s/gu, '')].sort().join('');
    expect(chars(kept)).toBe(chars(source));
    // Numbers alone on their lines are the table's cells here, not page numbers.
    expect(tree.removals.filter((r) => r.reason === 'page-number')).toEqual([]);
  });

  test('turns each table row into headline target records for the plan year with base, goal and attribute', () => {
    const records = planTableTargets(tree, meta);
    for (const r of records) expect(() => Target.parse(r)).not.toThrow();
    expect(records.every((r) => r.headline && r.kind === 'target' && r.clause === 'b1-c3-s2-box1')).toBe(true);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    const find = (label: string, period: string) => records.find((r) => r.label === label && r.period === period);
    expect(find('常住人口城镇化率', '2025')).toMatchObject({ value: 65, comparator: 'eq', unit: '%', measure: 'level', baseYear: 2020, baseValue: 60.6, attribute: 'expected' });
    expect(find('劳动年龄人口平均受教育年限', '2025')).toMatchObject({ value: 11.3, baseValue: 10.8, unit: '年', attribute: 'binding' });
    expect(find('城镇调查失业率', '2025')).toMatchObject({ value: 5.5, comparator: 'lt', baseValue: 5.2 });
    expect(find('粮食综合生产能力', '2025')).toMatchObject({ value: 6.5, comparator: 'gt', unit: '亿吨', baseValue: null, attribute: 'binding' });
    // A five-year total in 〔〕 is a record for the plan period.
    expect(find('单位GDP能源消耗降低', '2021–2025')).toMatchObject({ value: 13.5, measure: 'decline', attribute: 'binding', figure: '〔13.5〕' });
    // An average growth is a growth record for the period.
    expect(find('全社会研发经费投入增长', '2021–2025')).toMatchObject({ value: 7, comparator: 'gt', measure: 'growth' });
    // A goal in words is kept, with no number.
    expect(find('国内生产总值（GDP）增长', '2025')).toMatchObject({ value: null, comparator: null, figure: '保持在合理区间、各年度视情提出', baseValue: 2.3 });
    // Every indicator row gives at least one record.
    const labels = new Set(records.map((r) => r.label.replace(/年均增长$/, '')));
    expect(labels.size).toBe(20);
  });

  test('reads the same table laid out one row a line with tabs between the cells', () => {
    const table = (byId(tree, 'b1-c3-s2-box1') as ClauseNode).table!;
    const lines = [table.header.join('\t'), ...table.rows.map((r) => r.join('\t'))];
    const tabbed = source.replace(/(专栏1[^\n]*\n)[\s\S]*?(?=\n\n第二篇)/, (_, title: string) => title + lines.join('\n'));
    expect(tabbed).not.toBe(source);
    const again = parse(tabbed);
    expect((byId(again, 'b1-c3-s2-box1') as ClauseNode).table).toEqual(table);
    expect(planTableTargets(again, meta)).toEqual(planTableTargets(tree, meta));
  });

  test('a box whose lines are not a table has no table', () => {
    expect(readTable(['01 新一代人工智能', '前沿基础理论突破。'])).toBeNull();
  });

  test('emits a page whose contents go book > chapter > division and whose table box carries its cells', () => {
    const page = emit(tree, meta, planTableTargets(tree, meta));
    const toc = page.frontmatter.toc.map((e) => `${e.depth} ${e.label} ${e.text}`);
    expect(toc.slice(0, 4)).toEqual(['1 第一篇 开启全面建设社会主义现代化国家新征程', '2 第一篇第一章 发展环境', '3 第一篇第一章第一节 决胜全面建成小康社会取得决定性成就', '3 第一篇第一章第二节 我国发展环境面临深刻复杂变化']);
    expect(toc).toContain('4 第一篇第三章第二节（一） 经济发展取得新成效。');
    expect(page.frontmatter.stats).toMatchObject({ books: 2, chapters: 4, divisions: 8 });
    expect(page.mdx).toContain('kind="box"');
    expect(page.mdx).toMatch(/table="\{&#x22;header&#x22;|table="\{"header"|table='\{"header"/);
  });

  test('an outline without books numbers its chapters at the top (c5-s1, 第五章第一节)', () => {
    const flat = parse(source.replace(/^第[一二三四五六七八九十]+篇.*\n/gm, ''));
    expect(walk(flat).filter((n) => n.type === 'chapter').map((n) => `${n.id} ${n.label}`)).toEqual(['c1 第一章', 'c3 第三章', 'c4 第四章', 'c5 第五章']);
    expect(byId(flat, 'c5-s1')).toMatchObject({ type: 'division', label: '第五章第一节' });
    expect(boxes(flat).map((b) => b.id)).toEqual(['c3-s2-box1', 'c4-s2-box2']);
  });
});
