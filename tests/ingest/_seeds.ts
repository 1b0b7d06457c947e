/** The real seed reports, as the tests' fixtures. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportNode, ReportTree } from '../../src/schemas/report.ts';
import { parseReport } from '../../scripts/lib/parse-report.ts';

export const SOURCES = 'content/sources';
export const SEEDS = '../shared/seeds';

export const reportIds = readdirSync(SOURCES).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();

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
