/**
 * npm run eval: extracts the targets of every seed report that has a gold file
 * (tests/fixtures/gold/<report>.yaml) with the real pipeline (parseReport → extractTargets, as
 * ingest does) and prints per-field precision and recall and the list of misses.
 *
 *   npm run eval                 table and misses
 *   npm run eval -- --quiet      table only
 *   npm run eval -- --json       the result as JSON
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readIndicators, readMetadata } from './lib/read-yaml.ts';
import { parseReport } from './lib/parse-report.ts';
import { extractTargets } from './lib/stages/extract.ts';
import { clauseTexts, evaluate, formatResult, readGold } from './lib/extract/eval.ts';

const { values } = parseArgs({
  options: {
    gold: { type: 'string', default: 'tests/fixtures/gold' },
    sources: { type: 'string', default: 'content/sources' },
    indicators: { type: 'string', default: 'content/indicators.yaml' },
    json: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});

try {
  const gold = readGold(values.gold!);
  if (gold.size === 0) throw new Error(`${values.gold}: no gold files (<report>.yaml)`);
  const indicators = readIndicators(readFileSync(values.indicators!, 'utf8'), values.indicators!);
  const extracted = new Map<string, { records: ReturnType<typeof extractTargets>; clauses: Map<string, string> }>();
  for (const id of gold.keys()) {
    const textPath = join(values.sources!, `${id}.txt`);
    const metaPath = join(values.sources!, `${id}.yaml`);
    const { tree } = parseReport(readFileSync(textPath), textPath, id);
    const meta = readMetadata(readFileSync(metaPath, 'utf8'), metaPath);
    extracted.set(id, { records: extractTargets(tree, meta, indicators), clauses: clauseTexts(tree) });
  }
  const result = evaluate(gold, extracted);
  console.log(values.json ? JSON.stringify(result, null, 2) : formatResult(result, !values.quiet));
} catch (error) {
  console.error(`eval: ${(error as Error).message}`);
  if (process.env.DEBUG) console.error(error);
  process.exitCode = 1;
}
