/**
 * The target explorer, enhanced: filters and a keyword box over the server-rendered table.
 * The filter state lives in the URL (?indicator=gdp&q=…), so a filtered view can be linked;
 * the rows come from /data/targets.json (the same records the table was rendered from) and the
 * filtered ones download as CSV through the module that writes /data/targets.csv.
 */
import type { Indicator, Target } from '../schemas/target.ts';
import { expandShortForms } from '../lib/short-forms.ts';
import { targetsToCsv } from '../lib/targets-csv.ts';

const form = document.getElementById('filters') as HTMLFormElement;
const count = document.getElementById('match-count')!;
const total = document.querySelectorAll('table.targets tbody tr').length;
const FIELDS = ['q', 'jurisdiction', 'level', 'period', 'kind', 'category', 'indicator', 'headline'] as const;
type Field = (typeof FIELDS)[number];

/** Lower case, short forms written out (规上 → 规模以上), so either form finds both. */
const fold = (s: string) => expandShortForms(s.toLowerCase()).replace(/\s+/g, ' ');

let records: Target[] = [];
let categoryOf: Record<string, string> = {};
/** Per indicator, what the keyword box also searches: its names, aliases and English forms. */
let words: Record<string, string> = {};
let rows = new Map<string, HTMLTableRowElement>();

function readForm(): Record<Field, string> {
  const data = new FormData(form);
  return Object.fromEntries(FIELDS.map((f) => [f, String(data.get(f) ?? '').trim()])) as Record<Field, string>;
}

function writeForm(state: URLSearchParams) {
  for (const field of FIELDS) {
    const input = form.elements.namedItem(field) as HTMLInputElement | HTMLSelectElement | null;
    if (!input) continue;
    const value = state.get(field) ?? '';
    if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = value === '1';
    else input.value = value;
  }
}

function matches(t: Target, f: Record<Field, string>): boolean {
  if (f.jurisdiction && t.jurisdiction !== f.jurisdiction) return false;
  if (f.level && t.level !== f.level) return false;
  if (f.period && t.period !== f.period) return false;
  if (f.kind && t.kind !== f.kind) return false;
  if (f.headline === '1' && !t.headline) return false;
  if (f.indicator && t.indicator !== f.indicator) return false;
  if (f.category && (!t.indicator || categoryOf[t.indicator] !== f.category)) return false;
  if (f.q) {
    const haystack = fold(`${t.label} ${t.text} ${t.figure ?? ''} ${t.indicator ? words[t.indicator] ?? '' : ''}`);
    return fold(f.q).split(' ').every((word) => haystack.includes(word));
  }
  return true;
}

function apply(push: boolean) {
  const f = readForm();
  let shown = 0;
  for (const t of records) {
    const row = rows.get(t.id);
    if (!row) continue;
    const show = matches(t, f);
    row.hidden = !show;
    if (show) shown++;
  }
  count.textContent = shown === total ? `共 ${total} 条` : `筛选出 ${shown} 条（共 ${total} 条）`;
  const params = new URLSearchParams();
  for (const field of FIELDS) if (f[field]) params.set(field, f[field]);
  const url = `${location.pathname}${params.size ? `?${params}` : ''}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
}

function download() {
  const f = readForm();
  const csv = targetsToCsv(records.filter((t) => matches(t, f)));
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  link.download = 'targets-filtered.csv';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

async function start() {
  const [data, indicators] = await Promise.all([
    fetch('/data/targets.json').then((r) => r.json() as Promise<Target[]>),
    fetch('/data/indicators.json').then((r) => r.json() as Promise<Indicator[]>),
  ]);
  records = data;
  categoryOf = Object.fromEntries(indicators.map((i) => [i.id, i.category]));
  words = Object.fromEntries(indicators.map((i) => [i.id, [i.name, ...i.aliases, i.nameEn, ...i.abbreviations].join(' ')]));
  rows = new Map([...document.querySelectorAll<HTMLTableRowElement>('table.targets tbody tr[id]')].map((r) => [r.id, r]));
  writeForm(new URLSearchParams(location.search));
  form.dataset.ready = '';
  apply(false);
  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', (event) => {
    clearTimeout(typing);
    // Typing replaces the history entry; choosing a filter adds one (Back undoes it).
    if ((event.target as HTMLElement).matches('input[type=search]')) typing = setTimeout(() => apply(false), 150);
    else apply(true);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(true);
  });
  form.addEventListener('reset', () => setTimeout(() => apply(true)));
  document.getElementById('download')!.addEventListener('click', download);
  window.addEventListener('popstate', () => {
    writeForm(new URLSearchParams(location.search));
    apply(false);
  });
}

start().catch((error) => {
  count.textContent = `筛选不可用：${(error as Error).message}。下表列出全部记录。`;
});
