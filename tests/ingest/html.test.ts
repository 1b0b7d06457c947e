/**
 * Saved web pages: each seed's text inside a government portal's page (breadcrumbs, font-size
 * and share bars, 来源/时间 line, related articles, a footer with 主办单位 and ICP 备案). The
 * article must give the text version's clauses and headings; the chrome must be removals.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import type { ReportTree } from '../../src/schemas/report.ts';
import { parseHTML } from 'linkedom';
import { parseSourceFile } from '../../scripts/lib/parse-report.ts';
import { textLines } from '../../scripts/lib/stages/decode-html.ts';
import { governmentPage, paragraphsOf } from '../support/typeset.ts';
import { parseSource, seedIds, sourceBytes, SOURCES, walk } from './_seeds.ts';

vi.setConfig({ testTimeout: 60_000 });
const encode = (s: string) => new TextEncoder().encode(s);
const metaOf = (id: string) => parseYaml(readFileSync(join(SOURCES, `${id}.yaml`), 'utf8'));
/** Headings and clauses with their ids: the document without its front matter (a portal always adds a title). */
const body = (tree: ReportTree) => walk(tree).filter((n) => n.type !== 'front').map((n) => `${n.id} ${n.type} ${n.label} ${n.text}`);
const page = (id: string) => governmentPage(paragraphsOf(sourceBytes(id), `${id}.txt`), metaOf(id).title);

/** Chrome every page carries, and none of it may reach the report. */
const CHROME = ['首页 > 政务公开 > 政府工作报告', '【字号：大 中 小】', '分享到：', '来源：', '时间：2024-01-24', '相关报道：', '主办单位：', 'ICP备', '网站地图', '移动版'] as const;

describe.each(seedIds)('%s saved as a government web page', (id) => {
  test('gives the text version’s headings and clauses with their ids, under the page’s title; every piece of chrome is a recorded removal', async () => {
    const html = page(id);
    const { tree } = await parseSourceFile(encode(html), `${id}.html`, id);
    const text = parseSource(id);
    expect(body(tree)).toEqual(body(text));
    const title = tree.root.children.find((n) => n.type === 'front' && n.role === 'title');
    const textTitle = text.root.children.find((n) => n.type === 'front' && n.role === 'title');
    expect(title?.text).toBe(textTitle?.text ?? metaOf(id).title);
    const all = walk(tree).map((n) => n.text).join('\n');
    const removed = tree.removals.filter((r) => r.reason === 'web-chrome');
    for (const chrome of CHROME) {
      expect(all).not.toContain(chrome);
      expect(removed.some((r) => r.text.includes(chrome)), chrome).toBe(true);
    }
    // Each removal points at the HTML line it came from.
    const lines = html.split('\n');
    for (const r of removed) expect(lines[r.line - 1]!.slice(r.column - 1).startsWith(r.text.slice(0, 2)), r.text).toBe(true);
    // Nothing lost: every character the page shows is in the report or a removal.
    const count = (text: string) => {
      const m = new Map<string, number>();
      for (const ch of text.replace(/\s+/g, '')) m.set(ch, (m.get(ch) ?? 0) + 1);
      return [...m].sort();
    };
    const shown = textLines(parseHTML(html).document as unknown as Parameters<typeof textLines>[0]).join('');
    expect(count([...walk(tree).map((n) => n.text), ...tree.removals.map((r) => r.text)].join(''))).toEqual(count(shown));
    // Scripts and styles are code, not text: not in the report, not in the removals.
    expect(JSON.stringify(tree)).not.toContain('_hmt');
    expect(JSON.stringify(tree)).not.toContain('text-indent');
  });
});

describe.each(seedIds)('%s on an older portal page', (id) => {
  test('paragraphs as lines broken by <br> and indented with &nbsp; give the text version’s headings and clauses', async () => {
    const html = page(id).replace(/\s*<p style="text-indent: 2em;">([^<]*)<\/p>/g, '\n&nbsp;&nbsp;&nbsp;&nbsp;$1<br>');
    expect(html).not.toMatch(/<p style/);
    const { tree } = await parseSourceFile(encode(html), `${id}.html`, id);
    expect(body(tree)).toEqual(body(parseSource(id)));
  });
});

describe('a web page saved in GB2312', () => {
  test('is decoded by its declared charset and gives the same clauses', async () => {
    const id = 'jinan-2024';
    const html = page(id).replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">');
    const gbk = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: html });
    expect(gbk.equals(Buffer.from(html))).toBe(false);
    const { tree } = await parseSourceFile(new Uint8Array(gbk), `${id}.html`, id);
    expect(body(tree)).toEqual(body(parseSource(id)));
  });
});

describe('a web page whose report quotes markup', () => {
  test('HTML-looking text in the article stays text and never becomes markup', async () => {
    const paragraphs = paragraphsOf(sourceBytes('jinan-2024'), 'jinan-2024.txt');
    const index = paragraphs.findIndex((p) => p.text.startsWith('现在，我代表'));
    const literal = '网站页面中出现的<script>alert("x")</script>和<b>粗体</b>字样，均按原文保留&nbsp;。';
    paragraphs[index] = { text: `${paragraphs[index]!.text}${literal}`, title: false };
    const { tree } = await parseSourceFile(encode(governmentPage(paragraphs, '济南市2024年政府工作报告')), 'quoted.html', 'quoted');
    const clause = walk(tree).find((n) => n.id === 'p0-1')!;
    expect(clause.text.endsWith(literal)).toBe(true);
  });
});

describe('a web page with no article', () => {
  const dir = mkdtempSync(join(tmpdir(), 'no-article-'));
  test('is an error naming the file and line 1, and prints no tree', () => {
    const portal = governmentPage([{ text: '济南市人民政府', title: true }], '济南市人民政府')
      .replace(/<div class="article">[\s\S]*?<div class="related">/, '<div class="related">');
    const file = join(dir, 'portal.html');
    writeFileSync(file, portal);
    const run = spawnSync(process.execPath, ['scripts/ingest.ts', file, '--json'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/portal\.html:1: error HTML_NO_ARTICLE no article found/);
  });
});

describe('content/sources/<id>.html', () => {
  test('ingests beside text sources, and the untouched page travels with the output for download', () => {
    const dir = mkdtempSync(join(tmpdir(), 'html-sources-'));
    const sources = join(dir, 'sources');
    mkdirSync(sources);
    const id = 'licheng-2023';
    const bytes = encode(page(id));
    writeFileSync(join(sources, `${id}.html`), bytes);
    const meta = { ...metaOf(id), source: `${id}.html`, sha256: createHash('sha256').update(bytes).digest('hex') };
    writeFileSync(join(sources, `${id}.yaml`), stringify(meta));
    const out = join(dir, 'generated');
    const run = spawnSync(process.execPath, ['scripts/ingest.ts', '--sources', sources, '--out', out], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(join(out, 'sources', `${id}.html`))).toEqual(Buffer.from(bytes));
    const tree = JSON.parse(readFileSync(join(out, 'trees', `${id}.json`), 'utf8')) as ReportTree;
    expect(body(tree)).toEqual(body(parseSource(id)));
  });

  test('a broken one stops the build and nothing is written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'html-broken-'));
    const sources = join(dir, 'sources');
    mkdirSync(sources);
    const bytes = encode('<html><body><ul class="nav"><li>首页</li><li>政务公开</li></ul></body></html>');
    writeFileSync(join(sources, 'empty-page.html'), bytes);
    writeFileSync(join(sources, 'empty-page.yaml'), stringify({ ...metaOf('licheng-2023'), source: 'empty-page.html',
      sha256: createHash('sha256').update(bytes).digest('hex') }));
    const out = join(dir, 'generated');
    const run = spawnSync(process.execPath, ['scripts/ingest.ts', '--sources', sources, '--out', out], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/empty-page\.html:1: error HTML_NO_ARTICLE/);
    expect(existsSync(out)).toBe(false);
  });
});
