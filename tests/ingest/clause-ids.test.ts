/**
 * Clause ids are the contract every citation relies on: the full list, with each clause's
 * reference and the start of its text, is kept in tests/fixtures/clause-ids.json. A change to
 * the pipeline that renumbers, splits or merges any clause fails here. When a change is meant
 * (a new report, a parsing fix), regenerate with `UPDATE_FIXTURES=1 npx vitest run tests/ingest/clause-ids.test.ts`
 * and say in the commit which ids moved.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseSource, reportIds, walk } from './_seeds.ts';

const FIXTURE = 'tests/fixtures/clause-ids.json';

const current = Object.fromEntries(
  reportIds.map((id) => [
    id,
    walk(parseSource(id))
      .filter((n) => n.type !== 'front' && n.type !== 'back' && n.type !== 'preamble')
      .map((n) => `${n.id} ${n.label} ${n.text.slice(0, 12)}`),
  ]),
);

test('no clause is renumbered: ids, references and texts match the recorded list', () => {
  if (process.env.UPDATE_FIXTURES || !existsSync(FIXTURE)) writeFileSync(FIXTURE, `${JSON.stringify(current, null, 1)}\n`);
  const recorded = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, string[]>;
  expect(Object.keys(current).sort()).toEqual(Object.keys(recorded).sort());
  for (const id of Object.keys(recorded)) expect(current[id], id).toEqual(recorded[id]);
});
