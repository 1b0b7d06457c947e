/**
 * The time a passage speaks of, from its own words: 一年来 / 2025年 / 今年 / 过去五年 /
 * 到2030年 / 五年内 / “十五五”期间 / 到2035年. A paragraph's words decide before its part
 * heading, and hold for the paragraphs after it in the same part until new words appear
 * (市中区's part 一 reviews 2021–2025, then 一年来 2025).
 */
import type { Measure, Target } from '../../../src/schemas/target.ts';

export interface Horizon {
  kind: Target['kind'];
  start: number;
  end: number;
}

export interface Years {
  reviewed: number[];
  planned: number[];
}

const PLAN_SPANS: Array<[RegExp, number]> = [[/十三五/, 2016], [/十四五/, 2021], [/十五五/, 2026], [/十六五/, 2031]];

function planSpan(text: string): [number, number] | null {
  for (const [re, start] of PLAN_SPANS) if (re.test(text)) return [start, start + 4];
  return null;
}

/**
 * Time words at the opening of a paragraph (its first sentence, up to 60 characters):
 * the horizon they set, or null when they say nothing about time.
 */
export function openingHorizon(text: string, years: Years): Horizon | null {
  // 各位代表！刚刚过去的2025年…: the address to the deputies is not the opening sentence.
  const head = text.replace(/^各位代表[！!，,：:]/, '').slice(0, 60).split(/[。！？]/)[0] ?? '';
  const lastReviewed = years.reviewed.at(-1);
  const firstPlanned = years.planned.filter((y) => y < 2100)[0];
  if (/^(?:五年|过去五年)|五年来|过去五年|十[三四五]五”?(?:时期|以来)/.test(head) && years.reviewed.length > 1) {
    const span = planSpan(head);
    // “十五五”时期是…关键五年 in a 2026 report opens the plan's goals, not a review.
    const ahead = span && lastReviewed !== undefined && span[0] > lastReviewed;
    return { kind: ahead ? 'target' : 'outcome', start: span?.[0] ?? years.reviewed[0]!, end: span?.[1] ?? lastReviewed! };
  }
  // 我们编制了“十五五”规划纲要（草案），提出…: the paragraph presents a plan's goals.
  const drafted = /(?:编制|起草)了?“?十([四五六])五”?规划/.exec(head);
  if (drafted && firstPlanned) {
    const span = planSpan(drafted[0])!;
    if (span[1] >= firstPlanned) return { kind: 'target', start: span[0], end: span[1] };
  }
  if (/一年来|过去(?:的)?一年|去年|刚刚过去的(?:20\d\d年|一年)/.test(head) && lastReviewed) return { kind: 'outcome', start: lastReviewed, end: lastReviewed };
  // A heading run into its paragraph (2024年工作回顾2024年是…; 2025年工作安排今年是…).
  const runIn = /^(20\d\d)年(?:工作)?(回顾|安排|重点工作)/.exec(head);
  if (runIn && years.reviewed.includes(Number(runIn[1])) && runIn[2] === '回顾') return { kind: 'outcome', start: Number(runIn[1]), end: Number(runIn[1]) };
  const vision = /(?:到|展望)(?:二〇三五年|2035年)/.exec(head);
  if (vision) return { kind: 'target', start: firstPlanned ?? 2035, end: 2035 };
  const by = /到(20\d\d)年/.exec(head);
  if (by) return { kind: Number(by[1]) > (lastReviewed ?? 0) ? 'target' : 'outcome', start: firstPlanned ?? Number(by[1]), end: Number(by[1]) };
  if (/今年|新的一年/.test(head) && firstPlanned) return { kind: 'target', start: firstPlanned, end: firstPlanned };
  const year = /(?:^|[，,])(?:各位代表，)?(20\d\d)\s*年(?:是|，|,|全年|以来|我们|全区|全市|全省|全县|极不|很不)/.exec(head);
  if (year) {
    const y = Number(year[1]);
    if (years.reviewed.includes(y)) return { kind: 'outcome', start: y, end: y };
    if (years.planned.includes(y)) return { kind: 'target', start: y, end: y };
  }
  return null;
}

/**
 * Time words inside a sentence before a figure that move a target's horizon:
 * 力争五年内产业规模达到100亿元 (a 2026 report) → 2030; “十五五”期间新增… → 2026–2030.
 */
export function sentenceHorizon(before: string, years: Years, kind: Target['kind']): Horizon | null {
  const firstPlanned = years.planned.filter((y) => y < 2100)[0];
  if (kind !== 'target' || !firstPlanned) return null;
  if (/(?:到|至|实现)(?:二〇三五年|2035年)/.test(before)) return { kind, start: firstPlanned, end: 2035 };
  const by = /(?:到|至)(20\d\d)年/.exec(before);
  if (by && Number(by[1]) > firstPlanned) return { kind, start: firstPlanned, end: Number(by[1]) };
  if (/五年内|未来五年|今后五年/.test(before)) return { kind, start: firstPlanned, end: firstPlanned + 4 };
  const plan = /“?十[四五六]五”?(?:期间|时期|末|内)/.exec(before);
  if (plan) {
    const span = planSpan(plan[0])!;
    if (span[1] >= firstPlanned) return { kind, start: span[0], end: span[1] };
  }
  return null;
}

/**
 * Time words inside a reported sentence before a figure, the nearest first: 全年/去年/一年来/
 * 刚刚过去的2025年 date it to the last year reviewed; 年均/五年来/过去五年/“十四五”时期 to the
 * reviewed span (累计…达 in a year's paragraph is the total reached by that year: it stays).
 * A review of 2021–2025 and of 2025 share one part in the 2026 reports.
 */
export function reportedHorizon(before: string, years: Years): Horizon | null {
  const first = years.reviewed[0];
  const last = years.reviewed.at(-1);
  if (first === undefined || last === undefined) return null;
  const cues = [...before.matchAll(new RegExp(`(全年|去年|一年来|过去一年|收官之年|过去的${last}\\s*年|(?<![到至])${last}\\s*年(?!以来|末|底))|(年均|五年来|五年间|过去五年|这五年|十四五”?(?:时期|以来|期间))`, 'g'))];
  const cue = cues.at(-1);
  if (!cue) return null;
  if (cue[1]) return { kind: 'outcome', start: last, end: last };
  return first < last ? { kind: 'outcome', start: first, end: last } : null;
}

/**
 * A level (or share, or multiple) reached is for the horizon's end; a flow or cumulative total is
 * for the span, and so is a change reported over a reviewed span (年均增长, 较“十三五”末增长).
 */
export function periodOf(horizon: Horizon, measure: Measure): string {
  if (horizon.start === horizon.end) return String(horizon.end);
  if (measure === 'flow' || measure === 'cumulative') return `${horizon.start}–${horizon.end}`;
  if (horizon.kind === 'outcome' && (measure === 'growth' || measure === 'decline')) return `${horizon.start}–${horizon.end}`;
  return String(horizon.end);
}
