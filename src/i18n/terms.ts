/**
 * The words a record, a report or a jurisdiction is described with, in English. The data
 * values stay as published (label 地区生产总值增长, unit 亿元); these are how the English
 * edition names and explains them.
 */
import type { DocumentType, JurisdictionLevel } from '../schemas/report.ts';
import type { Comparator, Measure, Target } from '../schemas/target.ts';

export const LEVEL_EN: Record<JurisdictionLevel, string> = { national: 'national', province: 'provincial', city: 'city', county: 'county' };
export const DOCUMENT_TYPE_EN: Record<DocumentType, string> = {
  'government-work-report': 'Government Work Report',
  'five-year-plan-proposal': 'Five-Year Plan Proposal',
  'five-year-plan-outline': 'Five-Year Plan Outline',
};
export const KIND_EN: Record<Target['kind'], string> = { target: 'target', outcome: 'outcome' };
export const COMPARATOR_EN: Record<Comparator, string> = {
  gte: 'at least', gt: 'more than', lte: 'at most', lt: 'less than', approx: 'about', eq: 'exactly',
};
export const MEASURE_EN: Record<Measure, string> = {
  level: 'level', growth: 'growth rate', decline: 'decline', share: 'share', flow: 'new in period', cumulative: 'cumulative total', multiple: 'multiple of base',
};

/** Scale prefixes a Chinese unit carries, as the English number word. */
const SCALE: Array<[string, string]> = [
  ['万亿', 'trillion'], ['千亿', '100 billion'], ['百亿', '10 billion'], ['亿', '100 million'],
  ['千万', '10 million'], ['百万', 'million'], ['万', '10,000'], ['千', 'thousand'], ['百', 'hundred'],
];
/** Base units, longest first so 个百分点 wins over 个. */
const BASE: Array<[string, string]> = [
  ['个百分点', 'percentage points'], ['平方公里', 'km²'], ['平方米', 'm²'], ['千瓦时', 'kWh'], ['千瓦', 'kW'],
  ['标箱', 'TEU'], ['人次', 'person-times'], ['美元', 'US dollars'], ['元', 'yuan'], ['人', 'persons'], ['户', 'households'],
  ['斤', 'jin'], ['吨', 'tonnes'], ['公里', 'km'], ['千米', 'km'], ['米', 'm'], ['亩', 'mu'], ['倍', 'times'],
  ['家次', 'firm-visits'], ['家', 'firms'], ['所', 'institutions'], ['项', 'items'], ['条', 'lines'], ['座', 'facilities'],
  ['处', 'sites'], ['张', 'beds'], ['辆', 'vehicles'], ['台', 'units'], ['套', 'units'], ['件', 'cases'], ['场', 'events'],
  ['次', 'times'], ['床', 'beds'], ['间', 'rooms'], ['名', 'persons'], ['列', 'trains'], ['架', 'aircraft'], ['艘', 'ships'],
  ['批', 'batches'], ['只', 'units'], ['头', 'head'], ['株', 'plants'], ['棵', 'trees'], ['个', ''], ['级', 'class'],
];

/**
 * A unit as written, in English: 亿元 → "100 million yuan", 万人 → "10,000 persons",
 * 个百分点 → "percentage points", % → "%". An unknown unit is returned as written.
 * @example unitEn('万亿元') // => 'trillion yuan'
 */
export function unitEn(unit: string | null): string {
  if (!unit) return '';
  if (unit === '%' || unit === '‰') return unit;
  const prefix = SCALE.find(([zh]) => unit.startsWith(zh) && unit !== '千瓦' && unit !== '千瓦时' && unit !== '千米');
  const scale = prefix?.[1] ?? '';
  const rest = prefix ? unit.slice(prefix[0].length) : unit;
  if (rest === '') return scale;
  const base = BASE.find(([zh]) => zh === rest)?.[1];
  if (base === undefined) return unit;
  return [scale, base].filter(Boolean).join(' ');
}

/** What a Chinese scale prefix multiplies by (万 = 10⁴, 亿 = 10⁸, 万亿 = 10¹²). */
const FACTOR: Record<string, number> = { 万亿: 1e12, 千亿: 1e11, 百亿: 1e10, 亿: 1e8, 千万: 1e7, 百万: 1e6, 万: 1e4, 千: 1e3, 百: 1e2 };
const ENGLISH_SCALE: Array<[number, string]> = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];
const tidyNumber = (n: number) => Number(n.toPrecision(12)).toLocaleString('en-US', { maximumFractionDigits: 6 });

/**
 * A figure with a Chinese scale in English words: 3250 亿元 → "325 billion yuan", 1.5 万人 →
 * "15,000 persons", 600 亿元 → "60 billion yuan"; null when the unit has no scale prefix or an
 * unknown base (then the unit is named as written).
 */
function rescaled(values: number[], unit: string | null): { numbers: string[]; unit: string } | null {
  if (!unit) return null;
  const prefix = Object.keys(FACTOR).find((zh) => unit.startsWith(zh) && unit.length > zh.length && !/^千(?:瓦|米)/.test(unit));
  if (!prefix) return null;
  const base = unitEn(unit.slice(prefix.length));
  if (base === unit.slice(prefix.length) && !/^[a-z%‰ ]*$/i.test(base)) return null;
  const raw = values.map((v) => v * FACTOR[prefix]!);
  const [scale, word] = ENGLISH_SCALE.find(([n]) => Math.max(...raw) >= n) ?? [1, ''];
  return { numbers: raw.map((v) => tidyNumber(v / scale)), unit: [word, base].filter(Boolean).join(' ') };
}

/** A record's value in English: "at least 5.5%", "5–5.5%", "about 2.66 trillion yuan", "325 billion yuan". */
export function formatValueEn(t: Pick<Target, 'value' | 'valueMax' | 'unit' | 'comparator'>): string {
  if (t.value === null) return '—';
  const scaled = rescaled(t.valueMax === null ? [t.value] : [t.value, t.valueMax], t.unit);
  const number = scaled ? scaled.numbers.join('–') : t.valueMax === null ? String(t.value) : `${t.value}–${t.valueMax}`;
  const unit = scaled ? scaled.unit : unitEn(t.unit);
  const joined = unit === '%' || unit === '‰' ? `${number}${unit}` : unit ? `${number} ${unit}` : number;
  return t.comparator && t.comparator !== 'eq' ? `${COMPARATOR_EN[t.comparator]} ${joined}` : joined;
}

const ROMAN: Array<[number, string]> = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
export function roman(n: number): string {
  let out = '';
  for (const [value, digits] of ROMAN) while (n >= value) { out += digits; n -= value; }
  return out;
}

/**
 * A clause id in words: p2-s1-2 → "Part II, Section (1), item 2"; p3-a6-1 → "Part III,
 * Article 6, item 1"; b2-c5-s1-3 → "Book 2, Chapter 5, Section 1, item 3"; p0-4 → "Preamble, item 4".
 */
export function clauseRefEn(id: string): string {
  const matter = /^([fb])(\d+)$/.exec(id);
  if (matter) return `${matter[1] === 'f' ? 'Front matter' : 'Back matter'} ${matter[2]}`;
  const words: string[] = [];
  const segments = id.split('-');
  segments.forEach((segment, i) => {
    const m = /^([a-z]+)(\d+)([a-z]?)$/.exec(segment);
    const last = i === segments.length - 1;
    if (!m) { if (/^\d+$/.test(segment) && last) words.push(`item ${segment}`); return; }
    const [, kind, digits, suffix] = m;
    const n = Number(digits);
    const tail = suffix ? ` (${suffix})` : '';
    if (kind === 'p') words.push(n === 0 ? 'Preamble' : `Part ${roman(n)}${tail}`);
    else if (kind === 's') words.push(segments.some((s) => /^c\d/.test(s)) ? `Section ${n}${tail}` : `Section (${n})${tail}`);
    else if (kind === 'a') words.push(`Article ${n}${tail}`);
    else if (kind === 'b') words.push(`Book ${n}${tail}`);
    else if (kind === 'c') words.push(`Chapter ${n}${tail}`);
    else if (kind === 'box') words.push(`Box ${n}${tail}`);
    else words.push(`${segment}`);
  });
  return words.length ? words.join(', ') : id;
}

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** 十四五 → 14; 第十四个五年规划 → 14. */
function planNumber(title: string): number | null {
  const m = /十([一二三四五六七八九]?)五|第十([一二三四五六七八九]?)个五年/.exec(title);
  if (!m) return null;
  const ones = m[1] ?? m[2] ?? '';
  return 10 + (ones ? CN_DIGIT[ones]! : 0);
}

interface Describable {
  title: string;
  documentType: DocumentType;
  level: JurisdictionLevel;
  issuingBody: string | null;
}

/**
 * A report's English title, made from its metadata (the Chinese title is never machine-translated):
 * "Shandong Government Work Report 2024", "China (State Council) Government Work Report 2025",
 * "Jinan Proposal for the 14th Five-Year Plan (2020)".
 */
export function reportTitleEn(report: Describable, jurisdictionEn: string, year: string): string {
  const place = report.level === 'national' ? 'State Council' : jurisdictionEn;
  const n = planNumber(report.title);
  if (report.documentType === 'five-year-plan-proposal') return `${place} Proposal for the ${n ? `${ordinalNumber(n)} ` : ''}Five-Year Plan (${year})`;
  if (report.documentType === 'five-year-plan-outline') return `${place} Outline of the ${n ? `${ordinalNumber(n)} ` : ''}Five-Year Plan (${year})`;
  return `${place} Government Work Report ${year}`;
}
const ordinalNumber = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

/** The issuing body in English: State Council of the PRC; People's Government of Jinan; CPC Jinan Committee. */
export function issuerEn(report: Describable, jurisdictionEn: string): string {
  if (report.level === 'national') return "State Council of the People's Republic of China";
  if (report.issuingBody && /委员会|[省市区县]委$/.test(report.issuingBody)) return `CPC ${jurisdictionEn} Committee`;
  return `People's Government of ${jurisdictionEn}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** 2023-01-07 → "7 January 2023" */
export function formatDateEn(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
}

/**
 * What a record measures, in English, from its curated indicator: "Gross regional product,
 * growth rate". Null when the record has no indicator (its Chinese label then stands alone).
 */
export function recordNameEn(record: Pick<Target, 'measure'>, indicator: { nameEn: string } | undefined): string | null {
  if (!indicator) return null;
  return record.measure === 'level' ? indicator.nameEn : `${indicator.nameEn}, ${MEASURE_EN[record.measure]}`;
}

/** Indicator categories in English (CATEGORY_NAME in src/lib/labels.ts is the Chinese). */
export const CATEGORY_EN: Record<import('../schemas/target.ts').Indicator['category'], string> = {
  economy: 'Economic output', fiscal: 'Public finance', industry: 'Industry', investment: 'Investment', consumption: 'Consumption',
  trade: 'Trade and opening up', innovation: 'Science and innovation', income: 'Income', employment: 'Employment', prices: 'Prices',
  agriculture: 'Agriculture', environment: 'Environment', infrastructure: 'Infrastructure', culture: 'Culture and tourism',
  social: 'Social services', enterprise: 'Businesses',
};
/** A province's target against the nation's, and against its own of the year before (src/lib/compare.ts). */
export const RELATION_EN: Record<'higher' | 'same' | 'lower', string> = { higher: 'above national', same: 'same as national', lower: 'below national' };
export const CHANGE_EN: Record<'raised' | 'kept' | 'lowered', string> = { raised: 'raised', kept: 'kept', lowered: 'lowered' };
/** A target's result (STATUS_NAME in src/lib/results.ts). */
export const STATUS_EN: Record<'met' | 'missed' | 'pending', string> = { met: 'met', missed: 'missed', pending: 'no result yet' };
/** A result's gap unit: 个百分点 for rates, else the target's unit. */
export const differenceUnitEn = (unit: string | null): string => (unit === '个百分点' ? ' percentage points' : unit === '%' || unit === '‰' ? unit : unit ? ` ${unitEn(unit)}` : '');
/** Years as ranges, in English: [2021 … 2025, 2035] → "2021–2025, 2035". */
export const formatYearsEn = (formatted: string): string => formatted.replaceAll('、', ', ');
// Base units the list above lacks that the records use (万件次 calls handled, 万户次 firms benefited, 120对 sister cities …).
BASE.push(['件次', 'cases handled'], ['户次', 'entity-times'], ['剂次', 'doses'], ['班次', 'runs'], ['对', 'pairs']);

/**
 * A text in English with Chinese fragments in it (an indicator's definition quoting 5.5%左右),
 * cut into runs so the page can mark the Chinese ones lang="zh-CN".
 * @example mixedRuns('ceilings (5.5%左右).') // => [{ text: 'ceilings (5.5%', zh: false }, { text: '左右', zh: true }, { text: ').', zh: false }]
 */
export function mixedRuns(text: string): Array<{ text: string; zh: boolean }> {
  return text.split(/([\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u201c\u201d]+)/).filter(Boolean).map((run) => ({ text: run, zh: /^[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u201c\u201d]/.test(run) }));
}
