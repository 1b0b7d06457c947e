/**
 * Interface strings, one dictionary per area of the site (src/i18n/ui/*.ts). Each area writes
 * its Chinese strings once and gives the English for every key: the English object is typed by
 * the Chinese one, so a missing or misspelt key fails `astro check`.
 *
 * @example
 * const t = dict({ title: '搜索' }, { title: 'Search' });
 * t('en').title // => 'Search'
 */
import type { Lang } from './lang.ts';

export type Strings<K extends string> = Readonly<Record<K, string>>;

export function dict<K extends string>(zh: Strings<K>, en: NoInfer<Strings<K>>): (lang: Lang) => Strings<K> {
  return (lang) => (lang === 'en' ? en : zh);
}

/** Fills {name} slots: fill('“{q}”：{n} 条', { q: 'GDP', n: 3 }) → “GDP”：3 条. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
