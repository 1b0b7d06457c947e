/**
 * The English edition over the BUILT site: every page type has an /en/ twin whose interface is
 * English; Chinese appears only where it is data (report text, labels as published, names) and
 * is marked lang="zh-CN" there, so screen readers and translators know; hreflang pairs the twins.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { builtPages, DIST } from '../support/site.ts';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u201c\u201d]/;
const pages = builtPages().map((p) => relative(DIST, p)).filter((p) => p.startsWith('en/'));
const load = (page: string) => parseHTML(readFileSync(join(DIST, page), 'utf8')).document;

/**
 * Chinese the English pages show on purpose, outside lang="zh-CN" elements: the APA and Chicago
 * citations, which must quote the original title beside its translation (APA 7 §9.38).
 */
const QUOTES_CHINESE_TITLE = ['#cite-apa', '#cite-chicago'];

/** Text a reader of the English page sees or hears outside Chinese-marked data. */
function englishSurface(document: Document): string[] {
  const found: string[] = [];
  for (const el of [...document.querySelectorAll(QUOTES_CHINESE_TITLE.join(', '))]) el.remove();
  for (const el of [...document.querySelectorAll('[lang]')]) {
    if (/^zh/.test(el.getAttribute('lang')!) && el !== document.documentElement) el.remove();
  }
  for (const el of [...document.querySelectorAll('script, style, noscript, template')]) el.remove();
  const walk = (node: Node) => {
    if (node.nodeType === 3 && CJK.test(node.textContent ?? '')) found.push((node.textContent ?? '').trim().slice(0, 40));
    node.childNodes.forEach(walk);
  };
  walk(document.documentElement);
  for (const el of [...document.querySelectorAll('[title], [aria-label], [placeholder], [alt], meta[content]')]) {
    for (const attr of ['title', 'aria-label', 'placeholder', 'alt', 'content']) {
      const value = el.getAttribute(attr);
      if (value && CJK.test(value)) found.push(`@${attr}=${value.slice(0, 40)}`);
    }
  }
  return found;
}

describe('every page type has an English twin', () => {
  test.each([
    'en/index.html', 'en/reports/jinan-2024/index.html', 'en/reports/jinan-2024/source/index.html', 'en/targets/index.html',
    'en/indicators/index.html', 'en/indicators/gdp/index.html', 'en/jurisdictions/index.html', 'en/jurisdictions/jinan/index.html',
    'en/topics/index.html', 'en/topics/yellow-river/index.html', 'en/plans/jinan-14th-fyp-proposal/index.html', 'en/search/index.html',
  ])('%s', (page) => {
    expect(pages).toContain(page);
    const document = load(page);
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    const zh = page.replace(/^en\//, '');
    const alternates = Object.fromEntries([...document.querySelectorAll('link[rel=alternate][hreflang]')].map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]));
    expect(alternates).toEqual({ 'zh-CN': `/${zh.replace(/index\.html$/, '')}`, en: `/${page.replace(/index\.html$/, '')}`, 'x-default': `/${zh.replace(/index\.html$/, '')}` });
    expect(load(zh).querySelector('[data-lang-switch]')?.getAttribute('href')).toBe(`/${page.replace(/index\.html$/, '')}`);
  });
});

test.each(pages)('%s: no Chinese outside text marked lang="zh-CN"', (page) => {
  expect(englishSurface(load(page))).toEqual([]);
});
