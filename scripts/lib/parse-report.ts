import type { ReportTree } from '../../src/schemas/report.ts';
import type { Issue } from './issues.ts';
import { decode } from './stages/decode.ts';
import { normalize } from './stages/normalize.ts';
import { structure } from './stages/structure.ts';

export const PIPELINE_VERSION = '1.0.0';

export interface ParsedReport {
  tree: ReportTree;
  warnings: Issue[];
}

/** The whole recipe from bytes to a document tree: decode → normalize → structure. */
export function parseReport(bytes: Uint8Array, file: string, report: string): ParsedReport {
  const decoded = decode(bytes, file);
  const normalized = normalize(decoded);
  const { root, warnings } = structure(normalized);
  return {
    tree: {
      report,
      source: file.split('/').pop()!,
      encoding: normalized.encoding,
      pipelineVersion: PIPELINE_VERSION,
      layout: normalized.layout,
      root,
      removals: normalized.removals,
    },
    warnings: [...normalized.warnings, ...warnings],
  };
}
