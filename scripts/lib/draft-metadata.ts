/**
 * Drafts a report's metadata from its own text: the title, dateline and speaker the pipeline
 * found in the front matter, and the years its part headings name. Anything the text does not
 * say stays null; anything needed that cannot be told is an error naming the line.
 */
import type { Jurisdiction } from '../../src/schemas/jurisdiction.ts';
import type { DocumentType, ReportMeta, ReportTree } from '../../src/schemas/report.ts';
import type { Issue } from './issues.ts';
import { chineseNumber } from './numbering.ts';

export interface DraftOptions {
  title?: string;
  jurisdiction?: string;
  type?: DocumentType;
  id?: string;
}

export interface Draft {
  id: string;
  meta: ReportMeta;
  /** Why each value is what it is (printed as YAML comments for the maintainer to check). */
  notes: string[];
}

const CN_DIGIT: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const DATE = /((?:\d{4})|(?:[〇零一二三四五六七八九]{4}))\s*年\s*([\d〇零一二三四五六七八九十]{1,3})\s*月\s*([\d〇零一二三四五六七八九十]{1,3})\s*日/;
const OFFICE = '(?:代理主席|代主席|代省长|代市长|代区长|代县长|总理|省长|市长|区长|县长|州长|旗长|盟长|主席)';
/** A Han name of two to four characters, or a transcribed one with a middle dot (艾尔肯·吐尼亚孜). */
const CJK_NAME = '(?:[\\u4e00-\\u9fff]{2,8}·[\\u4e00-\\u9fff]{2,8}|(?![在作])[\\u4e00-\\u9fff]{2,4}?)';

const readNumber = (s: string) => (/^\d+$/.test(s) ? Number(s) : chineseNumber(s));
const readYear = (s: string) => (/^\d{4}$/.test(s) ? Number(s) : Number([...s].map((c) => CN_DIGIT[c] ?? '').join('')));

/** 2026年1月27日 or 二〇二六年一月二十七日 → 2026-01-27 (null if not a real date). */
export function isoDate(text: string): string | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [readYear(m[1]!), readNumber(m[2]!), readNumber(m[3]!)];
  const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/** The speaker's name from a speaker line (山东省省长 周乃翔, 省长叶建春作政府工作报告。) or a dateline (…省长刘小明在…). */
export function speakerName(text: string): string | null {
  const compact = text.replace(/(?<=[\u4e00-\u9fff])[\s\u3000]+(?=[\u4e00-\u9fff])/g, '').trim();
  const after = new RegExp(`${OFFICE}\\s*(${CJK_NAME})(?:同志)?(?=作|在|代表|向|$)`).exec(compact);
  if (after) return after[1]!;
  const before = new RegExp(`(?:日|^)(${CJK_NAME})(?:同志)?${OFFICE}(?=在|作)`).exec(compact);
  if (before) return before[1]!;
  if (/^[\u4e00-\u9fff·]{2,12}$/.test(compact) && !new RegExp(OFFICE).test(compact)) return compact;
  return null;
}

/** The 人民代表大会 session a dateline names: 山东省第十四届人民代表大会第四次会议. */
export function sessionOf(dateline: string): string | null {
  const m = /在(.{2,40}?(?:人民代表大会|委员会)第.{1,4}次(?:全体)?会议)/.exec(dateline.replace(/\s+/g, ''));
  return m ? m[1]! : null;
}

/** "十四五" → 2021–2025 (the 10th plan began in 2001; each runs five years). */
const planYears = (numeral: string): number[] => {
  const n = chineseNumber(numeral);
  if (!Number.isFinite(n) || n < 10) return [];
  const start = 2001 + (n - 10) * 5;
  return [start, start + 1, start + 2, start + 3, start + 4];
};

/** Years a heading names: 2025年, 2024 年, “十四五”. */
function yearsIn(text: string): number[] {
  const years = [...text.matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1]));
  for (const m of text.matchAll(/十([一二三四五六七八九])五/g)) years.push(...planYears(`十${m[1]}`));
  return years;
}

const REVIEW = /回顾|成就|总结|过去|成绩|进展/;
const PLAN = /目标|任务|安排|重点|部署|建议|打算/;
const uniqueSorted = (a: number[]) => [...new Set(a)].sort((x, y) => x - y);

/** Aliases that name a jurisdiction in a title or dateline (山东 for 山东省, 广西 for 广西壮族自治区, 国务院 for 全国). */
function aliases(j: Jurisdiction): string[] {
  if (j.level === 'national') return [j.name === '全国' ? '全国人民代表大会' : j.name, '国务院', '中华人民共和国'];
  const short = j.name.replace(/(?:壮族|回族|维吾尔)?自治区$|省$|市$/, '');
  return short.length >= 2 && short !== j.name ? [j.name, short] : [j.name];
}

export function draftMetadata(tree: ReportTree, jurisdictions: Jurisdiction[], sha256: string, ext: string, options: DraftOptions): { draft?: Draft; errors: Issue[] } {
  const errors: Issue[] = [];
  const notes: string[] = [];
  const front = tree.root.children.filter((n) => n.type === 'front');
  const titles = front.filter((n) => n.role === 'title');
  const dateline = front.find((n) => n.role === 'dateline');
  const speakerLine = front.find((n) => n.role === 'speaker');
  const error = (line: number, message: string, code: Issue['code'] = 'INVALID_METADATA') =>
    errors.push({ code, severity: 'error', line, message });

  // The fullest title the text gives (a page headline 2026年宁夏回族自治区政府工作报告 over the bare 政府工作报告).
  const textTitle = [...titles].sort((a, b) => b.text.length - a.text.length)[0];
  const title = options.title ?? textTitle?.text.replace(/\s+/g, '') ?? null;
  if (!title) error(1, 'no title found before the salutation or first heading: give one with --title "…"', 'MISSING_METADATA');
  if (options.title && textTitle) notes.push(`title given with --title; the text's own title line is ${textTitle.text}`);
  else if (options.title) notes.push('title given with --title: the text has no title line');

  const type: DocumentType | null = options.type
    ?? (title && /政府工作报告/.test(title) ? 'government-work-report'
      : title && /纲要/.test(title) ? 'five-year-plan-outline'
      : title && /建议/.test(title) && /五年规划/.test(title) ? 'five-year-plan-proposal'
      : null);
  if (title && !type) error(textTitle?.line ?? 1, `cannot tell the document type from the title ${title}: give --type`, 'MISSING_METADATA');

  // Jurisdiction: the most specific listed name the title (then the dateline) mentions.
  let jurisdiction: Jurisdiction | undefined;
  if (options.jurisdiction) {
    jurisdiction = jurisdictions.find((j) => j.name === options.jurisdiction || j.id === options.jurisdiction);
    if (!jurisdiction) error(1, `--jurisdiction ${options.jurisdiction} is not in content/jurisdictions.yaml: add it there first`);
  } else {
    const depth = { national: 0, province: 1, city: 2, county: 3 } as const;
    for (const text of [title ?? '', dateline?.text ?? '', speakerLine?.text ?? '']) {
      const found = jurisdictions.filter((j) => aliases(j).some((a) => text.includes(a)));
      if (found.length === 0) continue;
      const deepest = Math.max(...found.map((j) => depth[j.level]));
      const candidates = found.filter((j) => depth[j.level] === deepest);
      // A district name shared by several cities is told apart by its city in the same text.
      const narrowed = candidates.length > 1 ? candidates.filter((j) => found.some((p) => p.id === j.parent)) : candidates;
      if (narrowed.length === 1) { jurisdiction = narrowed[0]; break; }
      error(textTitle?.line ?? 1, `the title names more than one jurisdiction (${candidates.map((j) => j.name).join(', ')}): give --jurisdiction`);
      break;
    }
    if (!jurisdiction && !errors.length) {
      error(textTitle?.line ?? dateline?.line ?? 1, 'no jurisdiction listed in content/jurisdictions.yaml is named in the title or dateline: add it there, or give --jurisdiction', 'MISSING_METADATA');
    }
  }
  const parent = jurisdiction?.parent ? jurisdictions.find((j) => j.id === jurisdiction!.parent) : undefined;

  const delivered = dateline && !/通过/.test(dateline.text) ? isoDate(dateline.text) : null;
  const adopted = dateline && /通过/.test(dateline.text) ? isoDate(dateline.text) : null;
  if (dateline && !delivered && !adopted) notes.push(`the dateline (line ${dateline.line}) gives no full date`);
  if (!dateline) notes.push('the text has no dateline: dates and session stay null');
  const session = dateline ? sessionOf(dateline.text) : null;

  const speaker = speakerLine ? speakerName(speakerLine.text) : dateline ? speakerName(dateline.text) : null;
  if (speakerLine && !speaker) notes.push(`speaker line ${speakerLine.line} (${speakerLine.text}) names no one the draft can read: fill in by hand`);
  if (!speakerLine && speaker) notes.push(`speaker read from the dateline (line ${dateline!.line})`);

  // Years: from the part headings; a work report without them reviews last year and plans this one.
  const year = Number(/(\d{4})\s*年/.exec(title ?? '')?.[1] ?? (delivered ?? adopted ?? '').slice(0, 4)) || null;
  const reviewed: number[] = [];
  const planned: number[] = [];
  for (const part of tree.root.children) {
    if (part.type !== 'part') continue;
    // 二、“十四五”时期发展成就和“十五五”时期主要目标任务: each half says what its years are;
    // a half that says nothing (2025年及“十四五”时期工作回顾) goes with the half after it.
    let kind: 'review' | 'plan' | null = null;
    for (const segment of part.text.split(/和|及|与|暨/).reverse()) {
      kind = REVIEW.test(segment) ? 'review' : PLAN.test(segment) ? 'plan' : kind;
      const years = yearsIn(segment);
      const k = kind ?? (year && years.every((y) => y < year) ? 'review' : 'plan');
      (k === 'review' ? reviewed : planned).push(...years);
    }
  }
  if (type === 'government-work-report' && year) {
    if (reviewed.length === 0) { reviewed.push(year - 1); notes.push(`no part heading names the years reviewed: ${year - 1}, the year before the report's`); }
    if (!planned.includes(year)) planned.push(year);
  }
  if (!year && !options.id) error(textTitle?.line ?? 1, 'no year in the title or dateline: give --id', 'MISSING_METADATA');
  if (errors.length || !title || !type || !jurisdiction) return { errors };

  const fyp = /第(十[一二三四五六七八九]?|[一二三四五六七八九])个五年/.exec(title);
  const id = options.id ?? (type === 'government-work-report' || !fyp
    ? `${jurisdiction.id === 'china' ? 'national' : jurisdiction.id}-${year}`
    : `${jurisdiction.id}-${chineseNumber(fyp[1]!)}th-fyp-${type === 'five-year-plan-outline' ? 'outline' : 'proposal'}`);
  const shortTitle = type === 'government-work-report' ? `${jurisdiction.name} ${year}` : title;
  const issuingBody = type === 'government-work-report'
    ? (jurisdiction.level === 'national' ? '国务院' : `${jurisdiction.name}人民政府`)
    : /^(中共[^关]{2,12}委)/.exec(title)?.[1] ?? null;
  const meta: ReportMeta = {
    title,
    shortTitle,
    jurisdiction: jurisdiction.name,
    level: jurisdiction.level,
    parentJurisdiction: parent?.name ?? null,
    documentType: type,
    issuingBody,
    speaker,
    session,
    dates: { delivered, adopted, issued: null },
    yearsReviewed: uniqueSorted(reviewed),
    yearsPlanned: uniqueSorted(planned),
    source: `${id}.${ext}`,
    sha256,
  };
  return { draft: { id, meta, notes }, errors };
}

/** The draft as YAML in the order a maintainer reads it, notes as comments. */
export function draftYaml(draft: Draft): string {
  const m = draft.meta;
  const q = (v: string | null) => (v === null ? 'null' : /^[\w\u4e00-\u9fff“”（）·\-. ]+$/u.test(v) && !/^\d/.test(v) ? v : JSON.stringify(v));
  const dates = Object.entries(m.dates).filter(([, v]) => v !== null);
  return [
    ...draft.notes.map((n) => `# ${n}`),
    `title: ${q(m.title)}`,
    `shortTitle: ${q(m.shortTitle)}`,
    `jurisdiction: ${q(m.jurisdiction)}`,
    `level: ${m.level}`,
    `parentJurisdiction: ${q(m.parentJurisdiction)}`,
    `documentType: ${m.documentType}`,
    `issuingBody: ${q(m.issuingBody)}`,
    `speaker: ${q(m.speaker)}`,
    `session: ${q(m.session)}`,
    dates.length ? `dates:\n${dates.map(([k, v]) => `  ${k}: ${v}`).join('\n')}` : 'dates:\n  delivered: null',
    `yearsReviewed: [${m.yearsReviewed.join(', ')}]`,
    `yearsPlanned: [${m.yearsPlanned.join(', ')}]`,
    `source: ${m.source}`,
    `sha256: ${m.sha256}`,
    '',
  ].join('\n');
}
