import type { ReportTree } from '../../src/schemas/report.ts';
import type { Issue } from './issues.ts';
import { decode, type DecodedText } from './stages/decode.ts';
import { decodeHtml } from './stages/decode-html.ts';
import { decodePdf } from './stages/decode-pdf.ts';
import { normalize } from './stages/normalize.ts';
import { structure } from './stages/structure.ts';

export const PIPELINE_VERSION = '1.0.0';

export interface ParsedReport {
  tree: ReportTree;
  warnings: Issue[];
}

/** The kinds of source a report may arrive as, by file name. */
export const SOURCE_FILE = /\.(?:txt|pdf|html?)$/i;

/** The whole recipe from a text's bytes to a document tree: decode → normalize → structure. */
export function parseReport(bytes: Uint8Array, file: string, report: string): ParsedReport {
  return fromDecoded(decode(bytes, file), file, report);
}

/**
 * Any source by its file type: a PDF or a saved web page goes through its own decoder, which
 * hands the same stages the same kind of text (one paragraph a line) a text file gives.
 */
export async function parseSourceFile(bytes: Uint8Array, file: string, report: string): Promise<ParsedReport> {
  const kind = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  const decoded = kind === 'pdf' ? await decodePdf(bytes, file)
    : kind === 'html' || kind === 'htm' ? decodeHtml(bytes, file)
    : decode(bytes, file);
  return fromDecoded(decoded, file, report);
}

function fromDecoded(decoded: DecodedText, file: string, report: string): ParsedReport {
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
      // A PDF's removals read in page order (normalize orders by line, which restarts on each page).
      removals: normalized.removals.toSorted((a, b) => (a.page ?? 0) - (b.page ?? 0) || a.line - b.line || a.column - b.column),
    },
    warnings: [...normalized.warnings, ...warnings],
  };
}
