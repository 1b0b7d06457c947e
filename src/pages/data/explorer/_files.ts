/** The explorer's index and shards, computed once per build from the published records. */
import { clauseLabel, indicators, reports, targets } from '../../../content.ts';
import { buildExplorerFiles } from '../../../lib/explorer-data.ts';

export const explorerFiles = buildExplorerFiles(
  targets,
  reports.map((r) => ({ id: r.id, shortTitle: r.data.shortTitle })),
  indicators.map((i) => i.id),
  clauseLabel,
);
