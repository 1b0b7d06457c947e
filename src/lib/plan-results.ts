/**
 * A five-year plan's quantified goals beside every later figure the other reports give for the
 * same indicator and jurisdiction, with the gap between them.
 */
import type { Target } from '../schemas/target.ts';

export interface LaterFigure {
  record: Target;
  /** later − goal, in the goal's unit; null when the units differ or the goal is a range. */
  gap: number | null;
}

export interface PlanGoal {
  goal: Target;
  later: LaterFigure[];
}

/** 0.1 + 0.2 → 0.3, not 0.30000000000000004. */
const round = (n: number) => Math.round(n * 1e6) / 1e6;

export function planAndResults(plan: readonly Target[], others: readonly Target[], planYear: number): PlanGoal[] {
  return plan
    .filter((g) => g.kind === 'target' && g.value !== null && g.indicator !== null)
    .map((goal) => ({
      goal,
      later: others
        .filter((t) => t.report !== goal.report && t.indicator === goal.indicator && t.jurisdiction === goal.jurisdiction && t.value !== null)
        .filter((t) => Number(t.period.slice(-4)) > planYear)
        .sort((a, b) => a.period.localeCompare(b.period) || a.kind.localeCompare(b.kind))
        .map((record) => ({
          record,
          gap: record.unit === goal.unit && goal.valueMax === null && record.valueMax === null ? round(record.value! - goal.value!) : null,
        })),
    }));
}
