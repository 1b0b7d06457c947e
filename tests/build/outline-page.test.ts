/**
 * A plan outline through the real ingest and the real Astro build into a throwaway site: its
 * contents list books, chapters and divisions at their depths, a box is set apart as a note, and the
 * 主要指标 table is server-rendered HTML with column and row headers.
 */
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { beforeAll, expect, test } from 'vitest';
import { buildReportSite } from '../support/throwaway-site.ts';

let html = '';

beforeAll(() => {
  // The jurisdiction of a seed stands in: what is tested is the page, not the metadata.
  html = buildReportSite('outline', readFileSync('tests/fixtures/outline-national-14th.txt'), {
    title: '"国民经济和社会发展第十四个五年规划和2035年远景目标纲要"',
    documentType: 'five-year-plan-outline',
  });
}, 240_000);

test('the contents link books, chapters and divisions', () => {
  for (const id of ['b1', 'b1-c3', 'b1-c3-s2', 'b2-c5-s1']) expect(html).toContain(`href="#${id}"`);
  expect(html).toContain('id="b2-c5-s1"');
});

test('a box is a note with its permalink, and the indicator table has column and row headers', () => {
  expect(html).toMatch(/<div[^>]*id="b1-c3-s2-box1"[^>]*role="note"/);
  expect(html).toMatch(/<div[^>]*id="b2-c4-s2-box2"[^>]*role="note"/);
  const table = /id="b1-c3-s2-box1"[\s\S]*?<\/table>/.exec(html)![0];
  expect(table).toMatch(/<caption[^>]*>专栏1 “十四五”时期经济社会发展主要指标<\/caption>/);
  expect(table.match(/<th[^>]*scope="col"[^>]*>/g)).toHaveLength(6);
  expect(table.match(/<th[^>]*scope="row"[^>]*>/g)).toHaveLength(20);
  expect(table).toMatch(/<th[^>]*scope="row"[^>]*>3\.常住人口城镇化率（%）<\/th>\s*<td[^>]*>60\.6<\/td>\s*<td[^>]*>65<\/td>/);
  expect(table).toMatch(/<th[^>]*scope="rowgroup"[^>]*colspan="6"[^>]*>绿色生态<\/th>|<th[^>]*colspan="6"[^>]*scope="rowgroup"[^>]*>绿色生态<\/th>/);
});

test('the page with its boxes and table is valid HTML (recommended rules, as the site test)', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: { 'no-inline-style': 'off', 'doctype-style': 'off', 'void-style': 'off', 'long-title': 'off', 'valid-id': ['error', { relaxed: true }] },
  });
  const report = await validator.validateString(html, 'outline/index.html');
  expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
});
