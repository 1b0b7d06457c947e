/**
 * Target records as CSV (RFC 4180: quoted fields, CRLF), starting with a UTF-8 byte-order mark
 * so Excel opens the Chinese text correctly. Used for /data/targets.csv and for the explorer's
 * "download the filtered rows" button, so the two files always have the same columns.
 */
import type { Target } from '../schemas/target.ts';

/** Column order of targets.csv: the fields of the data contract (BRIEF), then the figure as written. */
export const CSV_COLUMNS = [
  'id', 'report', 'clause', 'url', 'jurisdiction', 'level', 'kind', 'period', 'indicator', 'label',
  'value', 'valueMax', 'unit', 'comparator', 'measure', 'baseYear', 'baseValue', 'attribute', 'headline', 'figure', 'text',
] as const satisfies ReadonlyArray<keyof Target>;

const BOM = '\uFEFF';

/**
 * A text cell a spreadsheet would read as a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe, so it shows as text and never runs (OWASP CSV injection). Numbers stay numbers.
 */
export function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function targetsToCsv(rows: readonly Target[]): string {
  const lines = [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((c) => cell(row[c])).join(','))];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
