import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, expect, test } from 'vitest';

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
  const dir = mkdtempSync(join(tmpdir(), 'atlas-hostile-'));
  const sources = join(dir, 'sources');
  mkdirSync(sources);
  writeFileSync(join(sources, 'hostile.txt'), REPORT);
  const sha256 = createHash('sha256').update(REPORT).digest('hex');
  writeFileSync(join(sources, 'hostile.yaml'), readFileSync('content/sources/jinan-2024.yaml', 'utf8')
    .replace(/^title: .*$/m, 'title: "恶意文本 <script>{x}</script> 报告"')
    .replace(/^source: .*$/m, 'source: hostile.txt')
    .replace(/^sha256: .*$/m, `sha256: ${sha256}`));
  const run = (args: string[], env: Record<string, string> = {}) => {
    const result = spawnSync(args[0]!, args.slice(1), { encoding: 'utf8', env: { ...process.env, ...env } });
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  };
  run([process.execPath, 'scripts/ingest.ts', '--sources', sources, '--out', join(dir, 'generated'), '--quiet']);
  run([process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--silent'],
    { ATLAS_CONTENT: join(dir, 'generated'), ATLAS_OUT: join(dir, 'dist') });
  html = readFileSync(resolve(dir, 'dist/reports/hostile/index.html'), 'utf8');
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
