/**
 * A target set against its result (`/data/results.json`, `/data/results.csv`): a target for year
 * Y paired with the figure the same jurisdiction reports for Y in its next report, same indicator
 * and measure. The rule that decides met / missed is in src/lib/results.ts (and the README).
 */
import { z } from 'zod';
import { JurisdictionLevel } from './report.ts';
import { Comparator, Measure, Target } from './target.ts';

/** `met`, `missed`, or `pending` (尚无结果: no next report yet, or it gives no figure). */
export const ResultStatus = z.enum(['met', 'missed', 'pending']);
export type ResultStatus = z.infer<typeof ResultStatus>;

/** Why a pair has no result: the site holds no later report reviewing the year, or that report gives no comparable figure. */
export const PendingReason = z.enum(['no-report', 'no-figure']);

/** The side of a pair: the record, reduced to what a reader checks (the sentence included). */
export const PairSide = Target.pick({
  id: true, report: true, clause: true, url: true, label: true, value: true, valueMax: true, unit: true,
  comparator: true, figure: true, headline: true, text: true,
});
export type PairSide = z.infer<typeof PairSide>;

export const Result = z
  .object({
    /** The target record's id: one pair per target. */
    id: z.string(),
    jurisdiction: z.string(),
    level: JurisdictionLevel,
    indicator: z.string(),
    measure: Measure,
    /** The year the target is for. */
    period: z.string().regex(/^\d{4}$/),
    target: PairSide,
    /** The outcome the next report gives for the same year, indicator and measure; null when pending. */
    outcome: PairSide.nullable(),
    /** The report that reviews the year (the next report), or null when the site holds none. */
    nextReport: z.string().nullable(),
    status: ResultStatus,
    pendingReason: PendingReason.nullable(),
    /** outcome − target (the lower end of a range), in `differenceUnit`; null when pending. */
    difference: z.number().nullable(),
    /** 个百分点 for rates in %, else the target's unit. */
    differenceUnit: z.string().nullable(),
    /** How the verdict was reached, in words: "≥ 5%：5.5 ≥ 5，达成". */
    rule: z.string(),
  })
  .strict();
export type Result = z.infer<typeof Result>;

export const ResultList = z.array(Result);
export { Comparator };
