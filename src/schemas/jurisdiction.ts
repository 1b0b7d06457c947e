import { z } from 'zod';
import { JurisdictionLevel } from './report.ts';

/** The nation, a province, city or county (content/jurisdictions.yaml). */
export const Jurisdiction = z
  .object({
    /** URL slug: /jurisdictions/<id>/; districts carry their city (jinan-shizhong) because names repeat across cities. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Chinese name as reports write it: 济南市. */
    name: z.string().min(1),
    nameEn: z.string().min(1),
    level: JurisdictionLevel,
    /** Id of the jurisdiction one level up; null for the nation. */
    parent: z.string().nullable(),
    /** A province's square in the tile-grid map: [column, row], 0-based, north-west first. */
    tile: z.tuple([z.number().int().min(0), z.number().int().min(0)]).optional(),
  })
  .strict();
export type Jurisdiction = z.infer<typeof Jurisdiction>;

export const JurisdictionList = z.array(Jurisdiction).superRefine((list, ctx) => {
  const ids = new Set(list.map((j) => j.id));
  const names = new Set<string>();
  const tiles = new Map<string, string>();
  list.forEach((j, i) => {
    if (names.has(j.name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `duplicate name ${j.name}` });
    names.add(j.name);
    if (j.tile) {
      const key = j.tile.join(',');
      if (tiles.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'tile'], message: `tile ${key} already holds ${tiles.get(key)}` });
      tiles.set(key, j.name);
    }
    if (j.parent !== null && !ids.has(j.parent)) ctx.addIssue({ code: 'custom', path: [i, 'parent'], message: `unknown parent ${j.parent}` });
  });
});
