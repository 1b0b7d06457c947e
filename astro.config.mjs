// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';

/**
 * ATLAS_OUT lets tests build a throwaway site (the hostile-text build) without touching dist/;
 * ATLAS_CONTENT (read in src/content.config.ts) points it at another generated folder.
 */
export default defineConfig({
  outDir: process.env.ATLAS_OUT ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Report text is quoted verbatim: no "smart" quotes or dashes (" → “, --- → —).
  markdown: { smartypants: false },
  integrations: [
    mdx(),
    pagefind({ generated: process.env.ATLAS_CONTENT ?? 'content/generated', indicators: 'content/indicators.yaml' }),
  ],
});
