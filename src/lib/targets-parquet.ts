/**
 * Target records as Parquet (same columns as targets.csv), for pandas, R, DuckDB and Polars
 * users: typed columns (numbers stay numbers, headline a boolean), dictionary-encoded and
 * compressed, so the whole table is a fraction of the CSV.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { Target } from '../schemas/target.ts';
import { CSV_COLUMNS } from './targets-csv.ts';

type Column = (typeof CSV_COLUMNS)[number];
const TYPES: Partial<Record<Column, 'DOUBLE' | 'INT32' | 'BOOLEAN'>> = {
  value: 'DOUBLE', valueMax: 'DOUBLE', baseYear: 'INT32', baseValue: 'DOUBLE', headline: 'BOOLEAN',
};

export function targetsToParquet(rows: readonly Target[]): ArrayBuffer {
  return parquetWriteBuffer({
    columnData: CSV_COLUMNS.map((name) => ({ name, data: rows.map((r) => r[name]), type: TYPES[name] ?? 'STRING', nullable: true })),
  });
}
