/**
 * Citing a clause with the keyboard only, in Chromium against the BUILT site, and axe on the
 * pages that tie the reports together (jurisdictions, topics, provenance, plan and results).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { gbt7714, bibtex } from '../../src/lib/cite.ts';
import { axeOn, useBrowser, watchPage } from '../support/browser.ts';

const web = useBrowser();

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const JINAN = { id: 'jinan-2024', title: '济南市2024年政府工作报告', author: '济南市人民政府', year: '2024', date: null, genre: '政府工作报告', titleEn: 'Jinan Government Work Report 2024', authorEn: "People's Government of Jinan" };

describe('cite a clause, keyboard only', () => {
  test('Tab to a clause’s 引用, Enter opens the popover, Tab to GB/T 7714 复制, Enter copies it', async () => {
    const page = await web.context.newPage();
    const { problems } = watchPage(page);
    try {
      await page.goto(`${web.site.url}/reports/jinan-2024/#p2-s1-2`);
      // Start from the clause's own reference link, as a reader tabbing through the text would.
      await page.focus('#p2-s1-2 .clause-ref');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('引用 二（一）2');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#cite-panel:popover-open');
      expect(await page.textContent('#cite-title')).toBe('引用 二（一）2');
      // Focus is in the panel; Tab along its copy buttons to the GB/T 7714 one.
      for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) !== '复制GB/T 7714-2015'; i++) {
        await page.keyboard.press('Tab');
      }
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('复制GB/T 7714-2015');
      await page.evaluate(() => navigator.clipboard.writeText('(empty)'));
      await page.keyboard.press('Enter');
      const expected = gbt7714({ origin: web.site.url, report: JINAN, clause: { id: 'p2-s1-2', label: '二（一）2' }, accessed: today() });
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
      expect(expected).toContain('济南市人民政府. 济南市2024年政府工作报告[R/OL]. 2024: 二（一）2[');
      await expect.poll(() => page.textContent('#copy-status')).toContain('已复制GB/T 7714-2015');
      // The other formats are filled for the same clause.
      expect(await page.textContent('#cite-bibtex')).toBe(bibtex({ origin: web.site.url, report: JINAN, clause: { id: 'p2-s1-2', label: '二（一）2' }, accessed: today() }));
      // Escape closes it.
      await page.keyboard.press('Escape');
      expect(await page.locator('#cite-panel:popover-open').count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('the report’s own 引用本报告 cites the whole report', async () => {
    const page = await web.context.newPage();
    try {
      await page.goto(`${web.site.url}/reports/jinan-2024/`);
      await page.click('.cite-report');
      await page.waitForSelector('#cite-panel:popover-open');
      expect(await page.textContent('#cite-gbt7714')).toBe(gbt7714({ origin: web.site.url, report: JINAN, clause: null, accessed: today() }));
    } finally {
      await page.close();
    }
  });

  test('the provenance page offers the untouched source, byte for byte', async () => {
    const page = await web.context.newPage();
    try {
      await page.goto(`${web.site.url}/reports/licheng-2023/source/`);
      const href = await page.getAttribute('a[download]', 'href');
      expect(href).toBe('/sources/licheng-2023.txt');
      const body = await (await page.request.get(web.site.url + href)).body();
      const { readFileSync } = await import('node:fs');
      expect(body.equals(readFileSync('content/sources/licheng-2023.txt'))).toBe(true);
      expect(await page.locator('table.removals tbody tr').count()).toBe(1);
      expect(await page.textContent('table.removals tbody')).toContain('—15—');
    } finally {
      await page.close();
    }
  });
});

describe('accessibility (axe-core)', () => {
  const pages = ['/jurisdictions/', '/jurisdictions/jinan/', '/topics/', '/topics/starting-zone/', '/reports/shandong-2024/source/', '/plans/jinan-14th-fyp-proposal/'];
  test.each(pages.flatMap((path) => (['light', 'dark'] as const).map((scheme) => ({ path, scheme }))))('$path ($scheme): no violations', async ({ path, scheme }) => {
    const { ids, report } = await axeOn(web, path, { scheme });
    expect(ids, report).toEqual([]);
  });

  test('a report page with the cite popover open: no violations', async () => {
    const { ids, report } = await axeOn(web, '/reports/jinan-2024/', {
      prepare: async (page) => {
        await page.click('#p2-s1-2 .cite-btn');
        await page.waitForSelector('#cite-panel:popover-open');
      },
    });
    expect(ids, report).toEqual([]);
  });
});
