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
  })
  .strict();
export type Jurisdiction = z.infer<typeof Jurisdiction>;

export const JurisdictionList = z.array(Jurisdiction).superRefine((list, ctx) => {
  const ids = new Set(list.map((j) => j.id));
  const names = new Set<string>();
  list.forEach((j, i) => {
    if (names.has(j.name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `duplicate name ${j.name}` });
    names.add(j.name);
    if (j.parent !== null && !ids.has(j.parent)) ctx.addIssue({ code: 'custom', path: [i, 'parent'], message: `unknown parent ${j.parent}` });
  });
});
