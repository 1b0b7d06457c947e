import type { ReportTree } from '../../src/schemas/report.ts';
import { IngestError, type Issue } from './issues.ts';
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
    : kind === 'html' || kind === 'htm' ? await decodeHtml(bytes, file)
    : decode(bytes, file);
  return fromDecoded(decoded, file, report);
}

/**
 * Problems are found in the extracted text, one paragraph a line; a maintainer looks in the
 * PDF or the web page, so say where: the page, or the line of the HTML.
 */
function placeIssue(decoded: DecodedText): (issue: Issue) => Issue {
  return (issue) => {
    const page = decoded.pages?.[issue.line - 1];
    const html = decoded.sourceLines?.[issue.line - 1];
    const where = page ? `PDF page ${page}, paragraph ${issue.line} of its text`
      : html ? `HTML line ${html}, block ${issue.line} of the article` : null;
    return where ? { ...issue, message: `${issue.message} (${where})` } : issue;
  };
}

function fromDecoded(decoded: DecodedText, file: string, report: string): ParsedReport {
  const place = placeIssue(decoded);
  const normalized = normalize(decoded);
  let structured: ReturnType<typeof structure>;
  try {
    structured = structure(normalized);
  } catch (error) {
    if (error instanceof IngestError) throw new IngestError(error.file, error.issues.map(place));
    throw error;
  }
  const { root } = structured;
  const warnings = structured.warnings.map(place);
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
    warnings: [...normalized.warnings.map(place), ...warnings],
  };
}
