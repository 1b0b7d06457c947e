/**
 * Every internal link and #anchor in the BUILT site resolves: each href on every page points at
 * a file dist/ holds, and each #fragment at an element with that id on the page it names.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { builtPages, DIST } from '../support/site.ts';

const pages = builtPages();

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const urlOf = (file: string) => `/${relative(DIST, file).replace(/index\.html$/, '').replace(/\\/g, '/')}`;
const idCache = new Map<string, Set<string>>();
const idsOf = (file: string) => {
  let ids = idCache.get(file);
  if (!ids) idCache.set(file, (ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1]!)))));
  return ids;
};
/**
 * The explorer renders its rows from the shards (/data/explorer/), not into its HTML: a
 * /targets/#<id> link resolves when <id> is a published record (tests/e2e/targets.test.ts opens
 * such links in Chromium and finds the row).
 */
const recordIds = new Set((JSON.parse(readFileSync(join(DIST, 'data/targets.json'), 'utf8')) as Array<{ id: string }>).map((t) => t.id));
const resolves = (file: string, fragment: string) =>
  idsOf(file).has(fragment) || (/^\/(?:en\/)?targets\/$/.test(urlOf(file)) && recordIds.has(fragment));
const fileFor = (pathname: string): string | null => {
  const path = join(DIST, decodeURIComponent(pathname));
  if (pathname.endsWith('/')) return existsSync(join(path, 'index.html')) ? join(path, 'index.html') : null;
  return existsSync(path) && statSync(path).isFile() ? path : null;
};

test('the site has pages of every kind', () => {
  const urls = pages.map(urlOf);
  for (const expected of ['/', '/reports/jinan-2024/', '/reports/jinan-2024/source/', '/targets/', '/indicators/gdp/', '/search/', '/jurisdictions/jinan/', '/topics/starting-zone/', '/plans/jinan-14th-fyp-proposal/', '/404.html']) {
    expect(urls).toContain(expected);
  }
});

test('every internal link and #anchor resolves (zero broken)', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const base = new URL(urlOf(page), 'http://site.invalid');
    const html = readFileSync(page, 'utf8');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = decode(m[1]!);
      if (/^(?:mailto:|data:|javascript:)/.test(raw)) continue;
      const url = new URL(raw, base);
      if (url.origin !== base.origin) continue;
      checked++;
      const file = fileFor(url.pathname);
      if (!file) {
        broken.push(`${urlOf(page)} → ${raw} (no such page)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && file.endsWith('.html') && !resolves(file, fragment)) broken.push(`${urlOf(page)} → ${raw} (no id "${fragment}")`);
    }
  }
  expect(checked).toBeGreaterThan(5000);
  expect(broken.slice(0, 30), `${broken.length} broken link(s)`).toEqual([]);
});
