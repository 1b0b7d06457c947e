/**
 * Synthetic corpora for the scale run: the five seeds, re-typeset into the shapes the seeds
 * come in and marked so no two reports are identical, with metadata whose sha256 matches.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../lib/parse-report.ts';
import { crlfWithBom, hardWrapped, markdown } from '../lib/retypeset.ts';
import type { ReportTree } from '../../src/schemas/report.ts';

/** The seed as one paragraph a line: front matter, headings and clauses in document order. */
function paragraphLines(tree: ReportTree): string[] {
  const lines: string[] = [];
  const visit = (node: { type: string; text?: string; children?: unknown[] }) => {
    if (node.text) lines.push(node.text);
    for (const child of (node.children ?? []) as Array<typeof node>) visit(child);
  };
  tree.root.children.forEach(visit);
  return lines;
}

/** Writes `count` reports into `dir` (emptied first); returns their ids. */
export function writeCorpus(dir: string, count: number, sources = 'content/sources'): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const seeds = readdirSync(sources).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
  const ids: string[] = [];
  for (let k = 0; k < count; k++) {
    const seed = seeds[k % seeds.length]!;
    const copy = Math.floor(k / seeds.length);
    const id = `${seed}-copy-${copy}`;
    const tree = parseReport(readFileSync(join(sources, `${seed}.txt`)), `${seed}.txt`, seed).tree;
    const lines = paragraphLines(tree);
    // Mark the copy in its first long paragraph so every report differs.
    const first = lines.findIndex((l) => l.length > 40);
    lines[first] = `${lines[first]}（测试副本${copy}）`;
    const text = lines.join('\n');
    const bytes: Uint8Array = [
      () => new TextEncoder().encode(text),
      () => new TextEncoder().encode(hardWrapped(lines, 28 + (copy % 5))),
      () => new TextEncoder().encode(markdown(lines)),
      () => crlfWithBom(text),
    ][copy % 4]!();
    writeFileSync(join(dir, `${id}.txt`), bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    writeFileSync(join(dir, `${id}.yaml`), readFileSync(join(sources, `${seed}.yaml`), 'utf8')
      .replace(/^title: (.*)$/m, `title: $1（测试副本${copy}）`)
      .replace(/^source: .*$/m, `source: ${id}.txt`)
      .replace(/^sha256: .*$/m, `sha256: ${sha256}`));
    ids.push(id);
  }
  return ids;
}
