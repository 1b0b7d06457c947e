/**
 * The site's one view of the content collections: every route imports from here instead of
 * querying collections itself.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { LEVEL_ORDER } from './lib/labels.ts';
import { Indicator as IndicatorSchema, Target as TargetSchema, type Indicator, type Target } from './schemas/target.ts';
import { z } from 'zod';
import { JurisdictionList, type Jurisdiction } from './schemas/jurisdiction.ts';
import { Topic as TopicSchema, type Topic } from './schemas/topic.ts';
import { relatedClauses, topicsOf, type ClauseRef } from './lib/topics.ts';

export type ReportEntry = CollectionEntry<'reports'>;

/** Where `npm run ingest` wrote the generated content (ATLAS_CONTENT points elsewhere in tests). */
export const GENERATED = process.env.ATLAS_CONTENT ?? 'content/generated';

/** Reports ordered by level (province first), then jurisdiction, then newest first. */
export const reports: ReportEntry[] = (await getCollection('reports')).sort(
  (a, b) =>
    LEVEL_ORDER[a.data.level] - LEVEL_ORDER[b.data.level] ||
    a.data.jurisdiction.localeCompare(b.data.jurisdiction, 'zh-CN') ||
    Math.max(...b.data.yearsPlanned) - Math.max(...a.data.yearsPlanned),
);

// ---------------------------------------------------------------------------------------------
// Targets and indicators


const reportOrder = new Map(reports.map((r, i) => [r.id, i]));

/** Every target and outcome record, in report order then text order, validated again as a whole. */
export const targets: Target[] = z.array(TargetSchema).parse(
  (await getCollection('targets'))
    .sort((a, b) => (reportOrder.get(a.data.report) ?? 0) - (reportOrder.get(b.data.report) ?? 0))
    .flatMap((entry) => entry.data.targets),
);

/** The curated indicators, in the dictionary's order. */
export const indicators: Indicator[] = z.array(IndicatorSchema).parse(
  (await getCollection('indicators')).map((entry) => entry.data),
);
export const indicatorById = new Map(indicators.map((i) => [i.id, i]));

export const reportById = new Map(reports.map((r) => [r.id, r]));

/** Records grouped by indicator id (records without an indicator are left out). */
export const targetsByIndicator: Map<string, Target[]> = Map.groupBy(
  targets.filter((t) => t.indicator !== null),
  (t) => t.indicator!,
);


/** Every report's document tree, by report id. */
export const trees = new Map((await getCollection('trees')).map((entry) => [entry.data.report, entry.data]));

/** Human references of every node, by report then node id: clauseLabel('jinan-2024', 'p2-s1-2') → 二（一）2. */
const labels = new Map<string, Map<string, string>>();
for (const entry of await getCollection('trees')) {
  const map = new Map<string, string>();
  const walk = (node: { id: string; label: string; children?: unknown[] }) => {
    map.set(node.id, node.label);
    for (const child of (node.children ?? []) as Array<typeof node>) walk(child);
  };
  walk(entry.data.root);
  labels.set(entry.data.report, map);
}
export function clauseLabel(report: string, clause: string): string {
  return labels.get(report)?.get(clause) ?? clause;
}

/** Where a record came from, as a reader cites it: 济南市 2024 二（一）2. */
export function sourceOf(t: Target): string {
  return `${reportById.get(t.report)?.data.shortTitle ?? t.report} ${clauseLabel(t.report, t.clause)}`;
}

export const targetById = new Map(targets.map((t) => [t.id, t]));

// ---------------------------------------------------------------------------------------------
// Jurisdictions

/** The curated jurisdictions (content/jurisdictions.yaml), top level first. */
export const jurisdictions: Jurisdiction[] = JurisdictionList.parse(
  (await getCollection('jurisdictions')).map((entry) => entry.data),
).sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
export const jurisdictionByName = new Map(jurisdictions.map((j) => [j.name, j]));
export const jurisdictionById = new Map(jurisdictions.map((j) => [j.id, j]));

/** 历城区 → [山东省, 济南市]: the jurisdictions above, top first. */
export function ancestorsOf(j: Jurisdiction): Jurisdiction[] {
  const chain: Jurisdiction[] = [];
  for (let p = j.parent ? jurisdictionById.get(j.parent) : undefined; p && !chain.includes(p); p = p.parent ? jurisdictionById.get(p.parent) : undefined) chain.unshift(p);
  return chain;
}

/** 济南市 → [历城区, 市中区]: everything below, level by level. */
export function descendantsOf(j: Jurisdiction): Jurisdiction[] {
  const below = jurisdictions.filter((k) => k.parent === j.id);
  return [...below, ...below.flatMap(descendantsOf)].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
}

/** For each jurisdiction name, the years its reports plan (as target periods are written). */
export const plannedYears = new Map<string, Set<string>>();
for (const r of reports) {
  const set = plannedYears.get(r.data.jurisdiction) ?? new Set<string>();
  r.data.yearsPlanned.forEach((y) => set.add(String(y)));
  plannedYears.set(r.data.jurisdiction, set);
}

// ---------------------------------------------------------------------------------------------
// Clauses and topics

/** Every clause of every report, in report order then document order. */
export const clauses: ClauseRef[] = reports.flatMap((r) => {
  const out: ClauseRef[] = [];
  const walk = (node: { id: string; type: string; label: string; text?: string; children?: unknown[] }) => {
    if (node.type === 'paragraph' || node.type === 'item' || node.type === 'box') out.push({ report: r.id, id: node.id, label: node.label, text: node.text!, url: `/reports/${r.id}/#${node.id}` });
    for (const child of (node.children ?? []) as Array<typeof node>) walk(child);
  };
  walk(trees.get(r.id)!.root);
  return out;
});

/** The curated topics (content/topics.yaml), in the file's order. */
export const topics: Topic[] = z.array(TopicSchema).parse((await getCollection('topics')).map((entry) => entry.data));

/** For each topic id, the clauses that address it. */
export const clausesByTopic = new Map(topics.map((t) => [t.id, clauses.filter((c) => topicsOf(c.text, [t]).size > 0)]));

/** For each clause url, up to three related clauses in the other reports. */
export const related = relatedClauses(clauses, topics);

/** A jurisdiction with its reports and the jurisdictions below it: the home page's tree. */
export interface JurisdictionNode {
  jurisdiction: Jurisdiction;
  reports: ReportEntry[];
  children: JurisdictionNode[];
}

/** 山东省 → 济南市 → 历城区, 市中区, from content/jurisdictions.yaml, each with its reports. */
export function jurisdictionTree(parent: Jurisdiction | null = null): JurisdictionNode[] {
  return jurisdictions
    .filter((j) => j.parent === (parent?.id ?? null))
    .map((j) => ({ jurisdiction: j, reports: reports.filter((r) => r.data.jurisdiction === j.name), children: jurisdictionTree(j) }));
}
