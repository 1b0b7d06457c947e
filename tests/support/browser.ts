/**
 * Debian's Chromium driven through playwright-core, and an axe-core runner.
 *
 * No browser is ever downloaded: the tests use /usr/bin/chromium (`apt-get install chromium`),
 * or CHROMIUM_PATH if set. The networking flags keep Chromium from calling home (updates, sync,
 * QUIC probes), which on a closed network would only produce noise and delays.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startSite, type Site } from './site.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's package (as root: ` +
        '`apt-get update && apt-get install -y --no-install-recommends chromium fonts-noto-cjk`) ' +
        'or set CHROMIUM_PATH. The tests never download a browser.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * A browser context for the test server's origin: Chinese locale, a desktop viewport, clipboard
 * access granted for `origin` (so a click on a copy button can be checked by reading it back).
 */
export async function newContext(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    viewport: { width: 1280, height: 800 },
    ...options,
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  return context;
}

/**
 * Collect what goes wrong on a page: uncaught exceptions, console errors, failed requests and
 * HTTP errors. Call before navigating; read `problems` after.
 */
export function watchPage(page: Page): { problems: string[] } {
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location().url;
    // Chromium asks for /favicon.ico on its own when a page declares no icon; not a page error.
    if (/\/favicon\.ico$/.test(where) && /status of 404/.test(msg.text())) return;
    problems.push(`console error: ${msg.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('requestfailed', (req) => {
    // A navigation cancels what the page was still fetching (its icon, say): not a failure.
    if (req.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return { problems };
}

// ---------------------------------------------------------------------------------------------
// axe-core

const require = createRequire(import.meta.url);
let axeSource: string | undefined;
const axe = () => (axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));

/** The parts of an axe violation the assertion messages use. */
export interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; html: string; failureSummary?: string }[];
}

/** Run axe-core on the whole document and return its violations (none: []). */
export async function runAxe(page: Page, options: Record<string, unknown> = {}): Promise<AxeViolation[]> {
  const injected = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!injected) await page.addScriptTag({ content: axe() });
  return page.evaluate(async (opts) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'], ...opts });
    // Only plain data crosses back.
    return JSON.parse(JSON.stringify(result.violations));
  }, options) as Promise<AxeViolation[]>;
}

/** Violations as readable text for an assertion message (empty string when there are none). */
export function formatViolations(violations: AxeViolation[], maxNodes = 5): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, maxNodes).map((n) => {
        const summary = (n.failureSummary ?? '').split('\n').map((l) => `        ${l.trim()}`).join('\n');
        return `    - ${JSON.stringify(n.target)}\n      ${n.html.slice(0, 200)}\n${summary}`;
      });
      const more = v.nodes.length > maxNodes ? [`    … and ${v.nodes.length - maxNodes} more`] : [];
      return [`[${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.nodes.length} node(s))`, `  ${v.helpUrl}`, ...nodes, ...more].join('\n');
    })
    .join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// One served site and one Chromium per test file

export interface Browsing {
  site: Site;
  browser: Browser;
  /** A context on the site's origin (see newContext). */
  context: BrowserContext;
}

/**
 * Serves the built site and starts Chromium before the file's tests, and stops both after.
 * The returned object is filled in by the time the tests run.
 */
export function useBrowser(options: BrowserContextOptions = {}): Browsing {
  const web = {} as Browsing;
  beforeAll(async () => {
    web.site = await startSite();
    web.browser = await launchBrowser();
    web.context = await newContext(web.browser, web.site.url, options);
  });
  afterAll(async () => {
    await web.context?.close();
    await web.browser?.close();
    await web.site?.close();
  });
  return web;
}

/**
 * Opens `path` in a new page of `context` (in the given colour scheme, after `prepare`), runs
 * axe and returns the violations, formatted for an assertion message.
 */
export async function axeOn(
  web: Browsing,
  path: string,
  options: { scheme?: 'light' | 'dark'; prepare?: (page: Page) => Promise<unknown> } = {},
): Promise<{ ids: string[]; report: string }> {
  const page = await web.context.newPage();
  try {
    await page.emulateMedia({ colorScheme: options.scheme ?? 'light' });
    await page.goto(web.site.url + path);
    await page.evaluate(() => document.fonts.ready);
    await options.prepare?.(page);
    const violations = await runAxe(page);
    return { ids: violations.map((v) => v.id), report: formatViolations(violations) };
  } finally {
    await page.close();
  }
}
