/**
 * Citation formats for three real clauses, checked against strings written by hand, and the
 * BibTeX and RIS read back by citation-js (what a reference manager does with them).
 */
import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { apa, bibtex, chicago, cslJson, gbt7714, permalink, ris, shortCitation, type Citation } from '../../src/lib/cite.ts';
import { citedReport } from '../../src/lib/report-year.ts';
import { ReportMeta } from '../../src/schemas/report.ts';

const ORIGIN = 'https://atlas.example.org';
const ACCESSED = '2026-11-25';
const EN: Record<string, string> = Object.fromEntries((parse(readFileSync('content/jurisdictions.yaml', 'utf8')) as Array<{ name: string; nameEn: string }>).map((j) => [j.name, j.nameEn]));
const report = (id: string) => {
  const meta = ReportMeta.parse(parse(readFileSync(`content/sources/${id}.yaml`, 'utf8')));
  return citedReport({ ...meta, report: id, toc: [], stats: { parts: 0, sections: 0, articles: 0, clauses: 0, removals: 0 } }, EN[meta.jurisdiction]!);
};
const cite = (id: string, clause: Citation['clause']): Citation => ({ origin: ORIGIN, report: report(id), clause, accessed: ACCESSED });

const jinan = cite('jinan-2024', { id: 'p2-s1-2', label: '二（一）2' });
const licheng = cite('licheng-2023', { id: 'p2-s3-1', label: '二（三）1' });
const plan = cite('jinan-14th-fyp-proposal', { id: 'p2-a6-1', label: '第6条·1' });

describe('济南市 2024, 二（一）2 (no date in the text)', () => {
  test('permalink and short citation', () => {
    expect(permalink(jinan)).toBe('https://atlas.example.org/reports/jinan-2024/#p2-s1-2');
    expect(shortCitation(jinan)).toBe('《济南市2024年政府工作报告》二（一）2');
  });
  test('GB/T 7714-2015', () => {
    expect(gbt7714(jinan)).toBe('济南市人民政府. 济南市2024年政府工作报告[R/OL]. 2024: 二（一）2[2026-11-25]. https://atlas.example.org/reports/jinan-2024/#p2-s1-2.');
  });
  test('BibTeX', () => {
    expect(bibtex(jinan)).toBe(`@techreport{jinan-2024-p2-s1-2,
  author = {{济南市人民政府}},
  title = {{济南市2024年政府工作报告}},
  type = {政府工作报告},
  institution = {济南市人民政府},
  year = {2024},
  note = {二（一）2},
  url = {https://atlas.example.org/reports/jinan-2024/#p2-s1-2},
  urldate = {2026-11-25},
  langid = {chinese},
}
`);
  });
});

describe('历城区 2023, 二（三）1 (delivered 2023-01-07)', () => {
  test('GB/T 7714-2015', () => {
    expect(gbt7714(licheng)).toBe('历城区人民政府. 历城区2023年政府工作报告[R/OL]. 2023: 二（三）1[2026-11-25]. https://atlas.example.org/reports/licheng-2023/#p2-s3-1.');
  });
  test('RIS', () => {
    expect(ris(licheng)).toBe(`TY  - RPRT
AU  - 历城区人民政府
TI  - 历城区2023年政府工作报告
PY  - 2023
DA  - 2023/01/07
PB  - 历城区人民政府
M3  - 政府工作报告
N1  - 二（三）1
UR  - https://atlas.example.org/reports/licheng-2023/#p2-s3-1
Y2  - 2026/11/25
LA  - zh-CN
ER  -
`);
  });
});

describe('the plan proposal, 第6条·1 (issued by the Party committee, 2020-12-21)', () => {
  test('short citation and GB/T 7714-2015', () => {
    expect(shortCitation(plan)).toBe('《中共济南市委关于制定济南市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》第6条·1');
    expect(gbt7714(plan)).toBe('中共济南市委. 中共济南市委关于制定济南市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议[R/OL]. 2020: 第6条·1[2026-11-25]. https://atlas.example.org/reports/jinan-14th-fyp-proposal/#p2-a6-1.');
  });
  test('CSL-JSON', () => {
    expect(JSON.parse(cslJson(plan))).toEqual([{
      id: 'jinan-14th-fyp-proposal-p2-a6-1',
      type: 'report',
      title: '中共济南市委关于制定济南市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议',
      author: [{ literal: '中共济南市委' }],
      publisher: '中共济南市委',
      genre: '五年规划建议',
      issued: { 'date-parts': [[2020, 12, 21]] },
      note: '第6条·1',
      URL: 'https://atlas.example.org/reports/jinan-14th-fyp-proposal/#p2-a6-1',
      accessed: { 'date-parts': [[2026, 11, 25]] },
      language: 'zh-CN',
    }]);
  });
  test('the whole report cites without a pinpoint', () => {
    const whole = { ...plan, clause: null };
    expect(gbt7714(whole)).toBe('中共济南市委. 中共济南市委关于制定济南市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议[R/OL]. 2020[2026-11-25]. https://atlas.example.org/reports/jinan-14th-fyp-proposal/.');
    expect(shortCitation(whole)).toBe('《中共济南市委关于制定济南市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》');
  });
});

describe('reference managers read them back (citation-js)', () => {
  test.each([jinan, licheng, plan])('BibTeX of $clause.label', async (c) => {
    const item = (await Cite.async(bibtex(c))).data[0]!;
    expect(item).toMatchObject({
      type: 'report',
      title: c.report.title,
      URL: permalink(c),
      note: c.clause!.label,
      issued: { 'date-parts': [c.report.date ? c.report.date.split('-').map(Number) : [Number(c.report.year)]] },
    });
    // One name, kept whole (a body, not a person split into family and given names).
    expect(item.author).toHaveLength(1);
    expect(item.author[0].literal ?? item.author[0].family).toBe(c.report.author);
    expect(item.author[0].given).toBeUndefined();
  });
  test.each([jinan, licheng, plan])('RIS of $clause.label', async (c) => {
    const item = (await Cite.async(ris(c))).data[0]!;
    expect(item).toMatchObject({ type: 'report', title: c.report.title, URL: permalink(c), note: c.clause!.label, publisher: c.report.author });
  });
});

describe('English citations (APA 7, Chicago) keep the Chinese title and give the English one in brackets', () => {
  test('APA: group author, date, original title [translation], clause in words, permalink', () => {
    expect(apa({ ...jinan, clauseEn: 'Part II, Section (1), item 2' })).toBe(
      "People's Government of Jinan. (2024). 济南市2024年政府工作报告 [Jinan Government Work Report 2024] (Part II, Section (1), item 2). Policy Atlas. https://atlas.example.org/reports/jinan-2024/#p2-s1-2",
    );
  });
  test('APA with a delivery date gives month and day', () => {
    expect(apa(cite('licheng-2023', null))).toBe(
      "People's Government of Licheng District, Jinan. (2023, January 7). 历城区2023年政府工作报告 [Licheng District, Jinan Government Work Report 2023]. Policy Atlas. https://atlas.example.org/reports/licheng-2023/",
    );
  });
  test('Chicago: a Party committee proposal is authored by the committee, access date spelled out', () => {
    expect(chicago({ ...cite('jinan-14th-fyp-proposal', { id: 'p2-a6-1', label: '第6条·1' }), clauseEn: 'Part II, Article 6, item 1' })).toBe(
      'CPC Jinan Committee. 中共济南市委关于制定济南市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议 [Jinan Proposal for the 14th Five-Year Plan (2020)], Part II, Article 6, item 1. 2020. Policy Atlas. Accessed November 25, 2026. https://atlas.example.org/reports/jinan-14th-fyp-proposal/#p2-a6-1.',
    );
  });
});
