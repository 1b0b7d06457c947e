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

const front = (id: string) => parseSource(id).root.children.filter((n) => n.type === 'front').map((n) => [n.role, n.text]);
const removed = (id: string, reason: string) => parseSource(id).removals.filter((r) => r.reason === reason);
const lastClause = (id: string) => clauses(parseSource(id)).at(-1)!;

test('a government web page: the toolbar above the title goes, the title, dateline, 来源/时间 and speaker stay apart', () => {
  expect(front('shandong-2026')).toEqual([
    ['title', '2026年山东省政府工作报告'],
    ['dateline', '——2026年1月27日在山东省第十四届人民代表大会第四次会议上'],
    ['source-line', '来源：大众日报'],
    ['source-line', '时间：2026-02-01'],
    ['speaker', '山东省省长 周乃翔'],
    ['salutation', '各位代表：'],
  ]);
  const tree = parseSource('shandong-2026');
  // 下载 打印 全屏 收藏 【字号： 加大 还原 减小 】 on lines 1–9, whatever words a site uses.
  expect(tree.removals.filter((r) => r.line <= 9).map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  expect(removed('shandong-2026', 'back-matter').map((r) => r.text)).toEqual(['相关报道：']);
  expect(lastClause('shandong-2026').text).toMatch(/^各位代表！岱青海蓝绘盛景/);
});

test('a photo caption between the speaker and the salutation is front matter, not the preamble', () => {
  expect(front('beijing-2026').map(([role]) => role)).toEqual(['title', 'dateline', 'source-line', 'source-line', 'speaker', 'salutation']);
  expect(removed('beijing-2026', 'front-matter').map((r) => r.text)).toContainEqual(expect.stringMatching(/^殷勇同志作政府工作报告。本报记者/));
  expect(clauses(parseSource('beijing-2026'))[0]!.text).toMatch(/^现在，我代表北京市人民政府/);
});

test('a page that puts the time, 来源 and font-size bar between title and dateline, and repeats the opening in a share box at the end', () => {
  expect(front('sichuan-2026')).toEqual([
    ['title', '2026年四川省人民政府工作报告'],
    ['source-line', '来源: 四川日报'],
    ['dateline', '2026年2月3日在四川省第十四届人民代表大会第五次会议上'],
    ['speaker', '四川省人民政府省长 施小琳'],
    ['salutation', '各位代表：'],
  ]);
  const back = removed('sichuan-2026', 'back-matter').map((r) => r.text);
  expect(back[0]).toBe('责任编辑：');
  expect(back.at(-1)).toMatch(/^各位代表：现在，我代表省人民政府/);
  expect(lastClause('sichuan-2026').text).toMatch(/^20\.“一件事”全链条专项整治/);
});

test('a copy from an online library: no title block, and the licence notice its links broke into pieces is back matter', () => {
  expect(front('national-2025')).toEqual([['salutation', '各位代表：']]);
  const back = removed('national-2025', 'back-matter');
  expect(back.map((r) => r.text)).toEqual(expect.arrayContaining(['本作品是中华人民共和国的', '公有领域', 'Public domain', 'false']));
  expect(Math.min(...back.map((r) => r.line))).toBeGreaterThan(lastClause('national-2025').endLine);
  expect(lastClause('national-2025').text).toMatch(/^各位代表！信心凝聚力量/);
});

test('a dateline glued to its 来源 or its speaker is split; an office and a name on two lines are one speaker', () => {
  expect(front('jiangxi-2025')).toEqual([
    ['title', '2025年江西省政府工作报告'],
    ['source-line', '来源：江西省人民政府'],
    ['dateline', '2025年1月17日在江西省第十四届人民代表大会第三次会议上'],
    ['speaker', '省长叶建春作政府工作报告。'],
    ['salutation', '各位代表：'],
  ]);
  expect(front('national-2024')).toContainEqual(['speaker', '国务院总理 李 强']);
});

test('a web copy that glues title, dateline and speaker onto one line gets them apart', () => {
  const lines = new TextDecoder().decode(sourceBytes('shandong-2026')).split('\n');
  // Lines 10, 11 and 14 of the real page (title, dateline, speaker) run together, as some copies print them.
  const glued = [...lines.slice(0, 9), `${lines[9]}${lines[10]} ${lines[13]}`, lines[11], lines[12], ...lines.slice(14)].join('\n');
  const { tree } = parseReport(new TextEncoder().encode(glued), 'glued.txt', 'glued');
  expect(tree.root.children.filter((n) => n.type === 'front').map((n) => [n.role, n.text])).toEqual([
    ['title', '2026年山东省政府工作报告'],
    ['dateline', '——2026年1月27日在山东省第十四届人民代表大会第四次会议上'],
    ['speaker', '山东省省长周乃翔'],
    ['source-line', '来源：大众日报'],
    ['source-line', '时间：2026-02-01'],
    ['salutation', '各位代表：'],
  ]);
  expect(clauses(tree).map((c) => [c.id, c.text])).toEqual(clauses(parseSource('shandong-2026')).map((c) => [c.id, c.text]));
});

test('without a salutation, a toolbar above the title is still front matter, and the title stays whole', () => {
  const page = ['下载', '打印', '全屏', '【字号：', '加大', '还原', '减小', '】', ...new TextDecoder().decode(sourceBytes('shandong-2024')).split('\n')].join('\n');
  const { tree } = parseReport(new TextEncoder().encode(page), 'toolbar.txt', 'toolbar');
  expect(tree.root.children.filter((n) => n.type === 'front').map((n) => [n.role, n.text])).toEqual([['title', '2024年山东省政府工作报告']]);
  expect(tree.removals.filter((r) => r.line <= 8).map((r) => r.text)).toEqual(['下载', '打印', '全屏', '【字号：', '加大', '还原', '减小', '】']);
  expect(clauses(tree).map((c) => [c.id, c.text])).toEqual(clauses(parseSource('shandong-2024')).map((c) => [c.id, c.text]));
});
