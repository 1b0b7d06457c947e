import { describe, expect, test } from 'vitest';
import type { ContainerNode, ReportTree } from '../../src/schemas/report.ts';
import { clauses, parseSource, walk } from './_seeds.ts';

const containers = (tree: ReportTree, type: ContainerNode['type']) =>
  walk(tree).filter((n): n is ContainerNode => n.type === type);
const roles = (tree: ReportTree, zone: 'front' | 'back') =>
  tree.root.children.filter((n) => n.type === zone).map((n) => ('role' in n ? n.role : null));

// Counts established by reading each text.
const EXPECTED = {
  'jinan-2024': { layout: 'paragraph-lines', parts: 3, sections: 19, articles: 0, clauses: 75, front: ['salutation'], back: [] },
  'jinan-14th-fyp-proposal': { layout: 'paragraph-lines', parts: 15, sections: 0, articles: 69, clauses: 108, front: ['title', 'dateline'], back: ['note', 'issuer', 'date'] },
  'licheng-2023': { layout: 'hard-wrapped', parts: 3, sections: 7, articles: 0, clauses: 50, front: ['title', 'dateline', 'speaker', 'salutation'], back: [] },
  'shizhong-2026': { layout: 'paragraph-lines', parts: 3, sections: 7, articles: 0, clauses: 62, front: ['title', 'dateline', 'speaker', 'salutation'], back: [] },
  'shandong-2024': { layout: 'paragraph-lines', parts: 3, sections: 20, articles: 0, clauses: 76, front: ['title'], back: [] },
} as const;

describe.each(Object.entries(EXPECTED))('%s', (id, expected) => {
  const tree = parseSource(id);
  test('finds the parts, sections, articles and clauses the text numbers', () => {
    expect({
      layout: tree.layout,
      parts: containers(tree, 'part').length,
      sections: containers(tree, 'section').length,
      articles: containers(tree, 'article').length,
      clauses: clauses(tree).length,
      front: roles(tree, 'front'),
      back: roles(tree, 'back'),
    }).toEqual(expected);
  });
  test('numbers parts 一、二、三… in order', () => {
    expect(containers(tree, 'part').map((p) => p.number)).toEqual(containers(tree, 'part').map((_, i) => i + 1));
  });
});

test('the plan proposal has 15 parts and articles 1.–69. in order, each under its part', () => {
  const tree = parseSource('jinan-14th-fyp-proposal');
  const articles = containers(tree, 'article');
  expect(articles.map((a) => a.number)).toEqual(Array.from({ length: 69 }, (_, i) => i + 1));
  expect(articles.find((a) => a.number === 6)).toMatchObject({ id: 'p2-a6', label: '第6条', text: '6.“十四五”时期经济社会发展主要目标。' });
  expect(articles.find((a) => a.number === 7)?.id).toBe('p3-a7');
  // Article 6's goals are its paragraphs and ——dash items.
  const six = articles.find((a) => a.number === 6)!;
  expect(six.children.filter((c) => c.type === 'item' && c.marker === 'dash')).toHaveLength(10);
});

test('the province report has twelve sections （一）–（十二） in part 三 with their 一是/二是 items', () => {
  const tree = parseSource('shandong-2024');
  const part3 = containers(tree, 'part').find((p) => p.number === 3)!;
  const sections = part3.children.filter((c): c is ContainerNode => c.type === 'section');
  expect(sections.map((s) => s.label)).toEqual(
    ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'].map((n) => `三（${n}）`),
  );
  const ordinals = sections.map((s) => s.children.filter((c) => 'marker' in c && c.marker === 'ordinal').map((c) => c.text.slice(0, 2)));
  expect(ordinals[0]).toEqual(['一是', '二是', '三是']);
  expect(ordinals[4]).toEqual(['一是', '二是', '三是', '四是']);
  expect(ordinals.flat()).toHaveLength(36);
  expect(sections[11]!.children[1]).toMatchObject({ id: 'p3-s12-2', label: '三（十二）2', type: 'item', marker: 'ordinal' });
});

test('a section heading that opens a paragraph keeps its lead sentence as the heading', () => {
  const tree = parseSource('jinan-2024');
  const s = walk(tree).find((n) => n.id === 'p1-s1')!;
  expect(s.text).toBe('（一）抓住用好重大战略机遇，省会发展势能加快集聚。');
  expect(walk(tree).find((n) => n.id === 'p1-s1-1')!.text).toMatch(/^深入实施黄河流域生态保护和高质量发展战略/);
});

test('lead-sentence items get readable references', () => {
  const item = walk(parseSource('jinan-2024')).find((n) => n.id === 'p2-s1-2')!;
  expect(item).toMatchObject({ type: 'item', marker: 'lead', label: '二（一）2' });
  expect(item.text).toMatch(/^推动项目建设提速。统筹抓好总投资2\.66万亿元/);
});

test('levels come from the numbering, not from Markdown # counts', () => {
  // 市中区 marks part 一 with ## and part 三 with ###.
  const parts = containers(parseSource('shizhong-2026'), 'part');
  expect(parts.map((p) => [p.id, p.text])).toEqual([
    ['p1', '一、“十四五”时期及2025年工作回顾'],
    ['p2', '二、“十五五”发展主要目标任务'],
    ['p3', '三、2026年工作安排'],
  ]);
});

test('mends the PDF extraction: spaced title, spaces around digits, page numbers, wrapped lines', () => {
  const tree = parseSource('licheng-2023');
  const [title, dateline, speaker] = tree.root.children;
  expect(title).toMatchObject({ role: 'title', text: '政府工作报告' });
  expect(dateline).toMatchObject({ role: 'dateline', text: '──2023年1月7日在济南市历城区第十九届人民代表大会第二次会议上', line: 2, endLine: 4 });
  expect(speaker).toMatchObject({ role: 'speaker', text: '历城区区长 续 明' });
  expect(tree.removals).toEqual([{ line: 629, column: 1, text: '—15—', reason: 'page-number' }]);
  const text = clauses(tree).map((c) => c.text).join('');
  expect(text).toContain('落实各类减税退税降费政策超过60亿元，市场主体增长3.4%、总量达到21.7万户');
  expect(text).toContain('现代服务业占GDP的比重达到32%');
  expect(text).not.toMatch(/\d [\u4e00-\u9fff]|[\u4e00-\u9fff] \d/);
});

test('a sentence ending exactly at the end of a full hard-wrapped line does not end the paragraph', () => {
  const texts = clauses(parseSource('licheng-2023')).map((c) => c.text);
  // Source lines 229/231 and 243/245: the next line is full width, not an indented first line.
  expect(texts.some((t) => t.includes('外贸进出口总额增长40%以上。强化与日韩产业链供应链合作'))).toBe(true);
  expect(texts.some((t) => t.startsWith('一年来，我们聚力统筹城乡发展，城市功能品质持续提升。基础配套优化完善。'))).toBe(true);
  // Source line 1123 → 1125: the next line is two characters short, an indented new paragraph.
  expect(texts.some((t) => t.startsWith('各位代表，千帆竞发、奋楫者先'))).toBe(true);
});

test('mends paragraphs broken mid-sentence by a page end or a stray blank line', () => {
  const tree = parseSource('jinan-14th-fyp-proposal');
  const preamble = walk(tree).find((n) => n.id === 'p0-1')!;
  expect(preamble.text).toContain('现代化国际大都市极为关键的五年。');
  expect(preamble).toMatchObject({ line: 8, endLine: 10 });
  const shizhong = clauses(parseSource('shizhong-2026')).map((c) => c.text).join('\n');
  expect(shizhong).toContain('规模以上工业增加值增长8%左右');
});

test('drops the blog byline and Markdown marks but keeps emphasis', () => {
  const tree = parseSource('shandong-2024');
  expect(tree.removals.filter((r) => r.reason === 'byline')).toEqual([
    { line: 2, column: 1, text: '`2024/11/25 22:57:38  by: 程序员·小李`', reason: 'byline' },
  ]);
  expect(tree.removals.filter((r) => r.reason === 'markdown-heading')).toEqual([{ line: 1, column: 1, text: '#', reason: 'markdown-heading' }]);
  const first = walk(tree).find((n) => n.id === 'p1-1')!;
  expect(first.text).toContain('是全面贯彻党的二十大精神的开局之年，');
  expect('emphasis' in first && first.emphasis.map(([s, e]) => first.text.slice(s, e))).toContain('开局之年');
});

test('recognises the plan proposal footer as back matter', () => {
  const back = parseSource('jinan-14th-fyp-proposal').root.children.filter((n) => n.type === 'back');
  expect(back.map((b) => [b.id, b.text, b.line])).toEqual([
    ['b1', '（此件公开发布）', 360],
    ['b2', '中共济南市委办公厅', 362],
    ['b3', '2020年12月21日印发', 364],
  ]);
});
