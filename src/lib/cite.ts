/**
 * A report or one clause of it, in the formats people paste: permalink, a short citation
 * (《济南市2024年政府工作报告》二（一）2), GB/T 7714-2015, BibTeX, RIS and CSL-JSON. Pure
 * string building, small enough for the report page's copy script; tests parse the BibTeX and
 * RIS back with citation-js.
 */

/** What a citation needs to know about the report (a subset of its metadata). */
export interface CitedReport {
  /** Report id, the URL slug: jinan-2024. */
  id: string;
  title: string;
  /** The author of record: the issuing body, else the jurisdiction. */
  author: string;
  /** Year of publication: 2024. */
  year: string;
  /** Delivered/issued date when the text gives one: 2023-01-07. */
  date: string | null;
  /** 政府工作报告, 五年规划建议. */
  genre: string;
  /** The title in English, given in brackets after the Chinese one: Shandong Government Work Report 2024. */
  titleEn: string;
  /** The issuing body in English: People's Government of Shandong, State Council of the PRC. */
  authorEn: string;
}

export interface Citation {
  /** Site origin, e.g. https://atlas.example.org (no trailing slash). */
  origin: string;
  report: CitedReport;
  /** The clause cited; null cites the whole report. */
  clause: { id: string; label: string } | null;
  /** Date of access, YYYY-MM-DD. */
  accessed: string;
  /** The edition cited: the English one links to /en/…; Chinese (the default) to the root. */
  lang?: 'zh' | 'en';
}

export function permalink(c: Citation): string {
  return `${c.origin}${c.lang === 'en' ? '/en' : ''}/reports/${c.report.id}/${c.clause ? `#${c.clause.id}` : ''}`;
}

/** 《济南市2024年政府工作报告》二（一）2 */
export function shortCitation(c: Citation): string {
  return `《${c.report.title}》${c.clause?.label ?? ''}`;
}

/**
 * GB/T 7714-2015 §8 for an online report ([R/OL]); the clause reference takes the place of the
 * page number ("出版年: 引文页码[引用日期]. 获取和访问路径.").
 * @example 济南市人民政府. 济南市2024年政府工作报告[R/OL]. 2024: 二（一）2[2026-11-25]. https://…/reports/jinan-2024/#p2-s1-2.
 */
export function gbt7714(c: Citation): string {
  const pinpoint = c.clause ? `: ${c.clause.label}` : '';
  return `${c.report.author}. ${c.report.title}[R/OL]. ${c.report.year}${pinpoint}[${c.accessed}]. ${permalink(c)}.`;
}

const bibEscape = (s: string) => s.replace(/[\\{}&%$#_^~]/g, (ch) => (ch === '\\' ? '\\textbackslash{}' : `\\${ch}`));

/** biblatex/BibTeX @report entry; the author is a body, so it is braced as one name. */
export function bibtex(c: Citation): string {
  const fields: Array<[string, string]> = [
    ['author', `{${bibEscape(c.report.author)}}`],
    ['title', `{${bibEscape(c.report.title)}}`],
    ['type', bibEscape(c.report.genre)],
    ['institution', bibEscape(c.report.author)],
    ['year', c.report.year],
    ...(c.report.date ? [['date', c.report.date] as [string, string]] : []),
    ...(c.clause ? [['note', bibEscape(c.clause.label)] as [string, string]] : []),
    ['url', permalink(c)],
    ['urldate', c.accessed],
    ['langid', 'chinese'],
  ];
  const key = `${c.report.id}${c.clause ? `-${c.clause.id}` : ''}`;
  return `@techreport{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}\n`;
}

/** RIS (RPRT); N1 carries the clause reference. */
export function ris(c: Citation): string {
  const lines: Array<[string, string]> = [
    ['TY', 'RPRT'],
    ['AU', c.report.author],
    ['TI', c.report.title],
    ['PY', c.report.year],
    ...(c.report.date ? [['DA', c.report.date.replaceAll('-', '/')] as [string, string]] : []),
    ['PB', c.report.author],
    ['M3', c.report.genre],
    ...(c.clause ? [['N1', c.clause.label] as [string, string]] : []),
    ['UR', permalink(c)],
    ['Y2', c.accessed.replaceAll('-', '/')],
    ['LA', 'zh-CN'],
    ['ER', ''],
  ];
  return `${lines.map(([tag, value]) => `${tag}  - ${value}`.trimEnd()).join('\n')}\n`;
}

const dateParts = (iso: string) => [iso.split('-').map(Number)];

/** CSL-JSON (an array with one item), the format Zotero and citeproc read. */
export function cslJson(c: Citation): string {
  const item = {
    id: `${c.report.id}${c.clause ? `-${c.clause.id}` : ''}`,
    type: 'report',
    title: c.report.title,
    author: [{ literal: c.report.author }],
    publisher: c.report.author,
    genre: c.report.genre,
    issued: { 'date-parts': c.report.date ? dateParts(c.report.date) : [[Number(c.report.year)]] },
    ...(c.clause ? { note: c.clause.label } : {}),
    URL: permalink(c),
    accessed: { 'date-parts': dateParts(c.accessed) },
    language: 'zh-CN',
  };
  return JSON.stringify([item], null, 2);
}

/** "Part II, Section (1), item 2" — passed in by the English page, which knows the clause's English reference. */
const pinpointEn = (c: Citation & { clauseEn?: string }) => (c.clause ? `, ${c.clauseEn ?? c.clause.label}` : '');

/**
 * APA 7 for a report by a group author, with the original title and its English translation
 * in brackets (APA 7 §9.38).
 * @example People's Government of Jinan. (2024). 济南市2024年政府工作报告 [Jinan Government Work Report 2024] (Part II, Section (1), item 2). Policy Atlas. https://…
 */
export function apa(c: Citation & { clauseEn?: string }): string {
  const date = c.report.date ? `${c.report.year}, ${monthDay(c.report.date)}` : c.report.year;
  const pinpoint = c.clause ? ` (${c.clauseEn ?? c.clause.label})` : '';
  return `${c.report.authorEn}. (${date}). ${c.report.title} [${c.report.titleEn}]${pinpoint}. Policy Atlas. ${permalink(c)}`;
}

/** Chicago (notes and bibliography, 17th ed. §14.220 for government documents), translated title in brackets. */
export function chicago(c: Citation & { clauseEn?: string }): string {
  return `${c.report.authorEn}. ${c.report.title} [${c.report.titleEn}]${pinpointEn(c)}. ${c.report.year}. Policy Atlas. Accessed ${longDate(c.accessed)}. ${permalink(c)}.`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthDay = (iso: string) => { const [, m, d] = iso.split('-').map(Number); return `${MONTHS[m! - 1]} ${d}`; };
const longDate = (iso: string) => `${monthDay(iso)}, ${iso.slice(0, 4)}`;

export const FORMATS = [
  ['permalink', '链接', permalink],
  ['short', '简短引用', shortCitation],
  ['gbt7714', 'GB/T 7714-2015', gbt7714],
  ['bibtex', 'BibTeX', bibtex],
  ['ris', 'RIS', ris],
  ['csl', 'CSL-JSON', cslJson],
] as const;

/** The English edition offers APA and Chicago beside GB/T 7714 (the Chinese standard, kept for both). */
export const FORMATS_EN = [
  ['permalink', 'Link', permalink],
  ['apa', 'APA', apa],
  ['chicago', 'Chicago', chicago],
  ['gbt7714', 'GB/T 7714-2015', gbt7714],
  ['bibtex', 'BibTeX', bibtex],
  ['ris', 'RIS', ris],
  ['csl', 'CSL-JSON', cslJson],
] as const;
