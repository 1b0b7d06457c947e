import { defineConfig } from 'vitest/config';

/**
 * `npm test` = `npm run build && astro check && vitest run`.
 *
 * Three projects share one run:
 * - unit: everything under tests/ except tests/e2e and tests/build (ingest, site, …); they import TypeScript
 *   from scripts/ and src/schemas/ with explicit `.ts` extensions, which Vite resolves as is.
 * - build: tests/build/**, one file at a time (each runs its own Astro build);
 * - e2e: tests/e2e/**, against the BUILT site in dist/ served by tests/support/site.ts and driven
 *   by Debian's Chromium (tests/support/browser.ts). Longer timeouts: a browser launch, a page
 *   load and an axe run each take seconds.
 *
 * Files run in at most two workers (the CI machines have two cores; each e2e file starts its
 * own Chromium).
 */
export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/build/**', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          // Each file builds a throwaway site with Astro, which keeps its working files in the
          // project's .astro/: two builds at once would trip over each other.
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
