/**
 * The search page. Pagefind finds clauses (one index record per clause, see
 * src/lib/search-records.ts); clauses that contain the query as typed come first, because
 * Pagefind matches the words of a Chinese query anywhere in a record. Target records that match
 * the query (label, indicator names, a figure such as 5.5%) are listed above the text hits.
 * Query, filters and sort live in the URL.
 */
import type { TargetIndex } from '../schemas/target.ts';
import { formatValue, KIND_NAME } from '../lib/format-target.ts';
import { LEVEL_NAME } from '../lib/labels.ts';
import { expandShortForms, queryForms } from '../lib/short-forms.ts';
import { chineseFor, type GlossaryEntry } from '../lib/glossary.ts';
import { langOf, localize } from '../i18n/lang.ts';
import { clauseRefEn, formatValueEn, KIND_EN } from '../i18n/terms.ts';
import { fill, searchUi } from '../i18n/ui/search.ts';

const lang = langOf(location.pathname);
const ui = searchUi(lang);
const en = lang === 'en';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: PagefindResult[] }>;
}

const FILTERS = ['jurisdiction', 'level', 'year', 'type'] as const;
const PAGE = 10;
/** How many of the best-scored hits are read to find the exact matches. */
const RERANK = 30;

const form = document.getElementById('search-form') as HTMLFormElement;
const input = form.elements.namedItem('q') as HTMLInputElement;
const status = document.getElementById('search-status')!;
const targetSection = document.getElementById('target-hits')!;
const textSection = document.getElementById('text-hits')!;
const list = textSection.querySelector('ol')!;
const more = document.getElementById('more-hits') as HTMLButtonElement;
const termsNote = document.getElementById('search-terms');

let pagefind: Promise<Pagefind> | undefined;
let targetIndex: Promise<TargetIndex> | undefined;
let glossary: Promise<GlossaryEntry[]> | undefined;
let generation = 0;

const loadPagefind = () =>
  (pagefind ??= import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: 40 });
    await pf.init();
    return pf;
  }));
const loadTargets = () => (targetIndex ??= fetch('/data/targets-index.json').then((r) => r.json() as Promise<TargetIndex>));
const loadGlossary = () => (glossary ??= fetch('/data/glossary.json').then((r) => r.json() as Promise<GlossaryEntry[]>));

/** Full-width to ASCII, no spaces, lower case, short forms written out: how text is compared. */
const fold = (s: string) => expandShortForms(s.normalize('NFKC').replace(/\s+/g, '').toLowerCase());
const unescape = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#0?39;/g, "'").replace(/&amp;/g, '&');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function readState() {
  const data = new FormData(form);
  // ５．５％ and 5.5% are one query: full-width forms fold to ASCII before anything is searched.
  const get = (k: string) => String(data.get(k) ?? '').normalize('NFKC').trim();
  const filters: Record<string, string> = Object.fromEntries(FILTERS.map((f) => [f, get(f)] as const).filter(([, v]) => v));
  return { q: get('q'), sort: get('sort'), filters };
}

function writeState(params: URLSearchParams) {
  for (const name of ['q', 'sort', ...FILTERS]) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (field) field.value = params.get(name) ?? '';
  }
}

function syncUrl(state: ReturnType<typeof readState>, push: boolean) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [k, v] of Object.entries(state.filters)) params.set(k, v);
  if (state.sort) params.set('sort', state.sort);
  const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
  if (url !== location.pathname + location.search) history[push ? 'pushState' : 'replaceState'](null, '', url);
}

/** Target records whose label, indicator names or figure match the query. */
async function matchTargets(q: string, filters: Record<string, string>) {
  const index = await loadTargets();
  const query = fold(q);
  const figure = /\d/.test(query) ? new RegExp(`(?<![\\d.])${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) : null;
  return index.targets
    .filter((t) => {
      if (filters.jurisdiction && t.jurisdiction !== filters.jurisdiction) return false;
      if (filters.level && `${LEVEL_NAME[t.level]}级` !== filters.level) return false;
      if (filters.year && index.reports[t.report]?.year !== filters.year) return false;
      if (filters.type && index.reports[t.report]?.type !== filters.type) return false;
      if (figure) return figure.test(fold(t.figure ?? ''));
      const names = t.indicator ? index.indicators[t.indicator] ?? [] : [];
      return [t.label, ...names].some((name) => fold(name).includes(query));
    })
    .sort((a, b) => Number(b.headline) - Number(a.headline) || Number(a.kind === 'outcome') - Number(b.kind === 'outcome'));
}

function renderTargets(rows: Awaited<ReturnType<typeof matchTargets>>, q: string) {
  const ul = targetSection.querySelector('ul')!;
  ul.replaceChildren(
    ...rows.slice(0, 8).map((t) => {
      const li = document.createElement('li');
      const kind = en ? ` ${KIND_EN[t.kind]}` : KIND_NAME[t.kind];
      li.innerHTML = `<a href="${escape(localize(t.url, lang))}"><span class="t-label" lang="zh-CN">${escape(t.label)}</span>
        <span class="t-value">${escape(en ? formatValueEn(t) : formatValue(t))}</span></a>
        <span class="t-meta">${escape(t.jurisdiction)} · ${escape(t.period)}${escape(ui.year_suffix)}${kind}${t.headline ? ` · ${ui.headline}` : ''} · <span lang="zh-CN">${escape(t.source)}</span></span>`;
      return li;
    }),
  );
  const link = targetSection.querySelector<HTMLAnchorElement>('.more a')!;
  link.href = `${localize('/targets/', lang)}?q=${encodeURIComponent(q)}`;
  link.textContent = rows.length > 8 ? fill(ui.targetHitsAllN, { n: rows.length }) : ui.targetHitsAll;
  targetSection.hidden = rows.length === 0;
}

function renderHit(d: PagefindData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'hit';
  const path = d.meta.path ? `<span class="hit-path">${escape(d.meta.path)}</span>` : '';
  const clause = d.url.split('#')[1];
  const ref = en && clause ? ` <span class="hit-ref-en" lang="en">${escape(clauseRefEn(clause))}</span>` : '';
  li.innerHTML = `<a class="hit-link" href="${escape(localize(d.url, lang))}"><span class="hit-report">${escape(d.meta.report ?? '')}</span>
    <span class="hit-ref">${escape(d.meta.label ?? '')}</span>${ref}</a>${path}<p class="hit-excerpt">${d.excerpt}</p>`;
  return li;
}

async function run(push: boolean) {
  const state = readState();
  syncUrl(state, push);
  const mine = ++generation;
  if (!state.q) {
    status.textContent = '';
    targetSection.hidden = textSection.hidden = true;
    return;
  }
  status.textContent = ui.searching;
  const pf = await loadPagefind();
  // An English query also searches the Chinese words the glossary gives for it (unemployment → 城镇调查失业率).
  const typed = queryForms(state.q);
  const typedFolded = typed.map(fold);
  // GDP, 经济总量, 规上工业增加值: a query that is an indicator's name puts its page first.
  const named = new Set(Object.entries((await loadTargets().catch(() => null))?.indicators ?? {})
    .filter(([, names]) => names.some((n) => typedFolded.includes(fold(n))))
    .map(([id]) => `/indicators/${id}/`));
  // A query that is itself a known name needs no glossary; otherwise an English query also
  // searches the Chinese words the glossary gives for it.
  const chinese = named.size ? [] : chineseFor(state.q, await loadGlossary().catch(() => []));
  const forms = [...new Set([...typed, ...chinese.flatMap(queryForms)])];
  if (termsNote) {
    termsNote.hidden = chinese.length === 0 || !ui.englishTerms;
    termsNote.textContent = fill(ui.englishTerms, { terms: chinese.join('、') });
  }
  const options = { filters: state.filters, ...(state.sort === 'date' ? { sort: { date: 'desc' } } : {}) };
  const [searches, targets] = await Promise.all([
    Promise.all(forms.map((f) => pf.search(f, options))),
    Promise.all([state.q, ...chinese].map((q) => matchTargets(q, state.filters).catch(() => [])))
      .then((lists) => [...new Map(lists.flat().map((r) => [r.id, r])).values()]),
  ]);
  if (mine !== generation) return;

  const best = new Map<string, PagefindResult>();
  for (const s of searches) for (const r of s.results) if ((best.get(r.id)?.score ?? -1) < r.score) best.set(r.id, r);
  const merged = [...best.values()].sort((a, b) => b.score - a.score);
  const head = await Promise.all(merged.slice(0, RERANK).map((r) => r.data()));
  if (mine !== generation) return;
  // The exact phrase, typed or from the glossary, puts a clause above the rest.
  const wanted = [...typed, ...chinese.flatMap(queryForms)].map(fold);
  const rank = (d: PagefindData) => (named.has(d.url) ? 0 : wanted.some((w) => fold(unescape(d.content)).includes(w)) ? 1 : 2);
  const byDate = (a: PagefindData, b: PagefindData) => (b.meta.date ?? '').localeCompare(a.meta.date ?? '');
  const ordered = [0, 1, 2].flatMap((r) => head.filter((d) => rank(d) === r));
  if (state.sort === 'date') ordered.sort(byDate);
  const rest = merged.slice(RERANK);

  renderTargets(targets, state.q);
  list.replaceChildren(...ordered.slice(0, PAGE).map(renderHit));
  let shown = Math.min(PAGE, ordered.length);
  textSection.hidden = merged.length === 0;
  const total = merged.length;
  const say = () => {
    status.textContent = total === 0 && targets.length === 0
      ? fill(ui.none, { q: state.q })
      : `${fill(ui.found, { q: state.q, n: total })}${targets.length ? fill(ui.foundTargets, { n: targets.length }) : ''}${en ? '.' : '。'}`;
  };
  say();
  more.hidden = shown >= total;
  more.onclick = async () => {
    const next = shown < ordered.length
      ? ordered.slice(shown, shown + PAGE)
      : await Promise.all(rest.slice(shown - ordered.length, shown - ordered.length + PAGE).map((r) => r.data()));
    const items = next.map(renderHit);
    list.append(...items);
    shown += next.length;
    more.hidden = shown >= total;
    items[0]?.querySelector('a')?.focus();
  };
}

writeState(new URLSearchParams(location.search));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run(true);
});
form.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).matches('select')) void run(true);
});
let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => void run(false), 250);
});
window.addEventListener('popstate', () => {
  writeState(new URLSearchParams(location.search));
  void run(false);
});
if (input.value) void run(false);
else {
  // Load the engine and the target records while the reader types, so the first query is fast.
  const warm = () => void loadPagefind().then(loadTargets).then(() => (en ? loadGlossary() : undefined)).catch(() => {});
  if ('requestIdleCallback' in window) requestIdleCallback(warm);
  else setTimeout(warm, 200);
}
