/**
 * The site's one view of the content collections: every route imports from here instead of
 * querying collections itself.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { JurisdictionLevel } from './schemas/report.ts';
import { LEVEL_ORDER } from './lib/labels.ts';

export type ReportEntry = CollectionEntry<'reports'>;

/** Reports ordered by level (province first), then jurisdiction, then newest first. */
export const reports: ReportEntry[] = (await getCollection('reports')).sort(
  (a, b) =>
    LEVEL_ORDER[a.data.level] - LEVEL_ORDER[b.data.level] ||
    a.data.jurisdiction.localeCompare(b.data.jurisdiction, 'zh-CN') ||
    Math.max(...b.data.yearsPlanned) - Math.max(...a.data.yearsPlanned),
);

export interface Jurisdiction {
  name: string;
  /** Null for a parent that only appears as `parentJurisdiction` and has no report of its own. */
  level: JurisdictionLevel | null;
  parent: string | null;
  reports: ReportEntry[];
  children: Jurisdiction[];
}

/** 山东省 → 济南市 → 历城区, 市中区: built from each report's jurisdiction and its parent. */
export function jurisdictionTree(list: ReportEntry[] = reports): Jurisdiction[] {
  const byName = new Map<string, Jurisdiction>();
  const node = (name: string): Jurisdiction => {
    let found = byName.get(name);
    if (!found) byName.set(name, (found = { name, level: null, parent: null, reports: [], children: [] }));
    return found;
  };
  for (const entry of list) {
    const j = node(entry.data.jurisdiction);
    j.level = entry.data.level;
    j.parent = entry.data.parentJurisdiction;
    j.reports.push(entry);
  }
  for (const j of [...byName.values()]) {
    if (j.parent && j.parent !== j.name) node(j.parent).children.push(j);
  }
  const order = (a: Jurisdiction, b: Jurisdiction) =>
    (a.level ? LEVEL_ORDER[a.level] : -1) - (b.level ? LEVEL_ORDER[b.level] : -1) || a.name.localeCompare(b.name, 'zh-CN');
  for (const j of byName.values()) j.children.sort(order);
  return [...byName.values()].filter((j) => !j.parent || j.parent === j.name).sort(order);
}

/** The chain from the top jurisdiction down to `name`, e.g. [山东省, 济南市, 历城区]. */
export function jurisdictionPath(name: string, list: ReportEntry[] = reports): string[] {
  const parentOf = new Map(list.map((r) => [r.data.jurisdiction, r.data.parentJurisdiction]));
  const path = [name];
  for (let p = parentOf.get(name); p && !path.includes(p); p = parentOf.get(p)) path.unshift(p);
  return path;
}
