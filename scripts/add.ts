/**
 * Adds a report: copies the source byte for byte into content/sources/<id>.<ext> and drafts
 * <id>.yaml from the text itself, then prints the draft for the maintainer to check.
 *
 *   npm run add -- <file> [--title "…"] [--jurisdiction 山东省] [--type government-work-report] [--id x-2026]
 *                         [--dry-run] [--force] [--sources content/sources]
 *
 * What it cannot tell from the text it refuses as `file:line: error CODE message`, writing nothing.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { DocumentType } from '../src/schemas/report.ts';
import { draftMetadata, draftYaml } from './lib/draft-metadata.ts';
import { formatIssue, IngestError } from './lib/issues.ts';
import { parseReport } from './lib/parse-report.ts';
import { readJurisdictions, readMetadata } from './lib/read-yaml.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    title: { type: 'string' },
    jurisdiction: { type: 'string' },
    type: { type: 'string' },
    id: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    sources: { type: 'string', default: 'content/sources' },
    jurisdictions: { type: 'string', default: 'content/jurisdictions.yaml' },
  },
});

const display = (path: string) => relative(process.cwd(), path) || path;

try {
  const file = positionals[0];
  if (!file) throw new Error('usage: npm run add -- <file> [--title "…"] [--jurisdiction 名称] [--type …] [--id …] [--dry-run] [--force]');
  if (!existsSync(file)) throw new Error(`${file}: no such file`);
  const ext = extname(file).slice(1).toLowerCase();
  if (!/^(?:txt|pdf|html?)$/.test(ext)) throw new Error(`${file}: expected a .txt, .pdf or .html source`);
  const type = values.type === undefined ? undefined : DocumentType.parse(values.type);
  const bytes = readFileSync(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const jurisdictions = readJurisdictions(readFileSync(values.jurisdictions!, 'utf8'), display(values.jurisdictions!));
  const { tree } = parseReport(bytes, display(file), 'draft');
  const { draft, errors } = draftMetadata(tree, jurisdictions, sha256, ext, {
    title: values.title, jurisdiction: values.jurisdiction, type, id: values.id,
  });
  if (!draft) throw new IngestError(display(file), errors);
  const target = join(values.sources!, draft.meta.source);
  const yamlPath = join(values.sources!, `${draft.id}.yaml`);
  const yaml = draftYaml(draft);
  // The draft must pass the same checks `npm run ingest` applies.
  readMetadata(yaml, display(yamlPath), jurisdictions);
  if (!values['dry-run']) {
    for (const path of [target, yamlPath]) {
      if (existsSync(path) && !values.force) throw new Error(`${display(path)} exists: pass --force to replace it`);
    }
    copyFileSync(file, target);
    writeFileSync(yamlPath, yaml);
  }
  console.log(`${values['dry-run'] ? '(dry run) ' : ''}${display(target)} + ${display(yamlPath)}: check the draft against the text:\n`);
  console.log(yaml);
} catch (error) {
  if (error instanceof IngestError) console.error(error.issues.map((i) => formatIssue(error.file, i)).join('\n'));
  else console.error(`add: ${(error as Error).message ?? String(error)}`);
  process.exitCode = 1;
}
