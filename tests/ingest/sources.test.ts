import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { draftMetadata } from '../../scripts/lib/draft-metadata.ts';
import { readJurisdictions, readMetadata } from '../../scripts/lib/read-yaml.ts';
import { parseSource, reportIds, SEEDS, SOURCES, sourceBytes } from './_seeds.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

test('keeps each seed byte for byte, and each metadata file records its sha256', () => {
  const seeds = new Map(readdirSync(SEEDS).map((f) => [sha256(readFileSync(join(SEEDS, f))), f]));
  const matched = reportIds.map((id) => {
    const meta = readMetadata(readFileSync(join(SOURCES, `${id}.yaml`), 'utf8'), `${id}.yaml`);
    expect(meta.sha256, id).toBe(sha256(sourceBytes(id)));
    expect(meta.source).toBe(`${id}.txt`);
    return seeds.get(meta.sha256);
  });
  // Every seed is here (the corpus reports beside them are checked in corpus.test.ts).
  expect(matched.filter((f) => f !== undefined).sort()).toEqual([...seeds.values()].sort());
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

const jurisdictions = readJurisdictions(readFileSync('content/jurisdictions.yaml', 'utf8'), 'jurisdictions.yaml');
const add = (...args: string[]) => spawnSync(process.execPath, ['scripts/add.ts', ...args], { encoding: 'utf8' });

test('npm run add drafts from the text what the checked metadata says: title, jurisdiction, level, speaker, date, session', () => {
  // Every report that names its title (the corpus and the seeds with a title line); years may be hand-corrected.
  let drafted = 0;
  for (const id of reportIds) {
    const meta = readMetadata(readFileSync(join(SOURCES, `${id}.yaml`), 'utf8'), id);
    // Seeds written by hand before drafts existed carry no session; national-2025 has no title line.
    if (meta.documentType !== 'government-work-report' || !meta.session) continue;
    const { draft } = draftMetadata(parseSource(id), jurisdictions, meta.sha256, 'txt', {});
    expect(draft?.meta, id).toMatchObject({
      title: meta.title, jurisdiction: meta.jurisdiction, level: meta.level, parentJurisdiction: meta.parentJurisdiction,
      speaker: meta.speaker, session: meta.session, dates: meta.dates, source: meta.source,
    });
    drafted++;
  }
  expect(drafted).toBeGreaterThanOrEqual(56);
}, 60_000);

test('npm run add refuses a text without a title, naming the file and line, and writes nothing', () => {
  const out = mkdtempSync(join(tmpdir(), 'add-'));
  const result = add(join(SOURCES, 'national-2025.txt'), '--sources', out);
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/national-2025\.txt:1: error MISSING_METADATA no title found .*--title/);
  expect(readdirSync(out)).toEqual([]);
}, 30_000);

test('npm run add copies the source byte for byte and writes a draft that ingest accepts', () => {
  const out = mkdtempSync(join(tmpdir(), 'add-'));
  const source = join(SOURCES, 'national-2025.txt');
  const result = add(source, '--sources', out, '--title', '2025年政府工作报告', '--jurisdiction', '全国');
  expect(result.stderr).toBe('');
  expect(readdirSync(out).sort()).toEqual(['national-2025.txt', 'national-2025.yaml']);
  expect(sha256(readFileSync(join(out, 'national-2025.txt')))).toBe(sha256(readFileSync(source)));
  const meta = readMetadata(readFileSync(join(out, 'national-2025.yaml'), 'utf8'), 'x', jurisdictions);
  expect(meta).toMatchObject({ level: 'national', parentJurisdiction: null, speaker: null, dates: { delivered: null }, issuingBody: '国务院' });
  expect(result.stdout).toContain('title: "2025年政府工作报告"');
  // A second run does not overwrite what the maintainer may have corrected.
  expect(add(source, '--sources', out, '--title', '2025年政府工作报告', '--jurisdiction', '全国').stderr).toMatch(/exists: pass --force/);
  execFileSync(process.execPath, ['scripts/ingest.ts', join(out, 'national-2025.txt')], { encoding: 'utf8' });
}, 60_000);
