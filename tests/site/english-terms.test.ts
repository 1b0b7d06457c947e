/**
 * How the English edition names units, values, clause references and report titles. The data
 * stays as published; these are the words an English reader sees beside it.
 */
import { describe, expect, test } from 'vitest';
import { clauseRefEn, formatValueEn, reportTitleEn, unitEn } from '../../src/i18n/terms.ts';
import { localize, langOf } from '../../src/i18n/lang.ts';

describe('units in English keep their scale', () => {
  test.each([
    ['亿元', '100 million yuan'], ['万亿元', 'trillion yuan'], ['万人', '10,000 persons'], ['%', '%'],
    ['个百分点', 'percentage points'], ['亿斤', '100 million jin'], ['万吨', '10,000 tonnes'], ['公里', 'km'],
    ['千瓦', 'kW'], ['万千瓦', '10,000 kW'], ['亿美元', '100 million US dollars'], ['个', ''], ['万户', '10,000 households'],
  ])('%s → %s', (zh, en) => expect(unitEn(zh)).toBe(en));
  test('a unit it does not know stays as written rather than being guessed', () => expect(unitEn('标准地')).toBe('标准地'));
});

test('values read with their comparator in words', () => {
  expect(formatValueEn({ value: 5.5, valueMax: null, unit: '%', comparator: 'gte' })).toBe('at least 5.5%');
  expect(formatValueEn({ value: 5, valueMax: 5.5, unit: '%', comparator: 'eq' })).toBe('5–5.5%');
  expect(formatValueEn({ value: 2.66, valueMax: null, unit: '万亿元', comparator: 'approx' })).toBe('about 2.66 trillion yuan');
  expect(formatValueEn({ value: 10, valueMax: null, unit: '个', comparator: 'gt' })).toBe('more than 10');
  // A Chinese scale becomes an English one: never "600 100 million yuan".
  expect(formatValueEn({ value: 3250, valueMax: null, unit: '亿元', comparator: 'eq' })).toBe('325 billion yuan');
  expect(formatValueEn({ value: 600, valueMax: null, unit: '亿元', comparator: 'gte' })).toBe('at least 60 billion yuan');
  expect(formatValueEn({ value: 1.5, valueMax: null, unit: '万人', comparator: 'gte' })).toBe('at least 15,000 persons');
  expect(formatValueEn({ value: 110, valueMax: null, unit: '万人', comparator: 'eq' })).toBe('1.1 million persons');
  expect(formatValueEn({ value: 62661, valueMax: null, unit: '亿元', comparator: 'eq' })).toBe('6.2661 trillion yuan');
  expect(formatValueEn({ value: 1600, valueMax: null, unit: '亿斤', comparator: 'gte' })).toBe('at least 160 billion jin');
  expect(formatValueEn({ value: 5, valueMax: 6, unit: '万亿元', comparator: 'eq' })).toBe('5–6 trillion yuan');
  expect(formatValueEn({ value: 200, valueMax: null, unit: '万千瓦', comparator: 'eq' })).toBe('2 million kW');
});

describe('clause references in words beside the Chinese numbering', () => {
  test.each([
    ['p2-s1-2', 'Part II, Section (1), item 2'], ['p3-a6-1', 'Part III, Article 6, item 1'], ['p0-4', 'Preamble, item 4'],
    ['p2-s3b-1', 'Part II, Section (3) (b), item 1'], ['b2-c5-s1-3', 'Book 2, Chapter 5, Section 1, item 3'], ['f1', 'Front matter 1'],
    ['p12-s4-10', 'Part XII, Section (4), item 10'],
  ])('%s → %s', (id, en) => expect(clauseRefEn(id)).toBe(en));
});

test('report titles in English come from the metadata, never from machine translation', () => {
  const report = { title: '2024年山东省政府工作报告', documentType: 'government-work-report', level: 'province', issuingBody: '山东省人民政府' } as const;
  expect(reportTitleEn(report, 'Shandong', '2024')).toBe('Shandong Government Work Report 2024');
  expect(reportTitleEn({ ...report, level: 'national', title: '政府工作报告' }, 'China', '2025')).toBe('State Council Government Work Report 2025');
});

test('the language switch maps a path to its twin and leaves shared files alone', () => {
  expect(localize('/reports/jinan-2024/', 'en')).toBe('/en/reports/jinan-2024/');
  expect(localize('/en/reports/jinan-2024/', 'zh')).toBe('/reports/jinan-2024/');
  expect(localize('/', 'en')).toBe('/en/');
  expect(localize('/en/', 'zh')).toBe('/');
  expect(localize('/data/targets.csv', 'en')).toBe('/data/targets.csv');
  expect(langOf('/en/targets/')).toBe('en');
  expect(langOf('/english/')).toBe('zh');
});
