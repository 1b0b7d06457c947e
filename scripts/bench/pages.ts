/**
 * What a reader's browser downloads, measured in Chromium against the built site: bytes of
 * HTML, CSS and JavaScript per page type (raw, and gzip as a server would send them), what one
 * search query fetches, and how long it takes to show its first result.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import { startSite } from '../../tests/support/site.ts';

export interface Bytes {
  raw: number;
  gzip: number;
}
export interface PageWeight {
  name: string;
  path: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  other: Bytes;
}
export interface QueryCost {
  query: string;
  requests: number;
  bytes: Bytes;
  firstResultMs: number;
}

const add = (a: Bytes, body: Buffer): Bytes => ({ raw: a.raw + body.length, gzip: a.gzip + gzip(body) });
/** Pagefind's index and wasm are already compressed; gzip would not shrink them. */
const gzip = (body: Buffer) => Math.min(body.length, gzipSync(body, { level: 9 }).length);
const zero = (): Bytes => ({ raw: 0, gzip: 0 });

async function weigh(browser: Browser, origin: string, name: string, path: string): Promise<PageWeight> {
  const page = await browser.newPage();
  const weight: PageWeight = { name, path, html: zero(), css: zero(), js: zero(), other: zero() };
  const pending: Promise<void>[] = [];
  page.on('response', (res) => {
    const type = res.request().resourceType();
    pending.push(res.body().then((body) => {
      const key = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' || /\.(m?js|pagefind)$/.test(res.url()) ? 'js' : 'other';
      weight[key] = add(weight[key], body);
    }, () => {}));
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  await Promise.all(pending);
  // Inline scripts count as JavaScript too.
  const inline = await page.$$eval('script:not([src]):not([type="application/json"])', (s) => s.map((x) => x.textContent ?? ''));
  for (const code of inline) weight.js = add(weight.js, Buffer.from(code));
  await page.close();
  return weight;
}

interface Traffic {
  requests: string[];
  sizes: Map<string, Buffer>;
  pending: Promise<void>[];
}

async function query(page: Page, traffic: Traffic, q: string): Promise<QueryCost> {
  const { requests, sizes, pending } = traffic;
  const from = requests.length;
  const started = performance.now();
  await page.fill('#q', q);
  await page.press('#q', 'Enter');
  await page.waitForSelector('.hit');
  const firstResultMs = performance.now() - started;
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  await Promise.all(pending);
  const fetched = requests.slice(from);
  let bytes = zero();
  for (const url of fetched) bytes = add(bytes, sizes.get(url) ?? Buffer.alloc(0));
  return { query: q, requests: fetched.length, bytes, firstResultMs };
}

export async function measurePages(types: Array<[string, string]>, queries: string[], root?: string) {
  const site = await startSite({ root });
  const browser = await launchBrowser();
  try {
    const pages: PageWeight[] = [];
    for (const [name, path] of types) pages.push(await weigh(browser, site.url, name, path));

    const page = await browser.newPage();
    const traffic: Traffic = { requests: [], sizes: new Map(), pending: [] };
    const { requests, sizes, pending } = traffic;
    page.on('response', (res) => {
      requests.push(res.url());
      pending.push(res.body().then((b) => void sizes.set(res.url(), b), () => {}));
    });
    await page.goto(`${site.url}/search/`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    // Engine, index entry and target records, fetched while the reader types.
    await Promise.all(pending);
    let engine = zero();
    for (const url of requests.filter((u) => /pagefind|targets-index/.test(u))) engine = add(engine, sizes.get(url) ?? Buffer.alloc(0));
    const costs: QueryCost[] = [];
    for (const q of queries) costs.push(await query(page, traffic, q));
    return { pages, engine, queries: costs };
  } finally {
    await browser.close();
    await site.close();
  }
}
