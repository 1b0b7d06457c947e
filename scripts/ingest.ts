/**
 * Ingest: content/sources/<id>.txt + <id>.yaml → content/generated/{reports/<id>.mdx,trees/<id>.json}.
 *
 *   npm run ingest                      regenerate everything from content/sources/
 *   npm run ingest -- <file> --json     parse one text (no metadata needed) and print its tree
 *   npm run ingest -- --sources D --out D   other folders (tests use this)
 *   npm run ingest -- --no-cache        parse every report again (the cache is content/.cache/ingest/)
 *
 * Problems print as `path:line: severity CODE message`; on any error the exit code is 1 and
 * nothing is written.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssue, IngestError, type Issue } from './lib/issues.ts';
import { readIndicators, readJurisdictions, readMetadata } from './lib/read-yaml.ts';
import { extractTargets } from './lib/stages/extract.ts';
import { parseSourceFile, SOURCE_FILE } from './lib/parse-report.ts';
import { emit, type EmittedReport } from './lib/stages/emit.ts';
import { IngestCache, pipelineDigest } from './lib/ingest-cache.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    sources: { type: 'string', default: 'content/sources' },
    out: { type: 'string', default: 'content/generated' },
    indicators: { type: 'string', default: 'content/indicators.yaml' },
    jurisdictions: { type: 'string', default: 'content/jurisdictions.yaml' },
    quiet: { type: 'boolean', default: false },
    cache: { type: 'string', default: 'content/.cache/ingest' },
    'no-cache': { type: 'boolean', default: false },
  },
});

const display = (path: string) => relative(process.cwd(), path) || path;
const reportId = (file: string) => basename(file).replace(/\.[^.]+$/, '');

function printIssues(file: string, issues: Issue[]): void {
  for (const issue of issues) console.error(formatIssue(file, issue));
}

try {
  if (positionals.length > 0) await parseOne(positionals[0]!);
  else await ingestAll(values.sources!, values.out!);
} catch (error) {
  if (error instanceof IngestError) {
    console.error(error.message);
  } else {
    // Not a stack trace: name what failed and stop.
    console.error(`ingest: ${(error as Error).message ?? String(error)}`);
  }
  process.exitCode = 1;
}

async function parseOne(file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`${file}: no such file`);
  const { tree, warnings } = await parseSourceFile(readFileSync(file), display(file), reportId(file));
  printIssues(display(file), warnings);
  if (values.json) process.stdout.write(`${JSON.stringify(tree, null, 2)}\n`);
  else console.log(summarize(tree.report, tree.layout, tree.removals.length, tree.root));
}

async function ingestAll(sourcesDir: string, outDir: string): Promise<void> {
  const started = performance.now();
  const texts = readdirSync(sourcesDir).filter((f) => SOURCE_FILE.test(f)).sort();
  if (texts.length === 0) throw new Error(`${sourcesDir}: no .txt, .pdf or .html reports found`);
  const errors: IngestError[] = [];
  let indicators: ReturnType<typeof readIndicators> = [];
  let jurisdictions: ReturnType<typeof readJurisdictions> = [];
  try {
    indicators = readIndicators(readFileSync(values.indicators!, 'utf8'), display(values.indicators!));
    jurisdictions = readJurisdictions(readFileSync(values.jurisdictions!, 'utf8'), display(values.jurisdictions!));
  } catch (error) {
    if (error instanceof IngestError) errors.push(error);
    else throw error;
  }
  // Each report is written beside the old output as soon as it is made (so memory holds one
  // report, not the corpus), and the folders are swapped at the end: a failure never leaves half a tree.
  const staging = `${outDir}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  for (const sub of ['reports', 'trees', 'targets', 'sources']) mkdirSync(join(staging, sub), { recursive: true });
  const emitted: Array<{ id: string; output: Pick<EmittedReport, 'frontmatter'>; layout: string; targets: number }> = [];
  const write = (id: string, name: string, output: EmittedReport, bytes: Buffer) => {
    // The untouched source travels with what was made from it (the site offers it for download).
    writeFileSync(join(staging, 'sources', `${id}${extname(name)}`), bytes);
    writeFileSync(join(staging, 'reports', `${id}.mdx`), output.mdx);
    writeFileSync(join(staging, 'trees', `${id}.json`), output.json);
    writeFileSync(join(staging, 'targets', `${id}.json`), output.targets);
  };
  // Unchanged reports (same source, metadata, curated lists and pipeline) are read back, not parsed.
  const cache = new IngestCache(values['no-cache'] ? null : values.cache!, pipelineDigest([values.indicators!, values.jurisdictions!]));
  for (const name of texts) {
    const textPath = display(join(sourcesDir, name));
    const metaPath = display(join(sourcesDir, `${reportId(name)}.yaml`));
    try {
      const id = reportId(name);
      if (!/^[a-z0-9-]+$/.test(id)) {
        throw new IngestError(textPath, [{ code: 'INVALID_METADATA', severity: 'error', line: 1,
          message: `file name "${name}": use lowercase letters, digits and hyphens (it becomes the URL)` }]);
      }
      if (!existsSync(metaPath)) {
        throw new IngestError(metaPath, [{ code: 'MISSING_METADATA', severity: 'error', line: 1,
          message: `no metadata for ${name}: copy another report's .yaml and edit it` }]);
      }
      if (texts.some((other) => other !== name && reportId(other) === id)) {
        throw new IngestError(textPath, [{ code: 'INVALID_METADATA', severity: 'error', line: 1,
          message: `${id} has more than one source (${texts.filter((o) => reportId(o) === id).join(', ')}): keep one` }]);
      }
      const bytes = readFileSync(join(sourcesDir, name));
      const metaText = readFileSync(metaPath, 'utf8');
      const meta = readMetadata(metaText, metaPath, jurisdictions);
      const actual = createHash('sha256').update(bytes).digest('hex');
      if (meta.source !== name) {
        throw new IngestError(metaPath, [{ code: 'INVALID_METADATA', severity: 'error', line: 1, message: `source: "${meta.source}" should be "${name}"` }]);
      }
      if (meta.sha256 !== actual) {
        throw new IngestError(metaPath, [{ code: 'CHECKSUM_MISMATCH', severity: 'error', line: 1,
          message: `sha256 ${meta.sha256} does not match ${name} (${actual}): was the source edited?` }]);
      }
      const key = cache.key(id, bytes, metaText);
      const cached = cache.get(key);
      if (cached) {
        printIssues(textPath, cached.warnings);
        write(id, name, cached.output, bytes);
        emitted.push({ id, output: { frontmatter: cached.output.frontmatter }, layout: cached.layout, targets: cached.targets });
        continue;
      }
      const { tree, warnings } = await parseSourceFile(bytes, textPath, id);
      printIssues(textPath, warnings);
      // structure → extract → emit
      const targets = extractTargets(tree, meta, indicators);
      const output = emit(tree, meta, targets);
      cache.set(key, { output, layout: tree.layout, targets: targets.length, warnings });
      write(id, name, output, bytes);
      emitted.push({ id, output: { frontmatter: output.frontmatter }, layout: tree.layout, targets: targets.length });
    } catch (error) {
      if (error instanceof IngestError) errors.push(error);
      else {
        rmSync(staging, { recursive: true, force: true });
        throw error;
      }
    }
  }
  if (errors.length > 0) {
    for (const error of errors) console.error(error.message);
    rmSync(staging, { recursive: true, force: true });
    console.error(`ingest: ${errors.length} of ${texts.length} report(s) failed; nothing was written`);
    process.exitCode = 1;
    return;
  }
  rmSync(outDir, { recursive: true, force: true });
  renameSync(staging, outDir);
  if (!values.quiet) {
    for (const { id, output, layout, targets } of emitted) {
      const s = output.frontmatter.stats;
      console.log(`${id.padEnd(28)} ${layout.padEnd(16)} parts ${s.parts}  sections ${s.sections}  articles ${s.articles}  clauses ${s.clauses}  removals ${s.removals}  figures ${targets}`);
    }
    console.log(`ingest: ${emitted.length} report(s) → ${display(outDir)} in ${Math.round(performance.now() - started)} ms (${cache.misses} parsed, ${cache.hits} unchanged from the cache)`);
  }
}

function summarize(id: string, layout: string, removals: number, root: { children: unknown[] }): string {
  return `${id}: ${layout}, ${root.children.length} top-level nodes, ${removals} removals (use --json for the tree)`;
}
