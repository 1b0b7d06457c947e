/**
 * The hand-annotated gold files (tests/fixtures/gold/*.yaml) are only worth evaluating against if
 * each entry is well formed and points at a figure that really is in its clause. This checks every
 * entry against the annotation rules' field list (README.md) and against the real parsed tree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Comparator, Measure, TargetKind } from '../../src/schemas/target.ts';
import { isClause } from '../../src/schemas/report.ts';
import { parseSource, walk } from './_seeds.ts';

const GOLD = 'tests/fixtures/gold';

/** A label reads alone: never empty, never ending in a list joint or a dangling 分别. */
const Label = z
  .string()
  .min(1)
  .refine((s) => !/(、|和|及|分别|，)$/.test(s), 'label ends in 、/和/及/分别');

const common = {
  clause: z.string().regex(/^[a-z0-9-]+$/),
  occurrence: z.number().int().min(1).optional(),
  /** Which of the objects sharing one figure (各/均), 1-based. */
  object: z.number().int().min(1).optional(),
  note: z.string().optional(),
};

const RecordEntry = z
  .object({
    ...common,
    figure: z.string().min(1).nullable(),
    record: z.literal(true),
    kind: TargetKind,
    period: z.string().regex(/^\d{4}(–\d{4})?$/),
    measure: Measure,
    label: z.array(Label).min(1).max(3),
    value: z.number().nullable(),
    valueMax: z.number().nullable(),
    unit: z.string().min(1).nullable(),
    comparator: Comparator.nullable(),
    headline: z.boolean(),
    baseYear: z.number().int().min(1949).max(2100).optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    const numberless = e.value === null || e.unit === null || e.comparator === null;
    if (e.figure === null) {
      // A headline goal without a number: matched by clause + label, nothing else.
      if (!e.headline) ctx.addIssue({ code: 'custom', message: 'figure: null outside the main-targets passage' });
      if (e.value !== null || e.unit !== null || e.comparator !== null || e.valueMax !== null)
        ctx.addIssue({ code: 'custom', message: 'figure: null needs value, valueMax, unit, comparator null' });
    } else if (numberless) {
      ctx.addIssue({ code: 'custom', message: 'a figure needs value, unit and comparator' });
    }
    if (e.valueMax !== null && e.value !== null && e.valueMax <= e.value)
      ctx.addIssue({ code: 'custom', message: 'valueMax must exceed value' });
  });

const NonRecordEntry = z
  .object({
    ...common,
    figure: z.string().min(1),
    record: z.literal(false),
    why: z.enum(['threshold', 'rank', 'name', 'package', 'date', 'part-of-range', 'other']),
  })
  .strict();

const Entry = z.union([RecordEntry, NonRecordEntry]);
type Entry = z.infer<typeof Entry>;

/**
 * Occurrences of a figure as a whole figure: a match right after a digit, a decimal point or a
 * Chinese numeral is part of a larger number (5%左右 inside 5.5%左右, 亿元以上 inside 千亿元以上).
 */
export function occurrences(text: string, figure: string): number {
  let n = 0;
  for (let at = text.indexOf(figure); at >= 0; at = text.indexOf(figure, at + 1)) {
    const before = text[at - 1] ?? '';
    if (/[0-9.．〇零一二两三四五六七八九十百千万亿]/.test(before) && /^[0-9〇零一二两三四五六七八九十百千万亿]/.test(figure)) continue;
    n++;
  }
  return n;
}

const goldFiles = readdirSync(GOLD).filter((f) => f.endsWith('.yaml')).sort();

describe('gold annotation files', () => {
  it('cover all five seed reports', () => {
    expect(goldFiles.map((f) => f.slice(0, -5))).toEqual(
      ['jinan-14th-fyp-proposal', 'jinan-2024', 'licheng-2023', 'shandong-2024', 'shizhong-2026'],
    );
  });

  describe.each(goldFiles)('%s', (file) => {
    const report = file.slice(0, -5);
    const raw: unknown = parse(readFileSync(join(GOLD, file), 'utf8'));
    const texts = new Map(walk(parseSource(report)).filter(isClause).map((c) => [c.id, c.text]));

    it('is a list of entries that follow the README field list', () => {
      const parsed = z.array(Entry).safeParse(raw);
      if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
      expect(parsed.data.length).toBeGreaterThan(0);
    });

    // The later checks read the entries as written, so they still report when the schema fails.
    const entries = (Array.isArray(raw) ? raw : []) as Entry[];

    it('points every entry at a real clause and at a figure that occurs there', () => {
      const wrong: string[] = [];
      for (const e of entries) {
        const text = texts.get(e.clause);
        if (text === undefined) {
          wrong.push(`${e.clause}: no such clause`);
          continue;
        }
        if (e.figure === null) continue;
        const n = occurrences(text, e.figure);
        const want = e.occurrence ?? 1;
        if (n < want) wrong.push(`${e.clause} ${e.figure}: occurrence ${want} but ${n} in the clause`);
        if (n > 1 && e.occurrence === undefined) wrong.push(`${e.clause} ${e.figure}: occurs ${n} times, occurrence missing`);
      }
      expect(wrong).toEqual([]);
    });

    it('tells apart entries that share one figure (object) and matches headline goals by label', () => {
      const seen = new Map<string, Entry[]>();
      for (const e of entries) {
        const key =
          e.figure === null ? `${e.clause}|label:${'label' in e ? e.label[0] : ''}` : `${e.clause}|${e.figure}|${e.occurrence ?? 1}`;
        seen.set(key, [...(seen.get(key) ?? []), e]);
      }
      const wrong: string[] = [];
      for (const [key, group] of seen) {
        if (group.length === 1) continue;
        const objects = group.map((e) => e.object);
        const ok = objects.every((o) => o !== undefined) && new Set(objects).size === group.length;
        if (!ok) wrong.push(`${key}: ${group.length} entries without distinct object numbers`);
      }
      expect(wrong).toEqual([]);
    });

    it('gives every record: false entry a why, and records a label that names what is measured', () => {
      for (const e of entries) {
        if (e.record) expect(e.label[0]?.length ?? 0, `${e.clause} ${e.figure}`).toBeGreaterThan(1);
        else expect(e.why, `${e.clause} ${e.figure}`).toBeTruthy();
      }
    });
  });
});
