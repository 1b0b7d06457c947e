/**
 * Builds the Pagefind index after Astro has written the site (`astro:build:done`), through
 * Pagefind's Node API, from the same generated files the pages were rendered from. Logs what
 * it indexed and how long it took, and always closes the Pagefind service.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import { indicatorRecord, reportRecords, type SearchRecord } from '../lib/search-records.ts';
import { ReportFrontmatter, ReportTree } from '../schemas/report.ts';
import { IndicatorList, ReportTargets } from '../schemas/target.ts';

/** Every record the index holds, read from `generated` (content/generated) and the indicator dictionary. */
export function collectRecords(generated: string, indicatorsFile: string): SearchRecord[] {
  const records: SearchRecord[] = [];
  const counts = new Map<string, number>();
  for (const file of readdirSync(join(generated, 'reports')).filter((f) => f.endsWith('.mdx')).sort()) {
    const id = file.replace(/\.mdx$/, '');
    const mdx = readFileSync(join(generated, 'reports', file), 'utf8');
    const frontmatter = ReportFrontmatter.parse(parse(mdx.split(/^---$/m)[1]!));
    const tree = ReportTree.parse(JSON.parse(readFileSync(join(generated, 'trees', `${id}.json`), 'utf8')));
    records.push(...reportRecords(frontmatter, tree));
    const { targets } = ReportTargets.parse(JSON.parse(readFileSync(join(generated, 'targets', `${id}.json`), 'utf8')));
    for (const t of targets) if (t.indicator) counts.set(t.indicator, (counts.get(t.indicator) ?? 0) + 1);
  }
  const indicators = IndicatorList.parse(parse(readFileSync(indicatorsFile, 'utf8')));
  records.push(...indicators.map((i) => indicatorRecord(i, counts.get(i.id) ?? 0)));
  return records;
}

export default function pagefindIntegration(options: { generated: string; indicators: string }): AstroIntegration {
  return {
    name: 'policy-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        try {
          const records = collectRecords(options.generated, options.indicators);
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          for (const record of records) {
            const added = await index.addCustomRecord(record);
            if (added.errors.length) throw new Error(`Pagefind refused ${record.url}: ${added.errors.join('; ')}`);
          }
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${records.length} records in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
