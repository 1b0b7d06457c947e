import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { ReportMeta } from '../../src/schemas/report.ts';
import { IndicatorList } from '../../src/schemas/target.ts';
import { JurisdictionList, type Jurisdiction } from '../../src/schemas/jurisdiction.ts';
import { IngestError, type Issue } from './issues.ts';

/**
 * Parses YAML and validates it with a shared schema; every problem is reported at the line of
 * the offending key, e.g. `jinan-2024.yaml:12: error INVALID_METADATA dates.delivered: not a real calendar date`.
 */
export function readYaml<T extends z.ZodType>(schema: T, yamlText: string, file: string): z.infer<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  if (doc.errors.length) {
    throw new IngestError(file, doc.errors.map((e): Issue => ({
      code: 'INVALID_METADATA', severity: 'error', line: lineOf(e.pos[0]), message: e.message.split('\n')[0]!,
    })));
  }
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return result.data;
  throw new IngestError(file, result.error.issues.map((issue): Issue => {
    const path = issue.path.map(String);
    return {
      code: 'INVALID_METADATA', severity: 'error',
      line: lineOf(locate(doc.contents, path)),
      message: `${path.join('.') || '(file)'}: ${/received undefined/.test(issue.message) ? 'required but missing' : issue.message}`,
    };
  }));
}

/**
 * A report's metadata; with the jurisdiction list, its jurisdiction and parent must be listed
 * there, at the level and under the parent the list gives.
 */
export function readMetadata(yamlText: string, file: string, jurisdictions?: Jurisdiction[]): ReportMeta {
  if (!jurisdictions) return readYaml(ReportMeta, yamlText, file);
  const byName = new Map(jurisdictions.map((j) => [j.name, j]));
  const byId = new Map(jurisdictions.map((j) => [j.id, j]));
  const schema = ReportMeta.superRefine((meta, ctx) => {
    const known = byName.get(meta.jurisdiction);
    if (!known) {
      ctx.addIssue({ code: 'custom', path: ['jurisdiction'], message: `${meta.jurisdiction} is not in content/jurisdictions.yaml: add it there first` });
      return;
    }
    if (known.level !== meta.level) ctx.addIssue({ code: 'custom', path: ['level'], message: `${meta.jurisdiction} is a ${known.level} in content/jurisdictions.yaml, not a ${meta.level}` });
    const parent = known.parent ? byId.get(known.parent)!.name : null;
    if (parent !== meta.parentJurisdiction) ctx.addIssue({ code: 'custom', path: ['parentJurisdiction'], message: `content/jurisdictions.yaml puts ${meta.jurisdiction} under ${parent ?? 'nothing'}` });
  });
  return readYaml(schema, yamlText, file);
}
export const readJurisdictions = (yamlText: string, file: string) => readYaml(JurisdictionList, yamlText, file);
export const readIndicators = (yamlText: string, file: string) => readYaml(IndicatorList, yamlText, file);

/** Offset of the deepest YAML node on `path` that exists (a missing key points at its parent). */
function locate(node: YamlNode | null, path: string[]): number | undefined {
  let current: unknown = node;
  let offset = (node as YamlNode | null)?.range?.[0];
  for (const key of path) {
    if (isMap(current)) {
      const pair = current.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      if (!pair) break;
      offset = (pair.key as YamlNode).range?.[0] ?? offset;
      current = pair.value;
    } else if (isSeq(current)) {
      current = current.items[Number(key)];
      offset = (current as YamlNode | undefined)?.range?.[0] ?? offset;
    } else break;
  }
  return offset;
}
