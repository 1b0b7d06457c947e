// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import pagefind from './src/integrations/pagefind.ts';

/**
 * ATLAS_OUT lets tests build a throwaway site (the hostile-text build) without touching dist/;
 * ATLAS_CONTENT (read in src/content.config.ts) points it at another generated folder.
 */
export default defineConfig({
  // Absolute URLs (sitemap, Open Graph) need the deployment origin: set ATLAS_SITE when deploying.
  // The default is where `npm start` serves the site.
  site: process.env.ATLAS_SITE ?? 'http://127.0.0.1:4321',
  outDir: process.env.ATLAS_OUT ?? 'dist',
  // Astro's cache (the content layer's data store) beside the output, not in node_modules/.astro:
  // node_modules may be shared between checkouts, and builds of different corpora must not
  // overwrite each other's store.
  cacheDir: process.env.ATLAS_OUT ? `${process.env.ATLAS_OUT}-cache` : '.astro/cache',
  trailingSlash: 'always',
  // Chinese at the root, English under /en/ (pages live in src/pages/[...lang]/ and render both).
  i18n: { defaultLocale: 'zh', locales: ['zh', 'en'], routing: { prefixDefaultLocale: false } },
  build: { format: 'directory' },
  // Report text is quoted verbatim: no "smart" quotes or dashes (" → “, --- → —).
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404') }),
    pagefind({ generated: process.env.ATLAS_CONTENT ?? 'content/generated', indicators: 'content/indicators.yaml' }),
  ],
});
