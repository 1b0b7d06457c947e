import { expect, test } from 'vitest';
import { parseReport } from '../../scripts/lib/parse-report.ts';
import { clauses, parseSource, sourceBytes } from './_seeds.ts';

// What a copy from a government web page carries around the report itself.
const page = [
  '首页 > 政务公开 > 政府工作报告',
  '2024年山东省政府工作报告',
  '来源：山东省人民政府    发布时间：2024-01-29 10:00',
  '字号：大 中 小',
  '【打印本页】【关闭窗口】',
  '',
  ...new TextDecoder().decode(sourceBytes('shandong-2024')).split('\n').slice(3),
  '',
  '分享到：微信 微博',
  '【打印】 【关闭】',
  '上一篇：2023年山东省政府工作报告',
].join('\n');

test('recognises web-page navigation, toolbars and 来源/时间 lines around a copied report', () => {
  const total = page.split('\n').length;
  const { tree } = parseReport(new TextEncoder().encode(page), 'web.txt', 'web');
  expect(tree.root.children.filter((n) => n.type === 'front').map((n) => [n.role, n.text])).toEqual([
    ['title', '2024年山东省政府工作报告'],
    ['source-line', '来源：山东省人民政府 发布时间：2024-01-29 10:00'],
  ]);
  expect(tree.removals.filter((r) => r.reason === 'web-chrome').map((r) => r.line)).toEqual([1, 4, 5, total - 2, total - 1, total]);
  expect(clauses(tree).map((c) => [c.id, c.text])).toEqual(clauses(parseSource('shandong-2024')).map((c) => [c.id, c.text]));
});
