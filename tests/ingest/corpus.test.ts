/**
 * The development corpus (../shared/corpus/: national reports from an online library, provincial
 * reports as clean text and as copies of government web pages with their chrome) as it stands
 * in content/sources/: byte for byte, nothing lost, no page chrome in any clause, the real title
 * and the speaker the text names.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readMetadata } from '../../scripts/lib/read-yaml.ts';
import { clauses, parseSource, SOURCES, sourceBytes, walk } from './_seeds.ts';

// ../shared from the main checkout; a helper's worktree sits one level deeper.
const CORPUS = ['../shared/corpus', '../../shared/corpus'].map((p) => resolve(p)).find((p) => existsSync(p))!;
const corpus = readdirSync(CORPUS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(CORPUS, d.name)).filter((f) => f.endsWith('.txt')).map((f) => join(CORPUS, d.name, f)))
  .sort();
const idOf = (path: string) => path.split('/').pop()!.replace(/\.txt$/, '');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const noSpace = (s: string) => s.replace(/\s/gu, '');
const meta = (id: string) => readMetadata(readFileSync(join(SOURCES, `${id}.yaml`), 'utf8'), `${id}.yaml`);

/** What web pages and online libraries put around a report: none of it may be a clause or heading. */
const CHROME = /^(?:下载|打印|全屏|收藏|加大|还原|减小|大|中|小|】|【|false|Public domain)$|^(?:分享\s*[:：]|【字[号体]|来源\s*[:：]|时间\s*[:：]|发表时间|阅读量|责任编辑|相关(?:报道|链接|附件)|扫一扫|首页|当前位置|您的位置|打印本页|关闭窗口)|Public domain|本作品是|维基文库/;

test('the corpus is all there: every corpus file is in content/sources/ byte for byte, with its sha256 in the metadata', () => {
  expect(corpus.length).toBeGreaterThanOrEqual(57);
  for (const path of corpus) {
    const id = idOf(path);
    const here = join(SOURCES, `${id}.txt`);
    expect(existsSync(here), `${id} is not in content/sources/: npm run add -- ${path}`).toBe(true);
    const bytes = readFileSync(path);
    expect(sha256(sourceBytes(id)), id).toBe(sha256(bytes));
    expect(meta(id).sha256, id).toBe(sha256(bytes));
  }
});

describe.each(corpus.map(idOf))('%s', (id) => {
  const tree = parseSource(id);
  const m = meta(id);

  test('keeps every character in a node or a recorded removal', () => {
    const lines = new TextDecoder().decode(sourceBytes(id)).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
    for (const r of tree.removals.filter((r) => r.reason !== 'byte-order-mark').sort((a, b) => b.line - a.line || b.column - a.column)) {
      const line = lines[r.line - 1]!;
      expect(line.slice(r.column - 1, r.column - 1 + r.text.length), `removal at ${r.line}:${r.column}`).toBe(r.text);
      lines[r.line - 1] = line.slice(0, r.column - 1) + line.slice(r.column - 1 + r.text.length);
    }
    expect(noSpace(walk(tree).map((n) => n.text).join(''))).toBe(noSpace(lines.join('\n')));
  });

  test('has no page chrome or library notice in any clause or heading', () => {
    const body = walk(tree).filter((n) => n.type !== 'front' && n.type !== 'back');
    expect(body.filter((n) => CHROME.test(n.text)).map((n) => `${n.line}: ${n.text.slice(0, 40)}`)).toEqual([]);
    expect(clauses(tree).length).toBeGreaterThan(20);
  });

  test('has the real title, and the speaker the text names', () => {
    expect(m.title).toMatch(/政府工作报告/);
    const titles = tree.root.children.filter((n) => n.type === 'front' && n.role === 'title');
    for (const t of titles) expect(t.text).toMatch(/工作报告$/);
    const speaker = tree.root.children.find((n) => n.type === 'front' && n.role === 'speaker');
    if (speaker) {
      expect(m.speaker, `the text names ${speaker.text}`).not.toBeNull();
      expect(noSpace(speaker.text)).toContain(m.speaker);
    }
    const dateline = tree.root.children.find((n) => n.type === 'front' && n.role === 'dateline');
    if (!speaker && !dateline) expect(m.speaker).toBeNull();
    if (!dateline) expect(m.dates.delivered).toBeNull();
  });
});
