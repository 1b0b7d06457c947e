/**
 * Scores extracted target records against the hand-annotated gold files
 * (tests/fixtures/gold/<report>.yaml, rules in its README). A record and a gold entry are the
 * same figure when they share report, clause, the figure string (spaces ignored) and its
 * occurrence in the clause. Only annotated clauses count: a clause is annotated whole.
 *
 * - record precision: extracted figures in annotated clauses that are gold records;
 *   record recall: gold records that were extracted.
 * - field precision: of the matched records, those whose field is right;
 *   field recall: gold records extracted with the field right.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { isClause, type ReportTree } from '../../../src/schemas/report.ts';
import type { Target } from '../../../src/schemas/target.ts';
import { Comparator, Measure, TargetKind } from '../../../src/schemas/target.ts';

export const GoldEntry = z.object({
  clause: z.string(),
  figure: z.union([z.string(), z.number()]).nullable().transform((f) => (f === null ? '' : String(f))),
  occurrence: z.number().int().positive().default(1),
  record: z.boolean().default(true),
  why: z.string().optional(),
  kind: TargetKind.optional(),
  period: z.union([z.string(), z.number()]).transform(String).optional(),
  measure: Measure.optional(),
  label: z.union([z.array(z.string()), z.string()]).transform((l) => (Array.isArray(l) ? l : [l])).optional(),
  value: z.number().nullable().optional(),
  valueMax: z.number().nullable().optional(),
  unit: z.union([z.string(), z.number()]).transform(String).nullable().optional(),
  comparator: Comparator.nullable().optional(),
  headline: z.boolean().optional(),
  note: z.string().optional(),
}).passthrough();
export type GoldEntry = z.infer<typeof GoldEntry>;

export const FIELDS = ['value', 'unit', 'comparator', 'kind', 'period', 'measure', 'label', 'headline'] as const;
export type Field = (typeof FIELDS)[number];

export interface Miss { report: string; clause: string; figure: string; occurrence: number; field: Field | 'record'; got: string; want: string; text?: string }
export interface Score { correct: number; predicted: number; gold: number; precision: number; recall: number }
export interface EvalResult { reports: string[]; record: Score; fields: Record<Field, Score>; misses: Miss[] }

const squash = (s: string) => s.replace(/\s+/g, '');
const cleanLabel = (s: string) => squash(s).replace(/[“”‘’"]/g, '');

export function readGold(dir: string): Map<string, GoldEntry[]> {
  const out = new Map<string, GoldEntry[]>();
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const raw = parse(readFileSync(join(dir, file), 'utf8'));
    const list = Array.isArray(raw) ? raw : raw?.entries ?? raw?.records ?? [];
    const parsed = z.array(GoldEntry).safeParse(list);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${join(dir, file)}: entry ${issue.path.join('.')}: ${issue.message}`);
    }
    out.set(file.replace(/\.ya?ml$/, ''), parsed.data);
  }
  return out;
}

/** Start of the Nth whole-number occurrence of a figure (not inside 4.5% or 10.9%), or -1. */
function occurrenceAt(text: string, figure: string, occurrence: number): number {
  let n = 0;
  for (let i = text.indexOf(figure); i >= 0; i = text.indexOf(figure, i + 1)) {
    if (/\d/.test(figure[0] ?? '') && /[\d.]/.test(text[i - 1] ?? '')) continue;
    if (++n === occurrence) return i;
  }
  return -1;
}

interface Placed { record: Target; at: number; used: boolean }

/** Each extracted record of a clause with the offset of its figure in the clause (spaces removed); -1 for a goal without one. */
function place(records: Target[], clauseText: Map<string, string>): Map<string, Placed[]> {
  const out = new Map<string, Placed[]>();
  const cursor = new Map<string, number>();
  for (const record of records) {
    const text = squash(clauseText.get(record.clause) ?? '');
    let at = -1;
    if (record.figure) {
      const figure = squash(record.figure);
      const sentence = squash(record.text);
      const sentenceAt = Math.max(0, text.indexOf(sentence));
      // Whole-number occurrences only (5%以上 is not inside 5.5%以上); a figure that occurs once in its
      // sentence is one position, however many records it gives (A、B各新增2家).
      const onlyOnce = occurrenceAt(sentence, figure, 2) < 0;
      const key = `${record.clause}|${figure}`;
      const from = onlyOnce ? sentenceAt : Math.max(cursor.get(key) ?? 0, sentenceAt);
      at = -1;
      for (let n = 1; ; n++) {
        const i = occurrenceAt(text, figure, n);
        if (i < 0 || i >= from) { at = i; break; }
      }
      cursor.set(key, at + 1);
    }
    const list = out.get(record.clause) ?? [];
    list.push({ record, at, used: false });
    out.set(record.clause, list);
  }
  return out;
}

export function clauseTexts(tree: ReportTree): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (node: { id?: string; type: string; text?: string; children?: unknown[] }) => {
    if (isClause(node) ) out.set(node.id, node.text);
    else for (const child of (node.children ?? []) as never[]) visit(child);
  };
  tree.root.children.forEach((n) => visit(n as never));
  return out;
}

function fieldRight(field: Field, got: Target, want: GoldEntry): boolean | null {
  switch (field) {
    case 'value':
      if (want.value === undefined) return null;
      return got.value === want.value && (got.valueMax ?? null) === (want.valueMax ?? null);
    case 'label':
      if (!want.label) return null;
      return want.label.some((l) => cleanLabel(l) === cleanLabel(got.label));
    default: {
      const w = want[field];
      if (w === undefined) return null;
      return String(got[field]) === String(w);
    }
  }
}

const show = (field: Field, t: Target | GoldEntry): string =>
  field === 'value' ? `${t.value}${t.valueMax != null ? `–${t.valueMax}` : ''}`
  : field === 'label' ? (Array.isArray(t.label) ? t.label.join(' | ') : String(t.label))
  : String(t[field]);

const score = (correct: number, predicted: number, gold: number): Score => ({
  correct, predicted, gold,
  precision: predicted ? correct / predicted : 1,
  recall: gold ? correct / gold : 1,
});

export function evaluate(gold: Map<string, GoldEntry[]>, extracted: Map<string, { records: Target[]; clauses: Map<string, string> }>): EvalResult {
  const misses: Miss[] = [];
  let recordCorrect = 0, recordPredicted = 0, recordGold = 0;
  const tally = Object.fromEntries(FIELDS.map((f) => [f, { correct: 0, predicted: 0, gold: 0 }])) as Record<Field, { correct: number; predicted: number; gold: number }>;
  for (const [report, entries] of gold) {
    const got = extracted.get(report);
    if (!got) throw new Error(`gold file ${report}.yaml: no report ${report} was extracted`);
    const placed = place(got.records, got.clauses);
    const annotated = new Set(entries.map((e) => e.clause));
    for (const entry of entries) {
      const where = { report, clause: entry.clause, figure: entry.figure, occurrence: entry.occurrence };
      const text = squash(got.clauses.get(entry.clause) ?? '');
      const figure = squash(entry.figure);
      const start = occurrenceAt(text, figure, entry.occurrence);
      const candidates = placed.get(entry.clause) ?? [];
      let match: Placed | undefined;
      if (entry.record && entry.value == null && entry.unit == null) {
        // A goal without a number: the extracted goal whose label the annotators' phrase names.
        match = candidates.find((c) => !c.used && c.record.value === null && (
          entry.label?.some((l) => cleanLabel(l) === cleanLabel(c.record.label)) || (entry.figure !== '' && (cleanLabel(entry.figure).includes(cleanLabel(c.record.label)) || cleanLabel(c.record.label).includes(cleanLabel(entry.figure))))));
      } else if (start >= 0) {
        // The record's number lies inside the annotated figure (近800场 holds 800场).
        match = candidates.find((c) => !c.used && c.at >= start && c.at < start + figure.length)
          ?? candidates.find((c) => !c.used && c.at >= 0 && c.at <= start && start < c.at + squash(c.record.figure ?? '').length);
      } else {
        misses.push({ ...where, field: 'record', got: '—', want: 'gold figure not found in the clause text' });
      }
      if (match) match.used = true;
      const record = match?.record;
      if (!entry.record) {
        if (record) { recordPredicted++; misses.push({ ...where, field: 'record', got: `record “${record.label}”`, want: `not a record (${entry.why ?? '?'})`, text: record.text }); }
        continue;
      }
      recordGold++;
      if (!record) { misses.push({ ...where, field: 'record', got: 'missed', want: `record “${entry.label?.[0] ?? ''}”`, text: got.clauses.get(entry.clause)?.slice(0, 80) }); }
      else { recordPredicted++; recordCorrect++; }
      for (const field of FIELDS) {
        if (!record) { if ((field === 'value' ? entry.value : entry[field]) !== undefined) tally[field].gold++; continue; }
        const right = fieldRight(field, record, entry);
        if (right === null) continue;
        tally[field].gold++;
        tally[field].predicted++;
        if (right) tally[field].correct++;
        else misses.push({ ...where, field, got: show(field, record), want: show(field, entry), text: record.text });
      }
    }
    // Extracted records in an annotated clause that the annotators did not list: not records.
    for (const clause of annotated) {
      for (const c of placed.get(clause) ?? []) {
        if (c.used) continue;
        recordPredicted++;
        misses.push({ report, clause, figure: c.record.figure ?? '(no figure)', occurrence: 0, field: 'record', got: `record “${c.record.label}”`, want: 'not in gold', text: c.record.text });
      }
    }
  }
  return {
    reports: [...gold.keys()],
    record: score(recordCorrect, recordPredicted, recordGold),
    fields: Object.fromEntries(FIELDS.map((f) => [f, score(tally[f].correct, tally[f].predicted, tally[f].gold)])) as Record<Field, Score>,
    misses,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

export function formatResult(result: EvalResult, withMisses = true): string {
  const lines = [`gold reports: ${result.reports.join(', ')}`, 'field       precision  recall   (correct / predicted / gold)'];
  const row = (name: string, s: Score) => lines.push(`${name.padEnd(10)} ${pct(s.precision)}  ${pct(s.recall)}   (${s.correct} / ${s.predicted} / ${s.gold})`);
  row('record', result.record);
  for (const f of FIELDS) row(f, result.fields[f]);
  if (withMisses) {
    lines.push('', `misses (${result.misses.length}):`);
    for (const m of result.misses) lines.push(`${m.report} ${m.clause} ${m.figure}#${m.occurrence} ${m.field}: got ${m.got} — want ${m.want}${m.text ? `   « ${m.text.slice(0, 70)} »` : ''}`);
  }
  return lines.join('\n');
}
