/**
 * English words for the site's Chinese terms, for search: a reader who types "unemployment"
 * or "Yellow River" gets the clauses that say 城镇调查失业率 or 黄河流域. Built from the curated
 * indicator and topic lists (their English names, abbreviations and English aliases).
 */
import type { Topic } from '../schemas/topic.ts';
import type { Indicator } from '../schemas/target.ts';

/** One concept: the English ways to say it, and the Chinese words to search for it with. */
export interface GlossaryEntry {
  en: string[];
  zh: string[];
}

export function buildGlossary(indicators: readonly Indicator[], topics: readonly Topic[]): GlossaryEntry[] {
  return [
    ...indicators.map((i) => ({ en: [i.nameEn, ...i.abbreviations, ...i.aliasesEn], zh: [i.name, ...i.aliases.slice(0, 2)] })),
    ...topics.map((t) => ({ en: [t.nameEn, ...t.keywordsEn], zh: t.keywords.slice(0, 3) })),
  ];
}

const words = (s: string) => s.toLowerCase().normalize('NFKC').split(/[^a-z0-9&]+/).filter(Boolean);

/**
 * The Chinese search forms for an English query: every entry one of whose English terms
 * contains all the query's words (in any order), or is contained in the query.
 * @example chineseFor('unemployment', glossary) // => ['城镇调查失业率', …]
 */
export function chineseFor(query: string, glossary: readonly GlossaryEntry[]): string[] {
  const q = words(query);
  if (q.length === 0 || !/[a-z]{2,}/i.test(query)) return [];
  const joined = ` ${q.join(' ')} `;
  const hits = glossary.filter((entry) => entry.en.some((term) => {
    const t = words(term);
    return q.every((w) => t.some((tw) => tw === w || (w.length >= 4 && tw.startsWith(w)))) || (t.length > 0 && joined.includes(` ${t.join(' ')} `));
  }));
  return [...new Set(hits.flatMap((entry) => entry.zh))];
}
