import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { IngestError } from '../../scripts/lib/issues.ts';
import { parseReport } from '../../scripts/lib/parse-report.ts';

// The five seed reports are enough to show a whole-run refusal; the 57 corpus reports would only make it slow.
const SEED_IDS = ['jinan-14th-fyp-proposal', 'jinan-2024', 'licheng-2023', 'shandong-2024', 'shizhong-2026'];
const copySeeds = (to: string) =>
  cpSync('content/sources', to, { recursive: true, filter: (src) => !/\.(?:txt|yaml)$/.test(src) || SEED_IDS.some((id) => src.endsWith(`/${id}.txt`) || src.endsWith(`/${id}.yaml`)) });

const FIXTURES = 'tests/fixtures';
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const ingest = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/ingest.ts', ...args], { encoding: 'utf8' });
const codes = (fn: () => unknown) => {
  try { fn(); } catch (error) {
    if (error instanceof IngestError) return error.issues.map((i) => `${i.line} ${i.code}`);
    throw error;
  }
  return [];
};

describe('bad input gives a clear error naming the file and line', () => {
  test('an empty file', () => {
    expect(codes(() => parseReport(fixture('empty.txt'), 'empty.txt', 'x'))).toEqual(['1 EMPTY_INPUT']);
    expect(codes(() => parseReport(new TextEncoder().encode('\n \u3000\n\r\n'), 'blank.txt', 'x'))).toEqual(['1 EMPTY_INPUT']);
  });
  test('a binary file', () => {
    expect(codes(() => parseReport(fixture('binary.txt'), 'binary.txt', 'x'))).toEqual(['1 BINARY_INPUT']);
  });
  test('a text with no numbered structure', () => {
    expect(codes(() => parseReport(fixture('no-structure.txt'), 'no-structure.txt', 'x'))).toEqual(['1 NO_STRUCTURE']);
  });
  test('half UTF-8, half GB18030 is refused at the first GB18030 line', () => {
    expect(codes(() => parseReport(fixture('mixed-encoding.txt'), 'mixed.txt', 'x'))).toEqual(['8 MIXED_ENCODING']);
  });
  test('GB18030 is decoded and reads like the UTF-8 original, with a warning', () => {
    const gb = parseReport(fixture('gb18030-report.txt'), 'gb.txt', 'x');
    const utf8 = parseReport(new TextEncoder().encode(new TextDecoder('gb18030').decode(fixture('gb18030-report.txt'))), 'u.txt', 'x');
    expect(gb.tree.encoding).toBe('gb18030');
    expect(gb.warnings.map((w) => w.code)).toEqual(['DECODED_GB18030']);
    expect(gb.tree.root).toEqual(utf8.tree.root);
    expect(JSON.stringify(gb.tree.root)).toContain('经济发展实现新跃升');
  });
});

describe('the ingest command', () => {
  test('prints path:line: message and exits non-zero on bad input', () => {
    const result = ingest(join(FIXTURES, 'no-structure.txt'), '--json');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe(
      'tests/fixtures/no-structure.txt:1: error NO_STRUCTURE no numbered parts (一、), sections (（一）) or articles (1.) found: is this a report?',
    );
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  test('--json prints every node with id, type, label, text, line and children', () => {
    const tree = JSON.parse(execFileSync(process.execPath, ['scripts/ingest.ts', 'content/sources/jinan-2024.txt', '--json'], { encoding: 'utf8' }));
    const check = (node: Record<string, unknown>) => {
      for (const key of ['id', 'type', 'label', 'text', 'line', 'children']) {
        if (key === 'text' && node.type === 'report') continue;
        expect(node, `${node.id} lacks ${key}`).toHaveProperty(key);
      }
      (node.children as Array<Record<string, unknown>>).forEach(check);
    };
    check(tree.root);
    expect(tree.root.children[1].children[0]).toMatchObject({ id: 'p0-1', type: 'paragraph', label: '序·1', line: 3 });
  });

  test('writes nothing when any report fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-'));
    copySeeds(join(dir, 'sources'));
    cpSync(join(FIXTURES, 'no-structure.txt'), join(dir, 'sources', 'broken.txt'));
    writeFileSync(join(dir, 'sources', 'broken.yaml'), readFileSync('content/sources/jinan-2024.yaml', 'utf8'));
    const result = ingest('--sources', join(dir, 'sources'), '--out', join(dir, 'out'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('broken.yaml:1: error INVALID_METADATA source: "jinan-2024.txt" should be "broken.txt"');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  test('names the metadata line of a wrong date or a missing title', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-'));
    copySeeds(join(dir, 'sources'));
    const yaml = join(dir, 'sources', 'licheng-2023.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('delivered: 2023-01-07', 'delivered: 2023-02-30').replace(/^title: .*\n/m, ''));
    const result = ingest('--sources', join(dir, 'sources'), '--out', join(dir, 'out'));
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/licheng-2023\.yaml:2: error INVALID_METADATA title: required but missing$/));
    expect(lines).toContainEqual(expect.stringMatching(/licheng-2023\.yaml:10: error INVALID_METADATA dates\.delivered: not a real calendar date/));
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  test('refuses a jurisdiction that content/jurisdictions.yaml does not list, or a wrong parent', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-'));
    copySeeds(join(dir, 'sources'));
    const edit = (id: string, from: string, to: string) => {
      const yaml = join(dir, 'sources', `${id}.yaml`);
      writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(from, to));
    };
    edit('licheng-2023', 'jurisdiction: 历城区', 'jurisdiction: 槐荫区');
    edit('shizhong-2026', 'parentJurisdiction: 济南市', 'parentJurisdiction: 山东省');
    const result = ingest('--sources', join(dir, 'sources'), '--out', join(dir, 'out'));
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/licheng-2023\.yaml:4: error INVALID_METADATA jurisdiction: 槐荫区 is not in content\/jurisdictions\.yaml/));
    expect(lines).toContainEqual(expect.stringMatching(/shizhong-2026\.yaml:\d+: error INVALID_METADATA parentJurisdiction: content\/jurisdictions\.yaml puts 市中区 under 济南市/));
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});
