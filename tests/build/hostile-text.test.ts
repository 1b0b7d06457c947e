import { beforeAll, expect, test } from 'vitest';
import { buildReportSite } from '../support/throwaway-site.ts';

// Text that MDX, HTML or a YAML front matter would read as syntax if it were not escaped.
const HOSTILE = [
  '<script>alert("x")</script>',
  '{1+1}',
  "import x from 'y'",
  'export const a = 1',
  '---',
  // (A space between Chinese and Latin is PDF layout and goes; between two Latin characters it stays.)
  '<!--注释-->',
  '<!-- note -->',
  '</Clause>',
  '{/* c */}',
  '&amp;',
  '**不是粗体',
];
const REPORT = [
  '# 恶意文本<b>测试</b>报告',
  '',
  '一、第一部分{title}',
  '',
  `（一）第一节。${HOSTILE[0]}里有标签。`,
  '',
  ...HOSTILE.slice(1).map((h) => `${h}`),
  '',
  '二、第二部分',
  '',
  '${template} 和 `反引号` 以及 \\n 转义。',
].join('\n');

let html = '';

beforeAll(() => {
  html = buildReportSite('hostile', REPORT, { title: '"恶意文本 <script>{x}</script> 报告"' });
}, 180_000);

const decode = (s: string) => s
  .replace(/<[^>]*>/g, '')
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'")
  .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
  .replace(/&amp;/g, '&');

test('hostile text appears literally in the built HTML and never as markup or code', () => {
  const text = decode(html);
  for (const snippet of [...HOSTILE, '第一部分{title}', '${template}', '\\n转义', '恶意文本 <script>{x}</script> 报告']) {
    expect(text, snippet).toContain(snippet);
  }
  expect(html).not.toContain('<script>alert');
  expect(html).not.toMatch(/<b>测试<\/b>/);
  expect(html).not.toContain('<!--注释');
  expect(html).not.toContain('<!-- note');
  // {1+1} evaluated would print 2 where the braces were.
  expect(text).not.toMatch(/^2$/m);
});
