/**
 * Lighthouse (the npm package) driving Debian's Chromium against the built site: Performance,
 * Accessibility, Best Practices and SEO for each page type, with the audits that cost points.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/support/browser.ts';
import { startSite } from '../../tests/support/site.ts';

export interface LighthouseScores {
  name: string;
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Audits that scored below 1, for the note on what to fix. */
  failing: string[];
}

/** `root`: another built site (the 540,000-record explorer); dist/ by default. */
export async function runLighthouse(types: Array<[string, string]>, root?: string): Promise<LighthouseScores[]> {
  const site = await startSite({ root });
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const out: LighthouseScores[] = [];
    for (const [name, path] of types) {
      const result = await lighthouse(site.url + path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const lhr = result!.lhr;
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
        .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
      out.push({ name, path, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'), failing });
    }
    return out;
  } finally {
    await chrome.kill();
    await site.close();
  }
}
