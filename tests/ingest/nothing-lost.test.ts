import { describe, expect, test } from 'vitest';
import { parseSource, reportIds, sourceBytes, walk } from './_seeds.ts';

const noSpace = (s: string) => s.replace(/\s/gu, '');

describe.each(reportIds)('%s', (id) => {
  test('keeps every character of the source in a node or a recorded removal', () => {
    const tree = parseSource(id);
    const lines = new TextDecoder().decode(sourceBytes(id)).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
    // Cut each recorded removal out of its line, right to left so columns stay valid.
    const removals = tree.removals.filter((r) => r.reason !== 'byte-order-mark')
      .sort((a, b) => b.line - a.line || b.column - a.column);
    for (const removal of removals) {
      const line = lines[removal.line - 1]!;
      const at = removal.column - 1;
      expect(line.slice(at, at + removal.text.length), `removal at ${removal.line}:${removal.column}`).toBe(removal.text);
      lines[removal.line - 1] = line.slice(0, at) + line.slice(at + removal.text.length);
    }
    const kept = walk(tree).map((n) => n.text).join('');
    expect(noSpace(kept)).toBe(noSpace(lines.join('\n')));
  });

  test('gives every node a unique id and a source line', () => {
    const nodes = walk(parseSource(id));
    const ids = nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const node of nodes) {
      expect(node.id).toMatch(/^[a-z0-9-]+$/);
      expect(node.line).toBeGreaterThan(0);
      expect(node.endLine).toBeGreaterThanOrEqual(node.line);
    }
  });

  test('gives the same ids on every run', () => {
    expect(walk(parseSource(id)).map((n) => n.id)).toEqual(walk(parseSource(id)).map((n) => n.id));
  });
});
