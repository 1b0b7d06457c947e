/**
 * A five-year-plan outline's indicator table (专栏: “十四五”时期经济社会发展主要指标): read
 * out of a box's lines as a table, and each row turned into headline target records for the
 * plan's end year (base value, goal, average growth or five-year total, 预期性/约束性).
 *
 * Outline text as it circulates lays the table out one cell per line (a copy from a web page) or
 * one row per line with tabs or spaces between cells; both are read. Columns are found from the
 * header (指标, two years, 年均/累计, 属性), never assumed.
 */
import type { ClauseNode, ReportMeta, ReportTree, TableData } from '../../../src/schemas/report.ts';
import type { Comparator, Measure, Target } from '../../../src/schemas/target.ts';

const ATTRIBUTE = /^(预期性|约束性)$/;
const YEAR = /^(\d{4})\s*年/;

/**
 * The header and rows of a table laid out in `lines` (the box's lines after its title), or null
 * when the lines are not a table with 属性 and year columns. Every line's text is kept: a line
 * that is not part of a row (a category such as 经济发展, a note) is a row of one cell.
 */
export function readTable(lines: readonly string[]): TableData | null {
  const rowsLaidOut = lines.some((l) => ATTRIBUTE.test(cellsOf(l).at(-1) ?? '') && cellsOf(l).length >= 3);
  const cells = rowsLaidOut ? null : lines.map((l) => l.trim()).filter(Boolean);
  let header: string[];
  let rest: string[][];
  if (cells) {
    const end = cells.findIndex((c) => c === '属性');
    if (end < 0 || end > 10) return null;
    header = cells.slice(0, end + 1);
    rest = [];
    let row: string[] = [];
    for (const cell of cells.slice(end + 1)) {
      row.push(cell);
      if (ATTRIBUTE.test(cell)) { rest.push(row); row = []; }
    }
    rest.push(...row.map((c) => [c]));
  } else {
    const at = lines.findIndex((l) => cellsOf(l).includes('属性'));
    if (at < 0) return null;
    header = cellsOf(lines[at]!);
    rest = lines.slice(at + 1).map(cellsOf).filter((r) => r.length);
    // A table's leading lines above its header are rows of one cell too.
    rest.unshift(...lines.slice(0, at).map(cellsOf).filter((r) => r.length).map((r) => [r.join(' ')]));
  }
  if (header.filter((h) => YEAR.test(h)).length < 1) return null;
  const columns = header.length - indicatorColumn(header);
  const rows: string[][] = [];
  for (const row of rest) {
    // A category cell (经济发展) spans the rows below it: it becomes a row of its own.
    if (ATTRIBUTE.test(row.at(-1) ?? '') && row.length > columns) {
      rows.push(...row.slice(0, row.length - columns).map((c) => [c]));
      rows.push(row.slice(row.length - columns));
    } else rows.push(row);
  }
  return { header, rows };
}

const cellsOf = (line: string): string[] => line.trim().split(/\t+|\s{2,}|\u3000+| (?=\S)/).map((c) => c.trim()).filter(Boolean);

/** The column that names the indicator: 指标, else the one before the first year. */
function indicatorColumn(header: readonly string[]): number {
  const named = header.findIndex((h) => /指标/.test(h));
  return named >= 0 ? named : Math.max(0, header.findIndex((h) => YEAR.test(h)) - 1);
}

/** 2.3 / 60.6* / >7 / <5.5 / ≥95 / 〔13.5〕 → its number and comparator; — or words → null. */
export function readCell(cell: string): { value: number; comparator: Comparator; bracketed: boolean } | null {
  const m = /^([〔［\[(（]?)\s*([>＞≥<＜≤]?)\s*(\d+(?:\.\d+)?)\s*[*＊]?\s*[〕］\])）]?$/.exec(cell.trim());
  if (!m) return null;
  const sign = m[2]!;
  const comparator: Comparator = /[>＞]/.test(sign) ? 'gt' : /[<＜]/.test(sign) ? 'lt' : sign === '≥' ? 'gte' : sign === '≤' ? 'lte' : 'eq';
  return { value: Number(m[3]), comparator, bracketed: m[1] !== '' };
}

function measureOf(label: string): Measure {
  if (/降低|下降|减少/.test(label)) return 'decline';
  if (/增长|提高/.test(label)) return 'growth';
  if (/比重|比例|占/.test(label)) return 'share';
  return 'level';
}

/**
 * The headline target records of every indicator table in the tree: per row one record for the
 * goal year (with the base year's value), and one for the period when the row gives an average
 * growth or a five-year total. Rows whose goal is words (保持在合理区间) give a record with no
 * number. `indicatorOf` links a label to a curated indicator (extract.ts passes its matcher).
 */
export function planTableTargets(tree: ReportTree, meta: ReportMeta, indicatorOf: (label: string) => string | null = () => null): Target[] {
  const records: Target[] = [];
  const visit = (node: ReportTree['root']['children'][number] | ClauseNode) => {
    if (node.type === 'box' && node.table) records.push(...tableTargets(node as ClauseNode & { table: TableData }, tree.report, meta, indicatorOf));
    if ('number' in node) node.children.forEach(visit);
  };
  tree.root.children.forEach(visit);
  return records;
}

function tableTargets(box: ClauseNode & { table: TableData }, report: string, meta: ReportMeta, indicatorOf: (label: string) => string | null): Target[] {
  const { header, rows } = box.table;
  const at = indicatorColumn(header);
  const years = header.map((h, i) => ({ i, year: Number(YEAR.exec(h)?.[1] ?? NaN) })).filter((y) => !Number.isNaN(y.year));
  if (years.length < 2) return [];
  const [base, goal] = [years[0]!, years[years.length - 1]!];
  const spanColumn = header.findIndex((h) => /年均|累计/.test(h));
  const attributeColumn = header.findIndex((h) => h === '属性');
  const records: Target[] = [];
  for (const row of rows) {
    if (row.length !== header.length - at) continue;
    const cell = (column: number) => row[column - at] ?? '';
    const named = cell(at).replace(/^\d{1,3}[.．、]\s*/, '');
    const unit = /[（(]([^（）()]+)[）)]$/.exec(named)?.[1] ?? null;
    const label = unit ? named.slice(0, named.length - unit.length - 2) : named;
    const attribute = cell(attributeColumn) === '约束性' ? 'binding' : 'expected';
    const baseValue = readCell(cell(base.i))?.value ?? null;
    const text = row.join(' | ');
    const common = {
      report, clause: box.id, url: `/reports/${report}/#${box.id}`, jurisdiction: meta.jurisdiction, level: meta.level,
      kind: 'target' as const, indicator: indicatorOf(label), label, valueMax: null, unit, attribute: attribute as Target['attribute'],
      headline: true, text,
    };
    const push = (fields: Pick<Target, 'period' | 'value' | 'comparator' | 'measure' | 'baseYear' | 'baseValue' | 'figure'> & { label?: string }) =>
      records.push({ ...common, id: `${report}:${box.id}:${records.length + 1}`, ...fields, label: fields.label ?? label });
    const goalCell = cell(goal.i);
    const goalValue = readCell(goalCell);
    if (goalCell && !/^[—–\-－]+$/.test(goalCell)) {
      push({
        period: String(goal.year), value: goalValue?.value ?? null, comparator: goalValue?.comparator ?? null,
        measure: measureOf(label), baseYear: base.year, baseValue, figure: goalCell,
      });
    }
    const spanCell = spanColumn >= 0 ? cell(spanColumn) : '';
    const span = readCell(spanCell.replace(/^[^\d〔［\[(（>＞<＜≥≤]*(?=[\d〔［\[(（>＞<＜≥≤])/, '').replace(/[、，,].*$/, ''));
    if (span) {
      // 〔〕 marks a total over the five years; a bare figure, the average a year.
      const measure: Measure = span.bracketed ? (measureOf(label) === 'level' ? 'cumulative' : measureOf(label)) : 'growth';
      push({
        period: `${base.year + 1}–${goal.year}`, value: span.value, comparator: span.comparator, measure,
        baseYear: base.year, baseValue, figure: spanCell,
        label: !span.bracketed && !/增长/.test(label) ? `${label}年均增长` : label,
      });
    }
  }
  return records;
}
