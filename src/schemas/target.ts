/**
 * The target data contract (BRIEF: "The target data contract"): one record per quantitative
 * target or reported outcome, published as /data/targets.json and /data/targets.csv.
 */
import { z } from 'zod';
import { JurisdictionLevel, ReportFrontmatter } from './report.ts';

export const Comparator = z.enum(['gte', 'gt', 'lte', 'lt', 'approx', 'eq']);
export type Comparator = z.infer<typeof Comparator>;

export const TargetKind = z.enum(['target', 'outcome']);

/**
 * How a figure measures its object. Two records are comparable only with the same indicator and
 * measure: a growth target (增长5%) is never set against a level (达到10.3万亿元).
 * - `level`: the value reached or held (10.3万亿元, 城镇调查失业率5.5%左右, 粮食产量1600亿斤以上)
 * - `growth`: a rise against the year before or the base (增长5.5%, 提高1个百分点)
 * - `decline`: a fall (单位GDP能耗降低2.5%左右, 死亡人数下降50%)
 * - `share`: a part of a whole (占比达到50%, 比重提高到…)
 * - `flow`: new in the period (新增城镇就业11万人, 新建20家智能工厂)
 * - `cumulative`: a total over several years (累计完成投资…, 五年累计…)
 * - `multiple`: a multiple of a base (翻一番 → 2, 1.5倍 of the base year's value)
 */
export const Measure = z.enum(['level', 'growth', 'decline', 'share', 'flow', 'cumulative', 'multiple']);
export type Measure = z.infer<typeof Measure>;

/** A plan outline's indicator attribute: 预期性 (expected) or 约束性 (binding). */
export const TargetAttribute = z.enum(['expected', 'binding']);

export const Target = z
  .object({
    /** Stable id: `<report>:<clause>:<n>`, n counting figures within the clause. */
    id: z.string().regex(/^[a-z0-9-]+:[a-z0-9-]+:\d+$/),
    report: z.string(),
    clause: z.string(),
    /** Site-relative permalink of the clause, e.g. /reports/jinan-2024/#p2-4. */
    url: z.string().startsWith('/reports/'),
    jurisdiction: z.string(),
    level: JurisdictionLevel,
    /** `target`: a goal for the future; `outcome`: a reported result. */
    kind: TargetKind,
    /** The year or span the figure is for: 2024, 2021–2025, 2035. */
    period: z.string().regex(/^\d{4}(–\d{4})?$/),
    /** Id of a curated indicator, or null when none fits. */
    indicator: z.string().nullable(),
    /** The indicator as worded in the text, e.g. 地区生产总值. */
    label: z.string().min(1),
    /** The number as written (5.5 for 5.5%, 2.66 for 2.66万亿元); null for a goal with no number. */
    value: z.number().nullable(),
    /** Upper end of a range (5%—6% → value 5, valueMax 6). */
    valueMax: z.number().nullable(),
    /** Unit as written, including scale: %, 亿元, 万亿元, 万人, 个百分点 … */
    unit: z.string().nullable(),
    comparator: Comparator.nullable(),
    /** How the figure measures its object (see `Measure`). */
    measure: Measure,
    /** For a figure relative to a base (翻一番, 较2020年增长…, a plan table's 2025 column): the base year, or null. */
    baseYear: z.number().int().nullable(),
    /** The base's value when the text gives it (a plan table's base column), else null. */
    baseValue: z.number().nullable(),
    /** 预期性 / 约束性 for a plan outline's indicator; null elsewhere. */
    attribute: TargetAttribute.nullable(),
    /** One of the report's main expected targets (主要预期目标 / 主要目标). */
    headline: z.boolean(),
    /** The figure exactly as it reads in the text, e.g. 5.5%以上. */
    figure: z.string().nullable(),
    /** The exact sentence it came from. */
    text: z.string().min(1),
  })
  .strict();
export type Target = z.infer<typeof Target>;

export const UnitKind = z.enum(['rate', 'share', 'amount', 'count', 'length', 'area', 'weight', 'index', 'other']);

/** An entry of the curated dictionary in content/indicators.yaml. */
export const Indicator = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Chinese name, e.g. 地区生产总值. */
    name: z.string().min(1),
    /** Other wordings the reports use (生产总值, 经济总量 …); matched against record labels. */
    aliases: z.array(z.string().min(1)).default([]),
    /** English name, e.g. Gross regional product (GDP). */
    nameEn: z.string().min(1),
    /** English abbreviations people search for (GDP, CPI, R&D). */
    abbreviations: z.array(z.string()).default([]),
    /** Other English wordings readers search with (fiscal revenue, jobless rate). */
    aliasesEn: z.array(z.string().min(1)).default([]),
    unitKind: UnitKind,
    category: z.enum(['economy', 'fiscal', 'industry', 'investment', 'consumption', 'trade', 'innovation', 'income', 'employment', 'prices', 'agriculture', 'environment', 'infrastructure', 'culture', 'social', 'enterprise']),
    /** One line: what is measured. */
    definition: z.string().min(1),
  })
  .strict();
export type Indicator = z.infer<typeof Indicator>;
export const IndicatorList = z.array(Indicator).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((indicator, i) => {
    if (seen.has(indicator.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id ${indicator.id}` });
    seen.add(indicator.id);
  });
});

/** `content/generated/targets/<report>.json`: one report's records. */
export const ReportTargets = z.object({ report: z.string(), targets: z.array(Target) });
export type ReportTargets = z.infer<typeof ReportTargets>;

/** `/data/reports/<id>.json`: a report's metadata (without its table of contents) and its records. */
export const ReportData = ReportFrontmatter.omit({ toc: true }).extend({ targets: z.array(Target) });
export type ReportData = z.infer<typeof ReportData>;

/**
 * `/data/targets-index.json`: what search needs to put matching records above the text hits —
 * each record without its sentence, and each indicator's names (Chinese, aliases, English).
 */
export const TargetIndex = z.object({
  indicators: z.record(z.string(), z.array(z.string())),
  /** Per report, the values of the search filters it carries (year, document type). */
  reports: z.record(z.string(), z.object({ year: z.string(), type: z.string() })),
  targets: z.array(
    Target.pick({
      id: true, report: true, level: true, label: true, indicator: true, value: true, valueMax: true, unit: true, comparator: true, measure: true,
      figure: true, jurisdiction: true, period: true, kind: true, headline: true, url: true,
    }).extend({
      /** Where it came from, as a reader cites it: 济南市 2024 二（一）2. */
      source: z.string(),
    }),
  ),
});
export type TargetIndex = z.infer<typeof TargetIndex>;
