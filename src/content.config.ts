import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { ReportFrontmatter, ReportTree } from './schemas/report.ts';
import { Indicator, ReportTargets } from './schemas/target.ts';
import { Jurisdiction } from './schemas/jurisdiction.ts';
import { Topic } from './schemas/topic.ts';

/**
 * Written by `npm run ingest` from content/sources/; never edited by hand. ATLAS_CONTENT points
 * the site at another generated folder (the hostile-input build test uses it).
 */
const generated = process.env.ATLAS_CONTENT ?? './content/generated';

const reports = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${generated}/reports` }),
  schema: ReportFrontmatter,
});

const trees = defineCollection({
  loader: glob({ pattern: '*.json', base: `${generated}/trees` }),
  schema: ReportTree,
});

/** Target and outcome records extracted from each report. */
const targets = defineCollection({
  loader: glob({ pattern: '*.json', base: `${generated}/targets` }),
  schema: ReportTargets,
});

/** The curated indicator dictionary (hand-written, not generated). */
const indicators = defineCollection({
  loader: file('content/indicators.yaml'),
  schema: Indicator,
});

/** Provinces, cities and districts and how they nest (hand-written; the benchmark's synthetic corpora bring their own through ATLAS_JURISDICTIONS). */
const jurisdictions = defineCollection({
  loader: file(process.env.ATLAS_JURISDICTIONS ?? 'content/jurisdictions.yaml'),
  schema: Jurisdiction,
});

/** Policy topics and their keywords (hand-written). */
const topics = defineCollection({
  loader: file('content/topics.yaml'),
  schema: Topic,
});

export const collections = { reports, trees, targets, indicators, jurisdictions, topics };
