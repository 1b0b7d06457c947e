import type { Target } from '../schemas/target.ts';
import { targetsToCsv } from './targets-csv.ts';

/**
 * targetsToCsv(rows), a few thousand rows at a time (the same bytes: one BOM and header, then
 * the rows), for the open-data files at national scale.
 */
export function* csvPieces(rows: readonly Target[], per = 5000): Generator<string> {
  if (rows.length === 0) {
    yield targetsToCsv([]);
    return;
  }
  for (let i = 0; i < rows.length; i += per) {
    const csv = targetsToCsv(rows.slice(i, i + per));
    yield i === 0 ? csv : csv.slice(csv.indexOf('\r\n') + 2);
  }
}
