import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readMetadata } from '../../scripts/lib/read-yaml.ts';
import { reportIds, SEEDS, SOURCES, sourceBytes } from './_seeds.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

test('keeps each seed byte for byte, and each metadata file records its sha256', () => {
  const seeds = new Map(readdirSync(SEEDS).map((f) => [sha256(readFileSync(join(SEEDS, f))), f]));
  const matched = reportIds.map((id) => {
    const meta = readMetadata(readFileSync(join(SOURCES, `${id}.yaml`), 'utf8'), `${id}.yaml`);
    expect(meta.sha256, id).toBe(sha256(sourceBytes(id)));
    expect(meta.source).toBe(`${id}.txt`);
    return seeds.get(meta.sha256);
  });
  expect(matched.sort()).toEqual([...seeds.values()].sort());
});

test('metadata says only what the texts say', () => {
  const meta = Object.fromEntries(reportIds.map((id) => [id, readMetadata(readFileSync(join(SOURCES, `${id}.yaml`), 'utf8'), id)]));
  expect(meta['licheng-2023']).toMatchObject({ level: 'county', parentJurisdiction: '济南市', speaker: '续明', dates: { delivered: '2023-01-07' } });
  expect(meta['shizhong-2026']).toMatchObject({ speaker: '孟庆顺', dates: { delivered: '2026-02-04' } });
  expect(meta['jinan-14th-fyp-proposal']).toMatchObject({ documentType: 'five-year-plan-proposal', dates: { adopted: '2020-12-15', issued: '2020-12-21' } });
  // Neither the city report nor the province report gives a date or a speaker.
  for (const id of ['jinan-2024', 'shandong-2024']) expect(meta[id]).toMatchObject({ speaker: null, dates: { delivered: null } });
  expect(meta['shandong-2024']).toMatchObject({ level: 'province', parentJurisdiction: '全国' });
});
