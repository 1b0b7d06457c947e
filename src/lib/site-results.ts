/** The site's target–result pairs, computed once from the content (see src/lib/results.ts). */
import { reports, targets } from '../content.ts';
import { pairResults } from './results.ts';
import { ResultList } from '../schemas/result.ts';

export const results = ResultList.parse(
  pairResults(
    targets,
    reports.map((r) => ({ id: r.id, jurisdiction: r.data.jurisdiction, yearsReviewed: r.data.yearsReviewed, yearsPlanned: r.data.yearsPlanned })),
  ),
);
