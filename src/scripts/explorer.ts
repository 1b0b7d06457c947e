/**
 * The target explorer. It loads the facet index (/data/explorer/index.json) and then only the
 * record shards the current filters need (see src/lib/explorer-data.ts for the layout), filters
 * and sorts them here, shows PAGE_SIZE rows a page, and downloads the filtered rows as CSV
 * through the module that writes /data/targets.csv. The state (filters, sort, page) lives in the
 * URL, so a view can be linked.
 */
import type { Indicator, Target } from '../schemas/target.ts';
import { expandShortForms } from '../lib/short-forms.ts';
import { targetsToCsv } from '../lib/targets-csv.ts';
import { KINDS, LEVELS, MEASURES, plan, toTarget, type ExplorerIndex, type Row, type Shard, type ShardInfo } from '../lib/explorer-data.ts';
import { PAGE_SIZE } from '../lib/explorer-labels.ts';
import { fill } from '../i18n/dict.ts';
import { localize } from '../i18n/lang.ts';
import { formatValueEn } from '../i18n/terms.ts';

const form = document.getElementById('filters') as HTMLFormElement;
const count = document.getElementById('match-count')!;
const tbody = document.querySelector('table.targets tbody') as HTMLTableSectionElement;
const prev = document.getElementById('prev') as HTMLButtonElement;
const next = document.getElementById('next') as HTMLButtonElement;
const pageOf = document.getElementById('page-of')!;
const FIELDS = ['q', 'jurisdiction', 'level', 'period', 'kind', 'category', 'indicator', 'measure', 'headline', 'sort'] as const;
type Field = (typeof FIELDS)[number];
type State = Record<Field, string>;
/** Above this many shards a view is read shard by shard until its page is full (no total, no sort). */
const MAX_SHARDS = 12;
/** The page's words, rendered in its language by src/pages/[...lang]/targets/index.astro. */
const ui = JSON.parse(form.dataset.ui!) as {
  lang: 'zh' | 'en'; levels: string[]; kinds: string[]; comparators: Record<string, string>;
  countBroad: string; countFiltered: string; countAll: string; pageOf: string; tooMany: string; unavailable: string;
  headlineTitle: string; headlineMark: string; levelTag: string;
};
const en = ui.lang === 'en';
const LEVEL_NAME = ui.levels;
const KIND_NAME = ui.kinds;
const SYMBOL: Record<string, string> = { gte: '≥', gt: '>', lte: '≤', lt: '<', approx: '≈', eq: '=' };
const COMPARATOR_NAME = ui.comparators;
/** English names of places (Chinese names are the data's keys and stay the filter values). */
let placeEn = new Map<string, string>();
const placeName = (name: string) => (en ? placeEn.get(name) ?? name : name);

/** Lower case, short forms written out (规上 → 规模以上), so either form finds both. */
const fold = (s: string) => expandShortForms(s.toLowerCase()).replace(/\s+/g, ' ');

let index: ExplorerIndex;
let indicatorList: Indicator[] = [];
let words: string[] = [];
let categoryOf: string[] = [];
let page = 0;
type Hit = { row: Row; shard: Shard; name: string };
let shown: Hit[] = [];
let generation = 0;
const shardCache = new Map<string, Promise<Shard>>();
const textCache = new Map<string, Promise<string[]>>();
const json = <T>(url: string): Promise<T> => fetch(url).then((r) => {
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return r.json() as Promise<T>;
});
const shardRows = (name: string) => shardCache.get(name) ?? (shardCache.set(name, json<Shard>(`/data/explorer/${name}.json`)), shardCache.get(name)!);
const shardTexts = (name: string) => textCache.get(name) ?? (textCache.set(name, json<string[]>(`/data/explorer/${name}.text.json`)), textCache.get(name)!);

function readForm(): State {
  const data = new FormData(form);
  return Object.fromEntries(FIELDS.map((f) => [f, String(data.get(f) ?? '').trim()])) as State;
}

function writeForm(state: URLSearchParams) {
  for (const field of FIELDS) {
    const input = form.elements.namedItem(field) as HTMLInputElement | HTMLSelectElement | null;
    if (!input) continue;
    const value = state.get(field) ?? '';
    if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = value === '1';
    else input.value = value;
  }
  page = Math.max(0, Number(state.get('page') ?? 1) - 1) || 0;
}

/** A predicate over shard rows for the state, with the sentence when a keyword needs it. */
function matcher(f: State) {
  const j = f.jurisdiction ? index.jurisdictions.findIndex(([name]) => name === f.jurisdiction) : -2;
  const level = f.level ? LEVELS.indexOf(f.level as (typeof LEVELS)[number]) : -2;
  const kind = f.kind ? KINDS.indexOf(f.kind as (typeof KINDS)[number]) : -2;
  const measure = f.measure ? MEASURES.indexOf(f.measure as (typeof MEASURES)[number]) : -2;
  const indicator = f.indicator ? index.indicators.findIndex(([id]) => id === f.indicator) : -2;
  const terms = f.q ? fold(f.q).split(' ').filter(Boolean) : [];
  return (row: Row, shard: Shard, sentences?: string[]) => {
    const rj = shard.reports[row[1]]![2];
    if (j !== -2 && rj !== j) return false;
    if (level !== -2 && index.jurisdictions[rj]![1] !== level) return false;
    if (f.period && row[6] !== f.period) return false;
    if (kind !== -2 && row[5] !== kind) return false;
    if (measure !== -2 && row[13] !== measure) return false;
    if (f.headline === '1' && row[17] !== 1) return false;
    if (indicator !== -2 && row[7] !== indicator) return false;
    if (f.category && (row[7] < 0 || categoryOf[row[7]] !== f.category)) return false;
    if (terms.length) {
      const haystack = fold(`${row[8]} ${sentences?.[row[19]] ?? ''} ${row[18] ?? ''} ${row[7] >= 0 ? words[row[7]] : ''}`);
      return terms.every((word) => haystack.includes(word));
    }
    return true;
  };
}

function shardsFor(f: State): { shards: ShardInfo[]; complete: boolean } {
  const indicators = f.indicator
    ? [index.indicators.findIndex(([id]) => id === f.indicator)]
    : f.category ? index.indicators.flatMap((_, i) => (categoryOf[i] === f.category ? [i] : [])) : undefined;
  const { shards } = plan(index, {
    jurisdiction: f.jurisdiction ? index.jurisdictions.findIndex(([name]) => name === f.jurisdiction) : undefined,
    level: f.level ? LEVELS.indexOf(f.level as (typeof LEVELS)[number]) : undefined,
    indicators,
    period: f.period || undefined,
  });
  return { shards, complete: shards.length <= MAX_SHARDS };
}

function sortRows(rows: Hit[], sort: string) {
  const desc = sort.startsWith('-');
  const key = sort.replace(/^-/, '');
  const by = (a: Hit, b: Hit): number => {
    const x = a.row, y = b.row;
    if (key === 'period') return x[6] < y[6] ? -1 : x[6] > y[6] ? 1 : 0;
    if (key === 'value') {
      // Records without a number go last either way.
      if (x[9] === null || y[9] === null) return (x[9] === null ? 1 : 0) - (y[9] === null ? 1 : 0);
      return x[9] - y[9];
    }
    if (key === 'jurisdiction') return a.shard.reports[x[1]]![2] - b.shard.reports[y[1]]![2];
    return 0;
  };
  rows.sort((a, b) => {
    const d = by(a, b);
    const nullLast = key === 'value' && (a.row[9] === null || b.row[9] === null);
    return (desc && !nullLast ? -d : d) || a.row[0] - b.row[0];
  });
}

async function load(f: State, want: number): Promise<{ rows: Hit[]; total: number | null; offset: number }> {
  const test = matcher(f);
  const { shards, complete } = shardsFor(f);
  const take = async (s: ShardInfo) => {
    const [shard, sentences] = await Promise.all([shardRows(s.name), f.q ? shardTexts(s.name) : undefined]);
    return shard.rows.filter((r) => test(r, shard, sentences)).map((row) => ({ row, shard, name: s.name }));
  };
  if (complete) {
    const rows = (await Promise.all(shards.map(take))).flat();
    sortRows(rows, f.sort);
    return { rows, total: rows.length, offset: 0 };
  }
  const filtered = FIELDS.some((k) => k !== 'sort' && f[k]);
  if (!filtered) {
    // Every record in the site's order: page p is rows p·PAGE_SIZE … of the order-a shards.
    const from = Math.max(0, Math.floor((want - PAGE_SIZE) / index.chunk));
    const to = Math.floor((want - 1) / index.chunk);
    const rows = (await Promise.all(index.a.slice(from, to + 1).map(take))).flat();
    return { rows, total: index.total, offset: from * index.chunk };
  }
  const rows: Hit[] = [];
  for (const s of shards) {
    rows.push(...(await take(s)));
    if (rows.length >= want) return { rows, total: null, offset: 0 };
  }
  return { rows, total: rows.length, offset: 0 };
}

function cell(row: HTMLTableRowElement, text = '', cls?: string): HTMLTableCellElement {
  const td = row.insertCell();
  td.textContent = text;
  if (cls) td.className = cls;
  return td;
}

function render(rows: Hit[]) {
  const trs = rows.map(({ row, shard }) => {
    const t = toTarget(row, index, shard);
    const tr = document.createElement('tr');
    tr.id = t.id;
    tr.className = t.kind + (t.headline ? ' headline' : '');
    const place = cell(tr, placeName(t.jurisdiction));
    if (en && !placeEn.has(t.jurisdiction)) place.lang = 'zh-CN';
    const tag = document.createElement('span');
    tag.className = 'level-tag';
    tag.textContent = LEVEL_NAME[LEVELS.indexOf(t.level)]!;
    place.append(tag);
    cell(tr, t.period);
    const kind = cell(tr);
    const k = document.createElement('span');
    k.className = `kind kind-${t.kind}`;
    k.textContent = KIND_NAME[KINDS.indexOf(t.kind)]!;
    kind.append(k);
    if (t.headline) {
      const h = document.createElement('span');
      h.className = 'headline-tag';
      h.title = ui.headlineTitle;
      h.textContent = ui.headlineMark;
      kind.append(h);
    }
    const label = cell(tr);
    const indicator = t.indicator ? indicatorList[row[7]] : undefined;
    if (indicator) {
      const a = document.createElement('a');
      a.href = localize(`/indicators/${indicator.id}/`, ui.lang);
      a.textContent = t.label;
      a.lang = 'zh-CN';
      label.append(a);
      if (en || indicator.name !== t.label) {
        const n = document.createElement('span');
        n.className = 'indicator-name';
        n.textContent = en ? indicator.nameEn : indicator.name;
        label.append(n);
      }
    } else {
      label.textContent = t.label;
      label.lang = 'zh-CN';
    }
    const value = cell(tr, en ? formatValueEn(t) : formatValue(t), 'num');
    if (t.comparator) value.title = COMPARATOR_NAME[t.comparator]!;
    const source = cell(tr);
    const a = document.createElement('a');
    a.href = localize(t.url, ui.lang);
    a.textContent = `${shard.reports[row[1]]![1]} ${row[3]}`;
    a.lang = 'zh-CN';
    source.append(a);
    return tr;
  });
  tbody.replaceChildren(...trs);
}

function formatValue(t: Target): string {
  if (t.value === null) return '—';
  const number = t.valueMax === null ? String(t.value) : `${t.value}–${t.valueMax}`;
  const symbol = t.comparator && t.comparator !== 'eq' ? `${SYMBOL[t.comparator]} ` : '';
  return `${symbol}${number}${t.unit ?? ''}`;
}

async function apply(push: boolean) {
  const mine = ++generation;
  const f = readForm();
  const want = (page + 1) * PAGE_SIZE;
  const { rows, total, offset } = await load(f, want);
  if (mine !== generation) return; // a newer view started meanwhile
  const pages = total === null ? null : Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages !== null && page >= pages) page = pages - 1;
  shown = rows.slice(page * PAGE_SIZE - offset, (page + 1) * PAGE_SIZE - offset);
  render(shown);
  const filtered = FIELDS.some((k) => k !== 'sort' && f[k]);
  const broad = total === null;
  count.textContent = broad
    ? fill(ui.countBroad, { n: rows.length })
    : filtered ? fill(ui.countFiltered, { n: total, t: index.total }) : fill(ui.countAll, { t: index.total });
  prev.disabled = page === 0;
  next.disabled = pages !== null ? page >= pages - 1 : rows.length <= want;
  pageOf.textContent = fill(ui.pageOf, { p: page + 1, of: pages !== null ? ` / ${pages}` : '' });
  const params = new URLSearchParams();
  for (const field of FIELDS) if (f[field]) params.set(field, f[field]);
  if (page > 0) params.set('page', String(page + 1));
  const url = `${location.pathname}${params.size ? `?${params}` : ''}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  form.dataset.ready = '';
}

async function download() {
  const f = readForm();
  const { shards, complete } = shardsFor(f);
  if (!complete) {
    count.textContent = fill(ui.tooMany, { t: index.total });
    return;
  }
  const { rows } = await load(f, Infinity);
  const texts = new Map(await Promise.all(shards.map(async (s) => [s.name, await shardTexts(s.name)] as const)));
  const csv = targetsToCsv(rows.map(({ row, shard, name }) => toTarget(row, index, shard, texts.get(name))));
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  link.download = 'targets-filtered.csv';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/**
 * /targets/#<record id> (a figure in a report links here): open the page of the view that holds
 * the record. With a filter in the URL (?jurisdiction=…#id) only that view's shards are read;
 * without one, the record's report (/data/reports/<id>.json) names its jurisdiction, whose
 * shards in the site's order hold it — a few requests at any corpus size.
 */
async function pageOfRecord(id: string): Promise<number | null> {
  const f = readForm();
  const match = (hit: Hit) => toTarget(hit.row, index, hit.shard).id === id;
  if (FIELDS.some((k) => k !== 'sort' && f[k]) && shardsFor(f).complete) {
    const i = (await load(f, Infinity)).rows.findIndex(match);
    return i < 0 ? null : Math.floor(i / PAGE_SIZE);
  }
  const report = /^([a-z0-9-]+):/.exec(id)?.[1];
  if (!report) return null;
  const { jurisdiction } = await json<{ jurisdiction: string }>(`/data/reports/${report}.json`);
  const j = index.jurisdictions.findIndex(([name]) => name === jurisdiction);
  for (const s of index.a.filter((x) => (x.first as number) <= j && j <= (x.last as number))) {
    const shard = await shardRows(s.name);
    const row = shard.rows.find((r) => match({ row: r, shard, name: s.name }));
    if (row) return Math.floor(row[0] / PAGE_SIZE);
  }
  return null;
}

/**
 * The year list at once; the jurisdiction list (3,000 names at national scale) the one the URL
 * names first, then the rest a few hundred at a time, so filling it never blocks the page.
 */
function fillSelects(selected: string | null) {
  const period = form.elements.namedItem('period') as HTMLSelectElement;
  period.append(...index.periods.map(([p]) => new Option(p, p)));
  const jurisdiction = form.elements.namedItem('jurisdiction') as HTMLSelectElement;
  const option = ([name, level]: [string, number, number]) => new Option(`${placeName(name)}${fill(ui.levelTag, { level: LEVEL_NAME[level]! })}`, name);
  const all = index.jurisdictions;
  const first = selected ? all.find(([name]) => name === selected) : undefined;
  if (first) jurisdiction.append(option(first));
  const rest = all.filter((j) => j !== first);
  const slice = (from: number) => {
    const part = rest.slice(from, from + 300).map(option);
    // Keep the site's order: the URL's jurisdiction moves to its place once its neighbours arrive.
    jurisdiction.append(...part);
    if (from + 300 < rest.length) setTimeout(() => slice(from + 300));
    else if (first) {
      const placed = jurisdiction.querySelector(`option[value="${CSS.escape(first[0])}"]`)!;
      const after = all[all.indexOf(first) + 1];
      const before = after ? jurisdiction.querySelector(`option[value="${CSS.escape(after[0])}"]`) : null;
      if (before && before !== placed) jurisdiction.insertBefore(placed, before);
      else if (!before) jurisdiction.append(placed);
    }
  };
  slice(0);
}

async function start() {
  [index, indicatorList] = await Promise.all([json<ExplorerIndex>('/data/explorer/index.json'), json<Indicator[]>('/data/indicators.json')]);
  if (en) placeEn = new Map((await json<Array<{ name: string; nameEn: string }>>('/data/jurisdictions.json')).map((j) => [j.name, j.nameEn]));
  const byId = new Map(indicatorList.map((i) => [i.id, i]));
  indicatorList = index.indicators.map(([id]) => byId.get(id)!);
  words = indicatorList.map((i) => [i.name, ...i.aliases, i.nameEn, ...i.abbreviations].join(' '));
  categoryOf = indicatorList.map((i) => i.category);
  fillSelects(new URLSearchParams(location.search).get('jurisdiction'));
  writeForm(new URLSearchParams(location.search));
  const hash = decodeURIComponent(location.hash.slice(1));
  if (hash && !new URLSearchParams(location.search).has('page')) page = (await pageOfRecord(hash)) ?? page;
  await apply(false);
  if (hash) document.getElementById(hash)?.scrollIntoView({ block: 'center' });
  let typing: ReturnType<typeof setTimeout> | undefined;
  const refilter = (push: boolean) => {
    page = 0;
    void apply(push);
  };
  form.addEventListener('input', (event) => {
    clearTimeout(typing);
    // Typing replaces the history entry; choosing a filter adds one (Back undoes it).
    if ((event.target as HTMLElement).matches('input[type=search]')) typing = setTimeout(() => refilter(false), 150);
    else refilter(true);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    refilter(true);
  });
  form.addEventListener('reset', () => setTimeout(() => refilter(true)));
  prev.addEventListener('click', () => { page--; void apply(true); });
  next.addEventListener('click', () => { page++; void apply(true); });
  document.getElementById('download')!.addEventListener('click', () => void download());
  window.addEventListener('popstate', () => {
    writeForm(new URLSearchParams(location.search));
    void apply(false);
  });
}

start().catch((error) => {
  count.textContent = fill(ui.unavailable, { error: (error as Error).message });
});
