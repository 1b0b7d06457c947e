/**
 * Inputs that break parsers and static sites, through the real ingest and the real Astro build
 * into a throwaway site. Each either builds with every character preserved and rendered as
 * text, or fails with `path:line: message` before anything is written — never a stack trace,
 * never a half-written site.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ReportTree } from '../../src/schemas/report.ts';
import type { Target } from '../../src/schemas/target.ts';

const SENTENCE = '坚持稳中求进工作总基调，完成地区生产总值增长5%左右的目标，推进高质量发展。';
/** Reports that must build, by id. */
const GOOD: Record<string, string> = {
  // A whole report, about 1 MB, on one line.
  'one-line': `一、总体要求${SENTENCE.repeat(Math.ceil(1_000_000 / Buffer.byteLength(SENTENCE)))}`,
  // 10,000 tiny paragraphs.
  tiny: ['一、工作安排', ...Array.from({ length: 10_000 }, (_, i) => `第${i + 1}段。`)].join('\n'),
  // （三） before （二）, and （二） twice.
  disorder: '一、总体\n（一）甲事项。\n内容一。\n（三）丙事项。\n内容三。\n（二）乙事项。\n内容二。\n（二）乙事项重复。\n内容四。\n二、其他\n结尾段落。\n',
  // Traditional characters.
  traditional: '政府工作報告\n各位代表：\n一、過去一年工作回顧\n（一）經濟運行穩中向好。地區生產總值增長6%，一般公共預算收入增長5.5%。\n二、今年工作安排\n今年經濟社會發展的主要預期目標是：地區生產總值增長5%左右，城鎮新增就業1.5萬人以上。\n',
  // Full-width digits and signs.
  fullwidth: '一、２０２４年工作安排\n主要预期目标是：地区生产总值增长５．５％以上，固定资产投资增长６％－７％。\n（一）其他事项。２０２４年完成项目１２０个。\n',
  // HTML and MDX syntax in the text.
  // (It closes with a paragraph of running text: lines after a report's last paragraph are page furniture, removed as back matter.)
  markup: '一、<b>标题</b>{title}\n（一）<script>alert(1)</script>。\nimport x from "y"\nexport default 1\n{/* 注释 */} <!--x--> </Clause> &amp; ${a}\n以上内容逐字显示。\n',
  // Cut off mid-sentence.
  truncated: '一、工作回顾\n（一）经济发展。全年完成投资100亿元，新增就业2万人，推进重点项目建设，加快',
};

let work = '';
let ingestResult: ReturnType<typeof spawnSync>;
let trees: Record<string, ReportTree> = {};
let targets: Record<string, Target[]> = {};

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(args[0]!, args.slice(1), { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });

function writeReport(dir: string, id: string, bytes: Uint8Array | string, meta: (yaml: string) => string = (y) => y) {
  writeFileSync(join(dir, `${id}.txt`), bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  writeFileSync(join(dir, `${id}.yaml`), meta(readFileSync('content/sources/jinan-2024.yaml', 'utf8')
    .replace(/^title: .*$/m, `title: 恶意输入 ${id}`)
    .replace(/^shortTitle: .*$/m, `shortTitle: ${id}`)
    .replace(/^source: .*$/m, `source: ${id}.txt`)
    .replace(/^sha256: .*$/m, `sha256: ${sha256}`)));
}

/** Text of the built report page's body, tags stripped and entities decoded, whitespace removed. */
function pageText(id: string): string {
  const html = readFileSync(join(work, 'dist', 'reports', id, 'index.html'), 'utf8');
  const body = html.slice(html.indexOf('<article'), html.lastIndexOf('</article>'));
  return body
    .replace(/<a class="clause-ref"[^>]*>[^<]*<\/a>|<button[^>]*>[^<]*<\/button>|<span class="tip"[^>]*>[^<]*<\/span>|<details class="related"[\s\S]*?<\/details>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, '');
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'atlas-hostile-input-'));
  const sources = join(work, 'sources');
  mkdirSync(sources);
  for (const [id, text] of Object.entries(GOOD)) writeReport(sources, id, text);
  ingestResult = run([process.execPath, 'scripts/ingest.ts', '--sources', sources, '--out', join(work, 'generated')]);
  if (ingestResult.status !== 0) throw new Error(`ingest failed:\n${ingestResult.stderr}`);
  for (const id of Object.keys(GOOD)) {
    trees[id] = JSON.parse(readFileSync(join(work, 'generated', 'trees', `${id}.json`), 'utf8'));
    targets[id] = JSON.parse(readFileSync(join(work, 'generated', 'targets', `${id}.json`), 'utf8')).targets;
  }
  const build = run([process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--silent'], { ATLAS_CONTENT: join(work, 'generated'), ATLAS_OUT: join(work, 'dist') });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
}, 300_000);

describe('hostile reports build, every character kept and shown as text', () => {
  test.each(Object.keys(GOOD))('%s', (id) => {
    // Every non-whitespace character of the source is on the page, in order (nothing was removed from these).
    expect(trees[id]!.removals).toEqual([]);
    const source = GOOD[id]!.replace(/\s+/g, '');
    expect(pageText(id)).toBe(source);
  });

  test('1 MB on one line is one part and one clause', () => {
    const part = trees['one-line']!.root.children.find((n) => n.type === 'part')!;
    expect('children' in part && part.children.length).toBe(1);
  });

  test('10,000 tiny paragraphs are 10,000 clauses with 10,000 ids', () => {
    const html = readFileSync(join(work, 'dist', 'reports', 'tiny', 'index.html'), 'utf8');
    const ids = [...html.matchAll(/<div class="clause[^"]*" id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBe(10_000);
    expect(new Set(ids).size).toBe(10_000);
  });

  test('duplicate and out-of-order numbers build with warnings naming their lines, and unique ids', () => {
    expect(ingestResult.stderr).toMatch(/disorder\.txt:6: warning OUT_OF_ORDER_NUMBER/);
    expect(ingestResult.stderr).toMatch(/disorder\.txt:8: warning DUPLICATE_NUMBER/);
    const sections = trees.disorder!.root.children.flatMap((n) => ('children' in n ? n.children : [])).filter((n) => n.type === 'section').map((n) => n.id);
    expect(sections).toEqual(['p1-s1', 'p1-s3', 'p1-s2', 'p1-s2b']);
  });

  test('Traditional characters: the numbering and the targets read as in Simplified (units folded: 萬人 → 万人)', () => {
    expect(trees.traditional!.root.children.filter((n) => n.type === 'part').map((n) => n.id)).toEqual(['p1', 'p2']);
    expect(targets.traditional!.map((t) => [t.kind, t.value, t.unit])).toEqual([
      ['outcome', 6, '%'], ['outcome', 5.5, '%'], ['target', 5, '%'], ['target', 1.5, '万人'],
    ]);
  });

  test('full-width digits and signs read as their ASCII values; the text keeps them full-width', () => {
    expect(targets.fullwidth!.filter((t) => t.value !== null).map((t) => [t.value, t.valueMax, t.unit, t.comparator])).toEqual([
      [5.5, null, '%', 'gte'], [6, 7, '%', 'eq'], [120, null, '个', 'eq'],
    ]);
    expect(pageText('fullwidth')).toContain('５．５％以上');
  });

  test('markup in the text never becomes markup', () => {
    const html = readFileSync(join(work, 'dist', 'reports', 'markup', 'index.html'), 'utf8');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<b>标题</b>');
    expect(pageText('markup')).toContain('<script>alert(1)</script>');
  });

  test('a file cut off mid-sentence keeps its last words', () => {
    expect(pageText('truncated').endsWith('推进重点项目建设，加快')).toBe(true);
  });
});

describe('bad input stops before anything is written', () => {
  test('a half UTF-8, half GB18030 file, a wrong date and a missing title: path:line messages, no stack trace, the old output untouched', () => {
    const dir = join(work, 'bad');
    mkdirSync(dir);
    writeReport(dir, 'mixed', new Uint8Array(readFileSync('tests/fixtures/mixed-encoding.txt')));
    writeReport(dir, 'bad-date', GOOD.truncated!, (y) => y.replace('delivered: null', 'delivered: 2024-02-30'));
    writeReport(dir, 'no-title', GOOD.truncated!, (y) => y.replace(/^title: .*\n/m, ''));
    // A previous good output that must survive.
    const out = join(work, 'previous');
    cpSync(join(work, 'generated'), out, { recursive: true });
    const before = readdirSync(join(out, 'trees')).sort();
    const result = run([process.execPath, 'scripts/ingest.ts', '--sources', dir, '--out', out]);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/mixed\.txt:\d+: error MIXED_ENCODING /));
    expect(lines).toContainEqual(expect.stringMatching(/bad-date\.yaml:\d+: error INVALID_METADATA dates\.delivered: not a real calendar date/));
    expect(lines).toContainEqual(expect.stringMatching(/no-title\.yaml:\d+: error INVALID_METADATA title: required but missing/));
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(readdirSync(join(out, 'trees')).sort()).toEqual(before);
    expect(existsSync(join(out, 'trees', 'mixed.json'))).toBe(false);
  });
});
