/** The real seed reports, as the tests' fixtures. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportNode, ReportTree } from '../../src/schemas/report.ts';
import { parseReport } from '../../scripts/lib/parse-report.ts';

export const SOURCES = 'content/sources';
export const SEEDS = '../shared/seeds';

/** Every text report in content/sources (the seeds and the corpus). */
export const reportIds = readdirSync(SOURCES).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();

/**
 * The five seed reports (../shared/seeds), one of each shape the pipeline began with: the
 * fixtures of the re-typesetting tests (PDF, web page, hard-wrapped layouts), which print and
 * parse every report many times over.
 */
export const seedIds = ['jinan-14th-fyp-proposal', 'jinan-2024', 'licheng-2023', 'shandong-2024', 'shizhong-2026'];

export const sourceBytes = (id: string): Buffer => readFileSync(join(SOURCES, `${id}.txt`));

export function parseSource(id: string): ReportTree {
  return parseReport(sourceBytes(id), `${SOURCES}/${id}.txt`, id).tree;
}

/** Every node in document order (front matter, headings, clauses, back matter). */
export function walk(tree: ReportTree): ReportNode[] {
  const out: ReportNode[] = [];
  const visit = (node: ReportNode) => {
    out.push(node);
    if ('number' in node) node.children.forEach(visit);
  };
  tree.root.children.forEach(visit);
  return out;
}

export const clauses = (tree: ReportTree) =>
  walk(tree).filter((n) => n.type === 'paragraph' || n.type === 'item');
