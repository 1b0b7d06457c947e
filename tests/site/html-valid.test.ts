/**
 * Every page of the BUILT site passes html-validate (its recommended rules, with the few this
 * site departs from on purpose listed and explained), and carries a description and Open Graph.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { builtPages, DIST } from '../support/site.ts';

const pages = builtPages();

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Chinese punctuation and quotes (“” ‘’) are the text itself, not typographic mistakes.
    'unrecognized-char-ref': 'error',
    // Indicator charts size their box inline (height grows with the number of bars).
    'no-inline-style': 'off',
    // Astro writes <!DOCTYPE html> in upper case; both are valid.
    'doctype-style': 'off',
    // Astro self-closes void elements (<meta ... />); valid HTML.
    'void-style': 'off',
    // Long Chinese titles are the documents' real titles.
    'long-title': 'off',
    // Target rows are addressed by their record id (jinan-2024:p2-4:1), valid in HTML5.
    'valid-id': ['error', { relaxed: true }],
  },
});

test.each(pages.map((p) => relative(DIST, p)))('%s is valid HTML with a description and Open Graph', async (page) => {
  const html = readFileSync(join(DIST, page), 'utf8');
  const report = await validator.validateString(html, page);
  const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
  expect(messages.slice(0, 20), `${messages.length} problem(s)`).toEqual([]);
  expect(html).toMatch(/<meta name="description" content="[^"]{10,}"/);
  for (const property of ['og:title', 'og:description', 'og:type', 'og:url']) expect(html).toContain(`<meta property="${property}"`);
  expect(html).toContain(page.startsWith('en/') ? '<html lang="en"' : '<html lang="zh-CN"');
});
