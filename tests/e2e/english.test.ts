/**
 * The English indicator page in Chromium against the BUILT site: /en/indicators/gdp/ has English
 * headings, the province comparison (chart drawn with English bar names and the nation's figure
 * as the reference, the tile map of 31 equal squares named in English, the comparison table),
 * links that stay in the English edition, and no axe violation in either colour scheme.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeOn, useBrowser, watchPage } from '../support/browser.ts';

const web = useBrowser();
const CJK = /[\u3400-\u9fff]/;
const provinces = (JSON.parse(readFileSync('tests/fixtures/gdp-pairs-2025.json', 'utf8')) as { targets2026: Array<{ jurisdiction: string }> }).targets2026;

describe('/en/indicators/gdp/', () => {
  let page: Page;
  let problems: string[];
  beforeAll(async () => {
    page = await web.context.newPage();
    ({ problems } = watchPage(page));
    await page.goto(`${web.site.url}/en/indicators/gdp/`);
  });
  afterAll(async () => page?.close());

  test('headings are English, the Chinese name is marked as Chinese', async () => {
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const h1 = page.locator('h1');
    expect(await h1.evaluate((el) => el.firstChild!.textContent!.trim())).toBe('Gross regional product');
    expect(await h1.locator('[lang="zh-CN"]').textContent()).toMatch(CJK);
    const h2 = await page.locator('h2').allTextContents();
    expect(h2[0]).toBe('Provinces compared: 2026');
    for (const heading of h2) expect(heading, heading).not.toMatch(CJK);
    expect(await page.locator('table.compare-table thead th').allTextContents()).toEqual(['Province', '2026 target', 'Against national', '2025 target', 'Change', 'Result of the 2025 target']);
  });

  test('the comparison chart is drawn with English bar names and the national reference', async () => {
    const canvas = page.locator('canvas[data-compare]');
    await expect.poll(() => canvas.getAttribute('data-drawn')).toBe('');
    const data = JSON.parse((await canvas.getAttribute('data-compare'))!) as { unit: string; bars: Array<{ label: string; text: string; url: string }>; reference: { label: string } | null };
    expect(data.bars.length).toBe(provinces.length);
    for (const bar of data.bars) {
      expect(bar.label).not.toMatch(CJK);
      expect(bar.text).not.toMatch(CJK);
      expect(bar.url).toMatch(/^\/en\/reports\//);
    }
    expect(data.bars.map((b) => b.label)).toContain('Shandong');
    expect(data.reference?.label).toMatch(/^National 20\d\d: (about )?\d/);
    expect(await canvas.getAttribute('aria-label')).not.toMatch(CJK);
  });

  test('the tile map: 31 equal squares named in English, each linking into the English edition', async () => {
    const tiles = await page.$$eval('.tile-map li.tile', (lis) => lis.map((li) => {
      const r = li.getBoundingClientRect();
      const a = li.querySelector('a')!;
      return { name: a.querySelector('.name')!.textContent!, href: a.getAttribute('href')!, title: a.getAttribute('title')!, w: r.width, h: r.height };
    }));
    expect(tiles).toHaveLength(31);
    for (const t of tiles) {
      expect(t.name).not.toMatch(CJK);
      expect(t.title).not.toMatch(CJK);
      expect(t.href).toMatch(/^\/en\//);
      expect(Math.abs(t.w - t.h), t.name).toBeLessThan(1);
    }
    expect(tiles.map((t) => t.name)).toEqual(expect.arrayContaining(['Shandong', 'Heilongjiang', 'Inner Mongolia', 'Xinjiang']));
    expect(await page.locator('.tile-map ul.legend').getAttribute('aria-label')).toBe('Legend');
  });

  test('the indicator charts are drawn, named in English', async () => {
    const charts = page.locator('canvas[data-series]');
    expect(await charts.count()).toBeGreaterThan(0);
    await expect.poll(() => charts.first().getAttribute('data-drawn')).toBe('');
    expect(await charts.first().getAttribute('aria-label')).toMatch(/^Gross regional product, [a-z ]+ \(/);
    expect(problems).toEqual([]);
  });
});

describe('axe on the English indicator and jurisdiction pages', () => {
  for (const path of ['/en/indicators/gdp/', '/en/indicators/gdp/2025/', '/en/jurisdictions/shandong/', '/en/jurisdictions/jinan/']) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${path} (${scheme})`, async () => {
        const { ids, report } = await axeOn(web, path, { scheme, prepare: (page) => page.waitForSelector('canvas[data-drawn], body') });
        expect(ids, report).toEqual([]);
      });
    }
  }
});

describe('a reader with no Chinese, from /en/', () => {
  test('finds Jinan’s 2024 GDP target, opens its sentence, compares it with Shandong’s and the nation’s, and copies an English citation', async () => {
    const page = await web.context.newPage();
    const { problems } = watchPage(page);
    try {
      await page.goto(`${web.site.url}/en/`);
      await page.click('a[href="/en/jurisdictions/jinan/"]');
      await page.waitForURL('**/en/jurisdictions/jinan/');
      // The cascade from the nation down, in English: 2024 — China about 5%, Shandong at least 5%, Jinan at least 5.5%.
      const cascade = (await page.locator('table', { hasText: 'Shandong' }).first().textContent())!.replace(/\s+/g, ' ');
      for (const text of ['China', 'Shandong', 'Jinan', 'about 5%', 'at least 5%', 'at least 5.5%']) expect(cascade).toContain(text);

      await page.click('a[href="/en/reports/jinan-2024/"]');
      await page.waitForURL('**/en/reports/jinan-2024/');
      const target = page.locator('.headline-panel li > a').first();
      expect((await target.textContent())!.replace(/\s+/g, ' ')).toContain('Gross regional product, growth rate');
      expect(await target.textContent()).toContain('at least 5.5%');
      const clause = (await target.getAttribute('href'))!.slice(1);
      await target.click();
      expect(await page.evaluate((id) => document.getElementById(id)?.matches(':target'), clause)).toBe(true);
      expect(await page.locator(`[id="${clause}"] p`).first().textContent()).toContain('5.5%以上');

      await page.evaluate(() => navigator.clipboard.writeText('(empty)'));
      await page.click(`[id="${clause}"] .cite-btn`);
      await page.waitForSelector('#cite-panel:popover-open');
      await page.click('[data-copy="cite-apa"]');
      const apa = await page.evaluate(() => navigator.clipboard.readText());
      expect(apa).toMatch(/^People's Government of Jinan\. \(2024\)\. 济南市2024年政府工作报告 \[Jinan Government Work Report 2024\] \(Part II, item \d+\)\. Policy Atlas\. http/);
      expect(apa).toContain(`/en/reports/jinan-2024/#${clause}`);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('English words find Chinese records and clauses; full-width and half-width figures are one query', async () => {
    const page = await web.context.newPage();
    try {
      const hitsFor = async (q: string) => {
        await page.goto(`${web.site.url}/en/search/?q=${encodeURIComponent(q)}`);
        await page.waitForFunction(() => /passages|Nothing found/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 15_000 });
        return page.$$eval('.hit a.hit-link', (as) => as.map((a) => a.getAttribute('href')!));
      };
      const unemployment = await hitsFor('unemployment');
      expect(unemployment.length).toBeGreaterThan(0);
      expect(await page.locator('#target-hits li').count()).toBeGreaterThan(0);
      expect((await hitsFor('Yellow River')).length).toBeGreaterThan(0);
      expect((await hitsFor('starting zone')).some((url) => url.startsWith('/en/reports/jinan'))).toBe(true);
      expect((await hitsFor('fiscal revenue')).length).toBeGreaterThan(0);
      expect(await hitsFor('５．５％')).toEqual(await hitsFor('5.5%'));
    } finally {
      await page.close();
    }
  });
});
