/**
 * The explorer's data, split so that a view downloads only what it shows (issue 13).
 *
 * - `index.json`: the facets with counts (jurisdictions, levels, years, indicators, measures,
 *   kinds), the reports (for the 出处 column), and for each shard the range of keys it holds.
 * - Record shards in two orders, each cut into chunks of CHUNK rows:
 *   `a<n>` in the site's order (level, jurisdiction, report, text order), so a jurisdiction or
 *   a level is a few contiguous chunks; `b<n>` by indicator, then year, then jurisdiction, so an
 *   indicator (for a year) is a few contiguous chunks. The browser picks whichever order needs
 *   fewer chunks for the filters set.
 * - Each shard's rows are compact arrays without the sentence; the sentences of a shard (each
 *   once) are a separate file `<shard>.text.json`, fetched only for a keyword or a download.
 *
 * Pure and browser-safe: the build writes the files with it and the explorer decodes rows with
 * `toTarget`, so a downloaded row is the same record as in /data/targets.csv.
 */
import type { Target } from '../schemas/target.ts';

/** Rows per shard: 1,000 compact rows are ~25 KB gzip; a jurisdiction's year (~180 rows) is one or two shards. */
export const CHUNK = 1000;

export const LEVELS = ['national', 'province', 'city', 'county'] as const;
export const KINDS = ['target', 'outcome'] as const;
export const MEASURES = ['level', 'growth', 'decline', 'share', 'flow', 'cumulative', 'multiple'] as const;
export const COMPARATORS = ['gte', 'gt', 'lte', 'lt', 'approx', 'eq'] as const;
export const ATTRIBUTES = ['expected', 'binding'] as const;

/** One record without its sentence. Positions, so a shard carries no key names. */
export type Row = [
  n: number, // position in the site's order (the default sort)
  report: number, // index into the shard's own list of reports (Shard.reports)
  clause: string,
  clauseLabel: string,
  id: string | number, // record id, or just its number when it is `${report}:${clause}:${n}`
  kind: number,
  period: string,
  indicator: number, // index into ExplorerIndex.indicators, -1 for none
  label: string,
  value: number | null,
  valueMax: number | null,
  unit: string | null,
  comparator: number, // index into COMPARATORS, -1 for none
  measure: number,
  baseYear: number | null,
  baseValue: number | null,
  attribute: number, // index into ATTRIBUTES, -1 for none
  headline: 0 | 1,
  figure: string | null,
  text: number, // index into the shard's text file
];

export interface ShardInfo {
  name: string;
  rows: number;
  /** Order a: first and last jurisdiction index. Order b: first and last [indicator, period, jurisdiction]. */
  first: [number, string, number] | number;
  last: [number, string, number] | number;
}

/** A shard file: the reports its rows come from, and the rows. */
export interface Shard {
  /** [id, shortTitle, jurisdiction index]: kept here, not in the index, so the first load stays small at 3,000 reports. */
  reports: Array<[string, string, number]>;
  rows: Row[];
}

export interface ExplorerIndex {
  total: number;
  headlines: number;
  chunk: number;
  /** [name, level index, record count], in the site's order (level, then name). */
  jurisdictions: Array<[string, number, number]>;
  reports: number;
  /** [id, record count]; records without an indicator are index -1 (sorted last in order b). */
  indicators: Array<[string, number]>;
  periods: Array<[string, number]>;
  levels: number[];
  kinds: number[];
  measures: number[];
  a: ShardInfo[];
  b: ShardInfo[];
}

export interface ExplorerFiles {
  index: ExplorerIndex;
  /** Shard name → reports and rows; texts: shard name → sentences. */
  shards: Map<string, Shard>;
  texts: Map<string, string[]>;
}

interface ReportInfo {
  id: string;
  shortTitle: string;
}

const pos = <T>(list: readonly T[], value: T | null): number => (value === null ? -1 : list.indexOf(value));

/**
 * Splits `records` (in the site's order) into the index and shards. `clauseLabel` gives the
 * human reference of a clause (二（一）2), which the 出处 column shows.
 */
export function buildExplorerFiles(
  records: readonly Target[],
  reports: readonly ReportInfo[],
  indicatorIds: readonly string[],
  clauseLabel: (report: string, clause: string) => string,
  chunk = CHUNK,
): ExplorerFiles {
  const reportIdx = new Map(reports.map((r, i) => [r.id, i]));
  const shortTitle = new Map(reports.map((r) => [r.id, r.shortTitle]));
  const jurisdictions: Array<[string, number, number]> = [];
  const jIdx = new Map<string, number>();
  for (const t of records) {
    if (!jIdx.has(t.jurisdiction)) {
      jIdx.set(t.jurisdiction, jurisdictions.length);
      jurisdictions.push([t.jurisdiction, LEVELS.indexOf(t.level), 0]);
    }
    jurisdictions[jIdx.get(t.jurisdiction)!]![2]++;
  }
  // Order a relies on jurisdictions being contiguous and levels in order: check, never assume.
  for (let i = 1; i < jurisdictions.length; i++) {
    if (jurisdictions[i]![1] < jurisdictions[i - 1]![1]) throw new Error('explorer: records are not ordered by level');
  }
  const reportJ = new Map<string, number>();
  for (const t of records) reportJ.set(t.report, jIdx.get(t.jurisdiction)!);
  const count = <K>(values: K[]) => {
    const m = new Map<K, number>();
    for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
    return m;
  };
  const byIndicator = count(records.map((t) => t.indicator));
  const byPeriod = count(records.map((t) => t.period));
  const rows: Array<{ row: Row; t: Target; j: number; ind: number }> = records.map((t, n) => {
    const r = reportIdx.get(t.report);
    if (r === undefined) throw new Error(`explorer: record ${t.id} names unknown report ${t.report}`);
    const prefix = `${t.report}:${t.clause}:`;
    const short = t.id.startsWith(prefix) && /^\d+$/.test(t.id.slice(prefix.length)) ? Number(t.id.slice(prefix.length)) : t.id;
    if (t.url !== `/reports/${t.report}/#${t.clause}`) throw new Error(`explorer: record ${t.id} has an unexpected url ${t.url}`);
    const ind = pos(indicatorIds, t.indicator);
    if (t.indicator !== null && ind < 0) throw new Error(`explorer: record ${t.id} names unknown indicator ${t.indicator}`);
    const row: Row = [
      n, r, t.clause, clauseLabel(t.report, t.clause), short, pos(KINDS, t.kind), t.period, ind, t.label, t.value, t.valueMax, t.unit,
      pos(COMPARATORS, t.comparator), pos(MEASURES, t.measure), t.baseYear, t.baseValue, pos(ATTRIBUTES, t.attribute), t.headline ? 1 : 0, t.figure, -1,
    ];
    return { row, t, j: jIdx.get(t.jurisdiction)!, ind };
  });
  const shards = new Map<string, Shard>();
  const texts = new Map<string, string[]>();
  const cut = (prefix: string, ordered: typeof rows, key: (x: (typeof rows)[number]) => ShardInfo['first']): ShardInfo[] => {
    const out: ShardInfo[] = [];
    for (let start = 0, k = 0; start < ordered.length; start += chunk, k++) {
      const part = ordered.slice(start, start + chunk);
      const name = `${prefix}${k}`;
      const sentences: string[] = [];
      const seen = new Map<string, number>();
      const local: Shard['reports'] = [];
      const localIdx = new Map<string, number>();
      const shardRows = part.map(({ row, t }) => {
        let i = seen.get(t.text);
        if (i === undefined) seen.set(t.text, (i = sentences.push(t.text) - 1));
        let r = localIdx.get(t.report);
        if (r === undefined) localIdx.set(t.report, (r = local.push([t.report, shortTitle.get(t.report)!, reportJ.get(t.report)!]) - 1));
        const copy = [...row] as Row;
        copy[1] = r;
        copy[19] = i;
        return copy;
      });
      shards.set(name, { reports: local, rows: shardRows });
      texts.set(name, sentences);
      out.push({ name, rows: part.length, first: key(part[0]!), last: key(part.at(-1)!) });
    }
    return out;
  };
  const a = cut('a', rows, (x) => x.j);
  const indKey = (x: (typeof rows)[number]) => (x.ind < 0 ? indicatorIds.length : x.ind);
  const orderB = [...rows].sort((x, y) => indKey(x) - indKey(y) || cmp(x.t.period, y.t.period) || x.j - y.j || x.row[0] - y.row[0]);
  const b = cut('b', orderB, (x) => [indKey(x), x.t.period, x.j]);
  return {
    index: {
      total: records.length,
      headlines: records.filter((t) => t.headline).length,
      chunk,
      jurisdictions,
      reports: reports.length,
      indicators: indicatorIds.map((id) => [id, byIndicator.get(id) ?? 0]),
      periods: [...byPeriod.entries()].sort((x, y) => cmp(x[0], y[0])),
      levels: LEVELS.map((l) => records.filter((t) => t.level === l).length),
      kinds: KINDS.map((k) => records.filter((t) => t.kind === k).length),
      measures: MEASURES.map((m) => records.filter((t) => t.measure === m).length),
      a,
      b,
    },
    shards,
    texts,
  };
}

/** Plain code-point order (the same in the build and every browser, unlike localeCompare). */
export const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** A shard row back as the published record (the sentence from the shard's text file, or ''). */
export function toTarget(row: Row, index: ExplorerIndex, shard: Shard, sentences?: readonly string[]): Target {
  const [report, , j] = shard.reports[row[1]]!;
  const [jurisdiction, level] = index.jurisdictions[j]!;
  return {
    id: typeof row[4] === 'number' ? `${report}:${row[2]}:${row[4]}` : row[4],
    report,
    clause: row[2],
    url: `/reports/${report}/#${row[2]}`,
    jurisdiction,
    level: LEVELS[level]!,
    kind: KINDS[row[5]]!,
    period: row[6],
    indicator: row[7] < 0 ? null : index.indicators[row[7]]![0],
    label: row[8],
    value: row[9],
    valueMax: row[10],
    unit: row[11],
    comparator: row[12] < 0 ? null : COMPARATORS[row[12]]!,
    measure: MEASURES[row[13]]!,
    baseYear: row[14],
    baseValue: row[15],
    attribute: row[16] < 0 ? null : ATTRIBUTES[row[16]]!,
    headline: row[17] === 1,
    figure: row[18],
    text: sentences?.[row[19]] ?? '',
  };
}

export interface Filters {
  jurisdiction?: number;
  level?: number;
  indicators?: number[];
  period?: string;
}

type Key = [number, string, number];
const cmpKey = (x: Key, y: Key) => x[0] - y[0] || cmp(x[1], y[1]) || x[2] - y[2];

/**
 * The shards a view needs, in the order that needs fewest: order a when a jurisdiction or level
 * is chosen, order b when an indicator (or a category's indicators) is, else all of order a.
 */
export function plan(index: ExplorerIndex, f: Filters): { order: 'a' | 'b'; shards: ShardInfo[] } {
  let a = index.a;
  if (f.jurisdiction !== undefined) {
    const j = f.jurisdiction;
    a = a.filter((s) => (s.first as number) <= j && j <= (s.last as number));
  } else if (f.level !== undefined) {
    const js = index.jurisdictions.flatMap(([, l], i) => (l === f.level ? [i] : []));
    a = js.length ? a.filter((s) => (s.first as number) <= js.at(-1)! && js[0]! <= (s.last as number)) : [];
  }
  let b = index.b;
  if (f.indicators) {
    const none = index.indicators.length;
    const wanted = f.indicators.map((i) => (i < 0 ? none : i));
    b = b.filter((s) => wanted.some((ind) => {
      const lo: Key = [ind, f.period ?? '', -Infinity];
      const hi: Key = [ind, f.period ?? '\uffff', Infinity];
      return cmpKey(s.first as Key, hi) <= 0 && cmpKey(lo, s.last as Key) <= 0;
    }));
  }
  return b.length < a.length ? { order: 'b', shards: b } : { order: 'a', shards: a };
}
