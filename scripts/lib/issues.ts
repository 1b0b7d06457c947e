/**
 * Problems found while ingesting, as data (code + position), printed as `path:line:col: message`
 * only at the edge. Errors stop the build before anything is written; warnings do not.
 */
export type IssueCode =
  | 'EMPTY_INPUT'
  | 'BINARY_INPUT'
  | 'MIXED_ENCODING'
  | 'NO_STRUCTURE'
  | 'DUPLICATE_NUMBER'
  | 'OUT_OF_ORDER_NUMBER'
  /** A part heading printed without its number (2024年工作回顾 alone on its line), numbered by its order. */
  | 'UNNUMBERED_PART'
  | 'INVALID_METADATA'
  | 'MISSING_METADATA'
  | 'CHECKSUM_MISMATCH'
  | 'DECODED_GB18030'
  | 'PDF_ENCRYPTED'
  | 'PDF_UNREADABLE'
  | 'PDF_NO_TEXT'
  | 'HTML_NO_ARTICLE';

export interface Issue {
  code: IssueCode;
  severity: 'error' | 'warning';
  /** 1-based source line; 1 when the problem is the whole file. */
  line: number;
  column?: number;
  message: string;
}

/** Thrown by a stage when it cannot go on; carries every error found so far. */
export class IngestError extends Error {
  readonly file: string;
  readonly issues: Issue[];
  constructor(file: string, issues: Issue[]) {
    super(issues.map((issue) => formatIssue(file, issue)).join('\n'));
    this.name = 'IngestError';
    this.file = file;
    this.issues = issues;
  }
}

/** `content/sources/x.txt:12:3: error DUPLICATE_NUMBER （三） appears twice …` */
export function formatIssue(file: string, issue: Issue): string {
  const where = issue.column ? `${file}:${issue.line}:${issue.column}` : `${file}:${issue.line}`;
  return `${where}: ${issue.severity} ${issue.code} ${issue.message}`;
}

export function fail(file: string, code: IssueCode, line: number, message: string): never {
  throw new IngestError(file, [{ code, severity: 'error', line, message }]);
}
