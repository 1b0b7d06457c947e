/**
 * The site's two languages. Chinese is the default and lives at the root (/reports/…); English
 * mirrors every page under /en/ (/en/reports/…). Report text stays Chinese in both.
 */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** BCP 47 tag for `lang` attributes and hreflang. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** The `lang` route parameter of pages under src/pages/[...lang]/: undefined for Chinese. */
export const langParam = (lang: Lang): string | undefined => (lang === 'zh' ? undefined : lang);

/** getStaticPaths entries for both languages, crossed with each page's own paths. */
export const langPaths = <P extends Record<string, string>, Q extends Record<string, unknown>>(
  paths: Array<{ params: P; props: Q }> = [{ params: {} as P, props: {} as Q }],
) => LANGS.flatMap((lang) => paths.map(({ params, props }) => ({ params: { ...params, lang: langParam(lang) }, props: { ...props, lang } })));

/** The language of a URL path: /en/… is English, everything else Chinese. */
export const langOf = (path: string): Lang => (/^\/en(?:\/|$)/.test(path) ? 'en' : 'zh');

/**
 * A site path in a language: localize('/targets/', 'en') → '/en/targets/'. Open data, sources
 * and the search index are one copy for both languages and keep their path.
 */
export function localize(path: string, lang: Lang): string {
  const bare = path.replace(/^\/en(?=\/|$)/, '') || '/';
  if (lang === 'zh' || /^\/(?:data|sources|pagefind|_astro)\//.test(bare)) return bare;
  return `/en${bare}`;
}
