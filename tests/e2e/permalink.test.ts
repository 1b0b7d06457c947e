/**
 * The permalink user path, against the BUILT site (dist/; `npm test` builds it first):
 * home page → a report → copy a clause's link → open it in a new page → the clause is on screen
 * and highlighted. Plus: axe finds nothing on the home page and the report pages (light and dark),
 * and report pages ship (almost) no JavaScript.
 *
 * DOM contract (src/components/): every clause is an element with id="<clauseId>" and
 * class="clause"; its reference is a.clause-ref with href="#<clauseId>"; clicking the reference
 * copies the absolute permalink and announces "已复制链接" in a live region.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeOn, useBrowser, watchPage } from '../support/browser.ts';
import { builtReports } from '../support/site.ts';

const REPORTS = builtReports(); // throws "run npm run build first" when dist/ is missing
const REPORT = REPORTS.includes('jinan-2024') ? 'jinan-2024' : REPORTS[0]!;
const COPIED = '已复制链接';
/** Budget for all JavaScript a report page loads (external files + inline scripts). */
const JS_BUDGET = 5 * 1024;


const web = useBrowser();


/** Wait until the page stops scrolling (smooth scrolling, late layout). */
async function settleScroll(page: Page) {
  let last = -1;
  for (let i = 0; i < 20; i++) {
    const y = await page.evaluate(() => window.scrollY);
    if (y === last) return;
    last = y;
    await page.waitForTimeout(100);
  }
}

test('the build has report pages', () => {
  expect(REPORTS.length, 'dist/reports/<id>/index.html').toBeGreaterThan(0);
});

describe('permalink: home → report → copy a clause link → open it', () => {
  let page: Page;
  let problems: string[] = [];
  let clauseId: string;
  let permalink: string;

  afterAll(async () => page?.close());

  test('the home page lists every report and a link leads to its page', async () => {
    page = await web.context.newPage();
    ({ problems } = watchPage(page));
    await page.goto(`${web.site.url}/`);
    const linked = await page.$$eval('a[href]', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname.match(/^\/reports\/([^/]+)\/$/)?.[1]).filter(Boolean),
    );
    expect(new Set(linked), 'reports the home page links to (…/reports/<id>/)').toEqual(new Set(REPORTS));

    await page.locator(`a[href$="/reports/${REPORT}/"]`).first().click();
    await page.waitForURL(`**/reports/${REPORT}/`);
    expect(await page.locator('h1').first().textContent()).toBeTruthy();
  });

  test('every clause follows the DOM contract', async () => {
    const report = await page.evaluate(() => {
      const clauses = [...document.querySelectorAll('.clause')];
      const wrong: string[] = [];
      const ids = new Set<string>();
      for (const c of clauses) {
        const id = c.id;
        if (!id) wrong.push(`.clause without id: ${c.outerHTML.slice(0, 120)}`);
        if (ids.has(id)) wrong.push(`duplicate id ${id}`);
        ids.add(id);
        // The clause's own reference (not one of a nested clause).
        const refs = [...c.querySelectorAll('a.clause-ref')].filter((a) => a.closest('.clause') === c);
        if (refs.length !== 1) wrong.push(`#${id}: ${refs.length} a.clause-ref (expected 1)`);
        else if (refs[0]!.getAttribute('href') !== `#${id}`) wrong.push(`#${id}: a.clause-ref href="${refs[0]!.getAttribute('href')}"`);
        else if (!refs[0]!.textContent?.trim() && !refs[0]!.getAttribute('aria-label')) wrong.push(`#${id}: a.clause-ref has no text`);
      }
      const strayRefs = [...document.querySelectorAll('a.clause-ref')].filter((a) => !a.closest('.clause')).length;
      if (strayRefs) wrong.push(`${strayRefs} a.clause-ref outside any .clause`);
      return { count: clauses.length, wrong };
    });
    expect(report.count, 'clauses on the page').toBeGreaterThan(10);
    expect(report.wrong, report.wrong.slice(0, 10).join('\n')).toEqual([]);
  });

  test('clicking a deep clause reference copies its absolute permalink and says so', async () => {
    const clauses = page.locator('.clause[id]');
    const count = await clauses.count();
    const deep = clauses.nth(Math.floor(count * 0.6));
    clauseId = (await deep.getAttribute('id'))!;
    // Deep enough that opening the link has to scroll.
    const top = await deep.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(top, `#${clauseId} is below the first screen`).toBeGreaterThan(2 * page.viewportSize()!.height);

    await page.evaluate(() => navigator.clipboard.writeText('(nothing copied)'));
    await deep.locator('a.clause-ref').first().click();

    // Wait for the (asynchronous) clipboard write, then read it back.
    await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t !== '(nothing copied)'), undefined, { timeout: 5_000 }).catch(() => {});
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied, 'clipboard').toMatch(/^https?:\/\//);
    permalink = copied;
    expect(permalink.endsWith(`/reports/${REPORT}/#${clauseId}`), `clipboard "${permalink}" ends with /reports/${REPORT}/#${clauseId}`).toBe(true);
    expect(new URL(permalink).origin, 'the copied link opens on the site being viewed').toBe(web.site.url);

    // The confirmation appears in a live region.
    await page.waitForFunction((text) => [...document.querySelectorAll('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"]')]
      .some((el) => el.textContent?.includes(text)), COPIED, { timeout: 5_000 })
      .catch(() => { throw new Error(`no live region ([aria-live], role=status/alert) says "${COPIED}" after the click`); });
  });

  test('the permalink opens in a new page scrolled to the clause, highlighted', async () => {
    expect(permalink, 'previous step produced a permalink').toBeTruthy();
    const fresh = await web.context.newPage();
    const watched = watchPage(fresh);
    try {
      await fresh.goto(permalink);
      await fresh.evaluate(() => document.fonts.ready);
      await settleScroll(fresh);

      const state = await fresh.evaluate((id) => {
        const el = document.getElementById(id)!;
        const r = el.getBoundingClientRect();
        // What a reader sees at the clause's first line: the clause itself, not a sticky header.
        const probe = document.elementFromPoint(r.left + Math.min(24, r.width / 2), r.top + Math.min(8, r.height / 2));
        const other = [...document.querySelectorAll('.clause[id]')].find((c) => c !== el && !c.contains(el) && !el.contains(c))!;
        const look = (e: Element) => {
          const s = getComputedStyle(e);
          return {
            backgroundColor: s.backgroundColor,
            backgroundImage: s.backgroundImage,
            boxShadow: s.boxShadow,
            outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
            borderLeft: `${s.borderLeftStyle} ${s.borderLeftWidth} ${s.borderLeftColor}`,
          };
        };
        return {
          scrollY: window.scrollY,
          rect: { top: r.top, bottom: r.bottom, left: r.left, right: r.right },
          viewport: { width: window.innerWidth, height: window.innerHeight },
          visibleAtTop: !!probe && el.contains(probe),
          probe: probe ? `${probe.tagName.toLowerCase()}${probe.id ? '#' + probe.id : ''}.${[...probe.classList].join('.')}` : null,
          isTarget: el.matches(':target'),
          target: look(el),
          other: look(other),
          otherId: other.id,
        };
      }, clauseId);

      // Soft: report every way the landing is wrong, not only the first.
      expect.soft(state.scrollY, 'the page scrolled').toBeGreaterThan(0);
      const { rect, viewport } = state;
      expect.soft(rect.top >= -1 && rect.top < viewport.height && rect.left >= 0 && rect.right <= viewport.width,
        `#${clauseId} box ${JSON.stringify(rect)} starts inside the ${viewport.width}×${viewport.height} window`).toBe(true);
      expect.soft(state.visibleAtTop, `the first line of #${clauseId} is covered by ${state.probe}`).toBe(true);
      expect.soft(state.isTarget, `#${clauseId} matches :target`).toBe(true);
      const differs = Object.keys(state.target).filter((k) => state.target[k as keyof typeof state.target] !== state.other[k as keyof typeof state.other]);
      expect.soft(differs.length, `#${clauseId} (target) looks like #${state.otherId} (not target): ${JSON.stringify(state.target)}`).toBeGreaterThan(0);
      // Specifically, the highlight is a background (the brief: "highlighted").
      expect.soft(state.target.backgroundColor, `background of the target vs #${state.otherId}`).not.toBe(state.other.backgroundColor);

      expect(watched.problems, watched.problems.join('\n')).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  test('no errors on the way', () => {
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('accessibility (axe-core)', () => {
  const pages = [
    { name: 'home page', path: '/' },
    ...REPORTS.map((id) => ({ name: `report ${id}`, path: `/reports/${id}/` })),
  ];
  const schemes = ['light', 'dark'] as const;

  test.each(pages.flatMap((p) => schemes.map((scheme) => ({ ...p, scheme }))))('$name ($scheme): no violations', async ({ path, scheme }) => {
    const { ids, report } = await axeOn(web, path, { scheme });
    expect(ids, `axe on ${path} (${scheme}):\n${report}`).toEqual([]);
  });

  test.each(schemes)('a highlighted (:target) clause (%s): no violations', async (scheme) => {
    const { ids, report } = await axeOn(web, `/reports/${REPORT}/`, {
      scheme,
      prepare: async (page) => {
        const clauses = await page.$$eval('.clause[id]', (els) => els.map((e) => e.id));
        await page.goto(`${web.site.url}/reports/${REPORT}/#${clauses[Math.floor(clauses.length / 2)]}`);
      },
    });
    expect(ids, report).toEqual([]);
  });
});

describe('report pages ship no JavaScript beyond the copy button', () => {
  test.each(REPORTS)(`%s: all scripts together are under ${JS_BUDGET} bytes`, async (id) => {
    const page = await web.context.newPage();
    const external: { url: string; bytes: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (res) => {
      const type = res.headers()['content-type'] ?? '';
      if (res.request().resourceType() === 'script' || /javascript|ecmascript|wasm/.test(type)) {
        pending.push(res.body().then((b) => { external.push({ url: new URL(res.url()).pathname, bytes: b.length }); }, () => {}));
      }
    });
    try {
      await page.goto(`${web.site.url}/reports/${id}/`, { waitUntil: 'networkidle' });
      await Promise.all(pending);
      const inline = await page.$$eval('script:not([src])', (scripts) => scripts
        .filter((s) => /^(|module|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript)$/i.test((s as HTMLScriptElement).type.trim()))
        .map((s) => new TextEncoder().encode(s.textContent ?? '').length));
      const scriptTags = await page.locator('script').count();
      const total = external.reduce((n, f) => n + f.bytes, 0) + inline.reduce((n, b) => n + b, 0);
      const detail = `${scriptTags} <script> element(s); files: ${JSON.stringify(external)}; inline: ${JSON.stringify(inline)} bytes`;
      expect(total, `${total} bytes of JavaScript on /reports/${id}/ — ${detail}`).toBeLessThan(JS_BUDGET);
    } finally {
      await page.close();
    }
  });
});
