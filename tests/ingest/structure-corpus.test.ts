/**
 * Structure on real corpus reports whose shapes the seeds do not have: part headings printed
 * without their numbers (a web copy's 2024年工作回顾 standing alone), annexes after the body
 * (附件 with its own 一、二、…, a 名词解释 glossary), and sections numbered 一是 … on heading lines.
 * Expected values come from reading each source text.
 */
import { describe, expect, test } from 'vitest';
import type { ContainerNode, ReportNode, ReportTree } from '../../src/schemas/report.ts';
import { parseReport } from '../../scripts/lib/parse-report.ts';
import { reportIds, SOURCES, sourceBytes, walk } from './_seeds.ts';

const parsed = new Map(reportIds.map((id) => [id, parseReport(sourceBytes(id), `${SOURCES}/${id}.txt`, id)]));
const tree = (id: string): ReportTree => parsed.get(id)!.tree;
const top = (id: string, type: ContainerNode['type']) =>
  tree(id).root.children.filter((n): n is ContainerNode => n.type === type);
const under = (node: ContainerNode, type: ReportNode['type']) => {
  const out: ReportNode[] = [];
  const visit = (n: ReportNode) => { if (n.type === type) out.push(n); if ('number' in n) n.children.forEach(visit); };
  node.children.forEach(visit);
  return out;
};

// Part headings as each text prints them; the ones without a number get 一, 二 … by their order.
const PARTS: Record<string, { parts: Array<[string, string, string]>; sections: number; unnumbered: number[] }> = {
  'sichuan-2025': {
    parts: [['p1', '一', '2024年工作回顾'], ['p2', '二', '2025年工作安排建议'], ['p3', '三', '加强政府自身建设']],
    sections: 19, unnumbered: [7, 31, 79],
  },
  'xizang-2025': {
    parts: [['p1', '一', '2024年工作回顾'], ['p2', '二', '2025年工作安排']],
    sections: 9, unnumbered: [8, 23],
  },
  'gansu-2026': {
    parts: [['p1', '一', '“十四五”时期工作回顾'], ['p2', '二', '“十五五”时期的主要目标任务'], ['p3', '三', '2026年重点工作']],
    sections: 8, unnumbered: [18, 38, 50],
  },
  'guangdong-2025': {
    parts: [['p1', '一', '一、2024年工作回顾'], ['p2', '二', '二、2025年工作安排']],
    sections: 12, unnumbered: [],
  },
  'yunnan-2025': {
    parts: [['p1', '一', '一、2024年工作回顾'], ['p2', '二', '二、2025年总体要求'], ['p3', '三', '三、2025年重点任务']],
    sections: 22, unnumbered: [],
  },
  'gansu-2025': {
    parts: [['p1', '一', '一、2024年工作回顾'], ['p2', '二', '二、2025年工作总体要求和预期目标'], ['p3', '三', '三、2025年重点工作']],
    sections: 8, unnumbered: [],
  },
};

describe.each(Object.entries(PARTS))('%s', (id, expected) => {
  test('has the parts the text heads, with their heading texts, and the sections inside them', () => {
    expect(top(id, 'part').map((p) => [p.id, p.label, p.text])).toEqual(expected.parts);
    expect(walk(tree(id)).filter((n) => n.type === 'section').length).toBe(expected.sections);
    // Every section sits in a part: none is left at the top level or in the preamble.
    expect(top(id, 'section')).toEqual([]);
    expect(top(id, 'preamble').flatMap((p) => under(p, 'section'))).toEqual([]);
  });

  test('says which part headings carry no printed number, at their lines', () => {
    const warned = parsed.get(id)!.warnings.filter((w) => w.code === 'UNNUMBERED_PART').map((w) => w.line);
    expect(warned).toEqual(expected.unnumbered);
  });
});

test('gansu-2025: the heading lines 一是…八是 of its third part are its sections, each holding the paragraphs after it', () => {
  const [, , third] = top('gansu-2025', 'part');
  const sections = third!.children.filter((n): n is ContainerNode => n.type === 'section');
  expect(sections.map((s) => s.id)).toEqual(['p3-s1', 'p3-s2', 'p3-s3', 'p3-s4', 'p3-s5', 'p3-s6', 'p3-s7', 'p3-s8']);
  expect(sections.map((s) => s.text.slice(0, 2))).toEqual(['一是', '二是', '三是', '四是', '五是', '六是', '七是', '八是']);
  expect(sections[0]!.text).toBe('一是聚焦全方位扩大内需，着力提消费促投资');
  // The last section also holds the two closing 各位代表！ paragraphs, as everywhere in the corpus.
  expect(sections.map((s) => s.children.length)).toEqual([2, 4, 3, 3, 4, 3, 6, 4]);
  // The first part's 一是 … are whole paragraphs (they end in a full stop): items, not headings.
  const [first] = top('gansu-2025', 'part');
  expect(under(first!, 'section')).toEqual([]);
  expect(first!.children.filter((n) => n.type === 'item' && n.marker === 'ordinal').length).toBe(6);
});

// Annexes after the body, as printed: their own numbering nests inside them.
const ANNEXES: Record<string, Array<{ id: string; label: string; parts: number; entries: number }>> = {
  'guangdong-2025': [{ id: 'x1', label: '附件1', parts: 10, entries: 0 }, { id: 'x2', label: '附件2', parts: 0, entries: 18 }],
  'yunnan-2025': [{ id: 'x1', label: '名词解释', parts: 0, entries: 44 }, { id: 'x2', label: '附件', parts: 10, entries: 0 }],
  'sichuan-2025': [{ id: 'x1', label: '名词解释', parts: 0, entries: 50 }],
};

describe.each(Object.entries(ANNEXES))('%s annexes', (id, expected) => {
  test('are annexes after the last part, not more parts: a 一、 list nests inside, a glossary is one clause an entry, numbered in order', () => {
    const annexes = top(id, 'annex');
    expect(annexes.map((a) => ({
      id: a.id,
      label: a.label,
      parts: under(a, 'part').length,
      entries: a.children.filter((n) => /^\d{1,3}[.．]/.test(n.type === 'paragraph' || n.type === 'item' ? ('text' in n ? n.text : '') : '')).length,
    }))).toEqual(expected);
    for (const annex of annexes) {
      const entries = annex.children.filter((n) => (n.type === 'paragraph' || n.type === 'item') && /^\d{1,3}[.．]/.test(n.text));
      expect(entries.map((n) => Number(/^\d+/.exec((n as { text: string }).text)![0]))).toEqual(entries.map((_, i) => i + 1));
      expect(under(annex, 'part').map((p) => p.id)).toEqual(under(annex, 'part').map((_, i) => `${annex.id}-p${i + 1}`));
    }
    const lastPart = top(id, 'part').at(-1)!;
    expect(annexes.every((a) => a.line > lastPart.endLine)).toBe(true);
  });
});

test('no report in content/sources prints a part, section or article number twice in the same container', () => {
  const duplicates = [...parsed].flatMap(([id, r]) => r.warnings.filter((w) => w.code === 'DUPLICATE_NUMBER').map((w) => `${id}:${w.line} ${w.message}`));
  expect(duplicates).toEqual([]);
});

test('only reports with no numbered part at all get unnumbered parts', () => {
  const withUnnumbered = [...parsed].filter(([, r]) => r.warnings.some((w) => w.code === 'UNNUMBERED_PART')).map(([id]) => id);
  expect(withUnnumbered).toEqual(['gansu-2026', 'sichuan-2025', 'xizang-2025']);
});
