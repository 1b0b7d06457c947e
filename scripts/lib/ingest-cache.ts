/**
 * The incremental ingest cache: what a report produced (its emitted files, warnings and counts),
 * kept under a key that changes whenever anything that shaped it changes — the source bytes,
 * its metadata, the curated lists, the pipeline version and the pipeline's own code. An
 * unchanged report is then read back instead of parsed again. The cache is a plain folder
 * (gitignored); deleting it only makes the next ingest slower.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Issue } from './issues.ts';
import { PIPELINE_VERSION } from './parse-report.ts';
import type { EmittedReport } from './stages/emit.ts';

export interface CachedReport {
  output: EmittedReport;
  layout: string;
  targets: number;
  warnings: Issue[];
}

/** Every .ts file under these folders is part of the pipeline: editing one invalidates the cache. */
const PIPELINE_CODE = ['scripts/lib', 'src/schemas'];

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The part of every key shared by all reports of a run: pipeline version, code and curated lists. */
export function pipelineDigest(curated: string[]): string {
  const hash = createHash('sha256').update(`pipeline ${PIPELINE_VERSION}\n`);
  for (const file of [...PIPELINE_CODE.flatMap((d) => files(d)), ...curated]) {
    hash.update(`${file}\n`).update(readFileSync(file)).update('\n');
  }
  return hash.digest('hex');
}

export class IngestCache {
  hits = 0;
  misses = 0;
  private dir: string | null;
  private digest: string;
  constructor(dir: string | null, digest: string) {
    this.dir = dir;
    this.digest = digest;
    if (dir) mkdirSync(dir, { recursive: true });
  }

  key(id: string, source: Uint8Array, metadata: string): string {
    return createHash('sha256').update(this.digest).update(`\n${id}\n`).update(source).update('\n').update(metadata).digest('hex');
  }

  get(key: string): CachedReport | null {
    if (!this.dir) return null;
    const file = join(this.dir, `${key}.json`);
    if (!existsSync(file)) return (this.misses++, null);
    try {
      const value = JSON.parse(readFileSync(file, 'utf8')) as CachedReport;
      this.hits++;
      return value;
    } catch {
      // A torn or foreign file: parse the report again (and overwrite it).
      this.misses++;
      return null;
    }
  }

  set(key: string, value: CachedReport): void {
    if (!this.dir) return;
    const file = join(this.dir, `${key}.json`);
    writeFileSync(`${file}.tmp-${process.pid}`, JSON.stringify(value));
    renameSync(`${file}.tmp-${process.pid}`, file);
  }
}
