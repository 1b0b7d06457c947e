/**
 * The target explorer, indicator charts and figures in the reading view, in Chromium against
 * the BUILT site. Expected rows are computed from /data/targets.json (the published records),
 * while the explorer reads its sharded files (/data/explorer/), so the two must agree; the four
 * GDP headline targets the brief names are checked by value.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Indicator, Target } from '../../src/schemas/target.ts';
import { axeOn, useBrowser, watchPage } from '../support/browser.ts';
import { DIST } from '../support/site.ts';

const records: Target[] = JSON.parse(readFileSync(join(DIST, 'data/targets.json'), 'utf8'));
const indicators: Indicator[] = JSON.parse(readFileSync(join(DIST, 'data/indicators.json'), 'utf8'));

const web = useBrowser({ acceptDownloads: true });
const PAGE = 50;
const csvLines = readFileSync(join(DIST, 'data/targets.csv'), 'utf8').split('\r\n');
/** The lines of /data/targets.csv, by record id (the first column). */
const csvById = new Map(csvLines.slice(1, -1).map((line) => [line.split(',')[0]!, line]));

async function openExplorer(page: Page, query = '') {
  await page.goto(`${web.site.url}/targets/${query}`);
  await page.waitForSelector('form#filters[data-ready]');
}
const rowIds = (page: Page) => page.$$eval('table.targets tbody tr', (rows) => rows.map((r) => r.id));
const countText = (page: Page) => page.locator('#match-count').textContent();

async function downloadCsv(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  return readFileSync((await download.path())!, 'utf8');
}

describe('explorer /targets/', () => {
  let page: Page;
  let problems: string[];
  beforeAll(async () => {
    page = await web.context.newPage();
    ({ problems } = watchPage(page));
  });
  afterAll(async () => page?.close());

  test('without JavaScript the page lists headline targets, not every record, and links the full data', async () => {
    const html = readFileSync(join(DIST, 'targets/index.html'), 'utf8');
    const rows = html.match(/<tr id=/g) ?? [];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(PAGE);
    const headline = records.filter((r) => r.headline).slice(0, PAGE);
    for (const r of headline) expect(html).toContain(`id="${r.id}"`);
    for (const file of ['/data/targets.csv', '/data/targets.json', '/data/targets.parquet']) expect(html).toContain(`href="${file}"`);
  });

  test('without a filter it pages through every record in the site order', async () => {
    await openExplorer(page);
    expect(await rowIds(page)).toEqual(records.slice(0, PAGE).map((r) => r.id));
    await expect.poll(() => countText(page)).toContain(String(records.length));
    await page.click('#next');
    await expect.poll(() => rowIds(page)).toEqual(records.slice(PAGE, 2 * PAGE).map((r) => r.id));
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');
    await page.click('#prev');
    await expect.poll(() => rowIds(page)).toEqual(records.slice(0, PAGE).map((r) => r.id));
  });

  test('picking an indicator shows exactly its records, and the URL reproduces the view', async () => {
    await page.selectOption('select[name=indicator]', 'gdp');
    const expected = records.filter((r) => r.indicator === 'gdp').map((r) => r.id);
    expect(expected.length).toBeGreaterThan(PAGE);
    await expect.poll(() => rowIds(page)).toEqual(expected.slice(0, PAGE));
    expect(new URL(page.url()).searchParams.get('indicator')).toBe('gdp');
    await expect.poll(() => countText(page)).toContain(`${expected.length} 条`);

    const copy = await web.context.newPage();
    try {
      await openExplorer(copy, new URL(page.url()).search);
      expect(await rowIds(copy)).toEqual(expected.slice(0, PAGE));
      expect(await copy.inputValue('select[name=indicator]')).toBe('gdp');
    } finally {
      await copy.close();
    }

    // The brief's researcher: Shandong 5%以上, Jinan 5.5%以上, Licheng 6%, Shizhong 5%左右 — each
    // jurisdiction's GDP growth targets, one filter away.
    const headlineOf = async (place: string) => {
      await openExplorer(page, `?indicator=gdp&headline=1&measure=growth&jurisdiction=${encodeURIComponent(place)}`);
      return page.$$eval('table.targets tbody tr.headline', (rows) => (rows as HTMLTableRowElement[]).map((r) => [r.cells[1]!.textContent, r.cells[4]!.textContent!.trim()]));
    };
    expect(await headlineOf('山东省')).toContainEqual(['2024', '≥ 5%']);
    expect(await headlineOf('济南市')).toContainEqual(['2024', '≥ 5.5%']);
    expect(await headlineOf('历城区')).toContainEqual(['2023', '6%']);
    expect(await headlineOf('市中区')).toContainEqual(['2026', '≈ 5%']);
  });

  test('filters combine: jurisdiction, level, year, kind and measure', async () => {
    await openExplorer(page, '?jurisdiction=%E6%B5%8E%E5%8D%97%E5%B8%82&kind=target&measure=flow');
    const expected = records.filter((r) => r.jurisdiction === '济南市' && r.kind === 'target' && r.measure === 'flow');
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => rowIds(page)).toEqual(expected.slice(0, PAGE).map((r) => r.id));
    await expect.poll(() => countText(page)).toContain(`筛选出 ${expected.length} 条`);

    await openExplorer(page, '?level=county&period=2026');
    const county = records.filter((r) => r.level === 'county' && r.period === '2026');
    expect(county.length).toBeGreaterThan(0);
    await expect.poll(() => rowIds(page)).toEqual(county.slice(0, PAGE).map((r) => r.id));
  });

  test('sorting by value orders the filtered rows, records without a number last', async () => {
    await openExplorer(page, '?indicator=gdp');
    await page.selectOption('select[name=sort]', '-value');
    const gdp = records.filter((r) => r.indicator === 'gdp');
    const expected = [...gdp].sort((a, b) => (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || (a.value !== null && b.value !== null ? b.value - a.value : 0) || records.indexOf(a) - records.indexOf(b));
    await expect.poll(() => rowIds(page)).toEqual(expected.slice(0, PAGE).map((r) => r.id));
    expect(new URL(page.url()).searchParams.get('sort')).toBe('-value');
  });

  test('a keyword searches labels and sentences; an English alias finds the indicator', async () => {
    await openExplorer(page);
    await page.fill('#filters input[name=q]', '地区生产总值');
    // The keyword is looked for in the label, the sentence, the figure and the names of the record's indicator.
    const namesOf = new Map(indicators.map((i) => [i.id, [i.name, ...i.aliases, i.nameEn, ...i.abbreviations].join(' ')]));
    const byWord = records.filter((r) => `${r.label}${r.text}${r.figure ?? ''} ${r.indicator ? namesOf.get(r.indicator) : ''}`.includes('地区生产总值'));
    await expect.poll(() => rowIds(page)).toEqual(byWord.slice(0, PAGE).map((r) => r.id));
    await expect.poll(() => countText(page)).toContain(`筛选出 ${byWord.length} 条`);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('地区生产总值');

    await page.fill('#filters input[name=q]', 'GDP');
    await page.check('input[name=headline]');
    // Indicators whose names, aliases or English forms say GDP: GDP itself, GDP per capita, shares of GDP …
    const sayGdp = new Set(indicators.filter((i) => /GDP/i.test([i.name, ...i.aliases, i.nameEn, ...i.abbreviations].join(' '))).map((i) => i.id));
    const gdpHeadline = records.filter((r) => r.headline && ((r.indicator && sayGdp.has(r.indicator)) || /GDP/i.test(`${r.label}${r.text}`)));
    await expect.poll(() => rowIds(page)).toEqual(gdpHeadline.slice(0, PAGE).map((r) => r.id));
    const gdpRows = await page.$$eval('table.targets tbody tr.headline', (rows) => (rows as HTMLTableRowElement[]).map((r) => r.cells[3]!.textContent));
    expect(gdpRows.filter((label) => /^(?:地区|国内)生产总值/.test(label ?? '')).length).toBeGreaterThan(4);
  });

  test('the filtered rows download as CSV: every matching row of /data/targets.csv, the same bytes, header and BOM', async () => {
    await openExplorer(page, '?indicator=gdp&jurisdiction=%E6%B5%8E%E5%8D%97%E5%B8%82&sort=-value');
    const shown = await rowIds(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(PAGE);
    const csv = await downloadCsv(page);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(csvLines[0]);
    expect(lines.slice(1, -1)).toEqual(shown.map((id) => csvById.get(id)));

    // More rows than a page: the download has all of them, not just the page shown.
    await openExplorer(page, '?kind=outcome');
    const outcomes = records.filter((r) => r.kind === 'outcome');
    expect(outcomes.length).toBeGreaterThan(PAGE);
    const all = (await downloadCsv(page)).split('\r\n').slice(1, -1);
    expect(all).toEqual(outcomes.map((r) => csvById.get(r.id)));
  });

  test('a row is one click from its clause', async () => {
    await openExplorer(page);
    const first = records.find((r) => r.indicator === 'gdp' && r.report === 'jinan-2024' && r.headline)!;
    await page.selectOption('select[name=jurisdiction]', '济南市');
    await page.selectOption('select[name=indicator]', 'gdp');
    await page.locator(`tr[id="${first.id}"] td:last-child a`).click();
    await page.waitForURL(`**${first.url}`);
    expect(await page.evaluate((id) => document.getElementById(id)?.matches(':target'), first.clause)).toBe(true);
  });

  test('a figure\'s link /targets/#<record> opens the page that holds the record', async () => {
    const record = records.at(-5)!; // in the last report: found through its report's jurisdiction
    await page.goto(`${web.site.url}/targets/#${encodeURIComponent(record.id)}`);
    await page.waitForSelector('form#filters[data-ready]');
    expect(await page.evaluate((id) => !!document.getElementById(id), record.id)).toBe(true);

    // With its jurisdiction in the URL only that jurisdiction's shards are read, at any corpus size.
    const last = records.filter((r) => r.jurisdiction === record.jurisdiction).at(-1)!;
    await page.goto(`${web.site.url}/targets/?jurisdiction=${encodeURIComponent(last.jurisdiction)}#${encodeURIComponent(last.id)}`);
    await page.waitForSelector('form#filters[data-ready]');
    expect(await page.evaluate((id) => !!document.getElementById(id), last.id)).toBe(true);
  });

  test('no errors on the way', () => expect(problems).toEqual([]));
});

describe('indicator page /indicators/gdp/', () => {
  test('draws a non-blank chart whose table matches the published records', async () => {
    const page = await web.context.newPage();
    const { problems } = watchPage(page);
    try {
      await page.goto(`${web.site.url}/indicators/gdp/`);
      await page.waitForSelector('canvas[data-drawn]');
      const canvas = page.locator('canvas').first();
      expect(await canvas.getAttribute('role')).toBe('img');
      expect(await canvas.getAttribute('aria-label')).toContain('地区生产总值');
      const inked = await canvas.evaluate((c: HTMLCanvasElement) => {
        const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
        return n / (c.width * c.height);
      });
      expect(inked, 'share of painted pixels').toBeGreaterThan(0.02);

      const gdp = records.filter((r) => r.indicator === 'gdp' && r.value !== null);
      // The record tables beside the charts (not the comparison or results tables above them).
      const shown = await page.$$eval('.indicator-series table.targets tbody tr', (rows) => rows.map((r) => r.querySelector('td:last-child a')!.getAttribute('href')));
      expect(shown.sort()).toEqual(gdp.map((r) => r.url).sort());
      const values = await page.$$eval('.indicator-series table.targets tbody tr td.num', (cells) => cells.map((c) => c.textContent!.trim()));
      expect(values).toContain('≥ 5.5%');
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('figures in the reading view', () => {
  test('the report opens with its headline targets, each linking to its clause', async () => {
    const page = await web.context.newPage();
    try {
      await page.goto(`${web.site.url}/reports/jinan-2024/`);
      const items = await page.$$eval('.headline-panel li > a', (as) => as.map((a) => [a.getAttribute('href'), a.textContent!.replace(/\s+/g, '')]));
      const expected = records.filter((r) => r.report === 'jinan-2024' && r.headline);
      expect(items.length).toBe(expected.length);
      expect(items[0]).toEqual([`#${expected[0]!.clause}`, '地区生产总值增长≥5.5%']);
    } finally {
      await page.close();
    }
  });

  test('focusing a marked figure shows its record', async () => {
    const page = await web.context.newPage();
    try {
      await page.goto(`${web.site.url}/reports/jinan-2024/`);
      const record = records.find((r) => r.report === 'jinan-2024' && r.indicator === 'gdp' && r.headline)!;
      const figure = page.locator(`a.figure[href="/targets/#${record.id}"]`);
      expect(await figure.textContent()).toBe(record.figure);
      const tip = page.locator(`#${await figure.getAttribute('aria-describedby')}`);
      expect(await tip.isVisible()).toBe(false);
      await figure.focus();
      expect(await tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toContain('地区生产总值');
      expect(await tip.textContent()).toContain('≥ 5.5%');
    } finally {
      await page.close();
    }
  });
});

describe('accessibility (axe-core)', () => {
  const pages = ['/targets/', '/targets/?indicator=gdp', '/targets/?kind=outcome&page=2', '/indicators/', '/indicators/gdp/'];
  test.each(pages.flatMap((path) => (['light', 'dark'] as const).map((scheme) => ({ path, scheme }))))('$path ($scheme): no violations', async ({ path, scheme }) => {
    const prepare = path.startsWith('/targets/') ? (page: Page) => page.waitForSelector('form#filters[data-ready]') : undefined;
    const { ids, report } = await axeOn(web, path, { scheme, prepare });
    expect(ids, report).toEqual([]);
  });
});
