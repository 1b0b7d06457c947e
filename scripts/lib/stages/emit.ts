import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import {
  isClause, ReportFrontmatter, ReportTree,
  type ClauseNode, type ContainerNode, type ReportMeta, type TocEntry,
} from '../../../src/schemas/report.ts';
import { ReportTargets, type Target } from '../../../src/schemas/target.ts';


export interface EmittedReport {
  /** `content/generated/reports/<id>.mdx` */
  mdx: string;
  /** `content/generated/trees/<id>.json` */
  json: string;
  /** `content/generated/targets/<id>.json` */
  targets: string;
  frontmatter: ReportFrontmatter;
}

/**
 * Tree to an MDX entry and a JSON tree, both validated by the schemas the site uses. The
 * body is built as mdast and serialized by mdast-util-to-markdown with the MDX extensions,
 * so `<`, `{`, `import`, `export` … in a report are escaped and stay text.
 */
export function emit(tree: ReportTree, meta: ReportMeta, targets: Target[]): EmittedReport {
  const body: RootContent[] = [];
  const toc: TocEntry[] = [];
  const stats: { annexes?: number; books: number; chapters: number; divisions: number; parts: number; sections: number; articles: number; clauses: number; removals: number } = { books: 0, chapters: 0, divisions: 0, parts: 0, sections: 0, articles: 0, clauses: 0, removals: tree.removals.length };

  // Heading depth is nesting depth: an article directly under a part is depth 2.
  const byClause = Map.groupBy(targets, (t) => t.clause);
  const visit = (node: ContainerNode | ClauseNode, depth: number): void => {
    if (isClause(node)) {
      stats.clauses++;
      if (node.table) {
        // A table box is rendered from its cells (server-side, with headers); its title is its first line.
        const title = node.text.split('\n')[0]!;
        body.push(element('Clause', { id: node.id, label: node.label, kind: node.type, line: String(node.line), title, table: JSON.stringify(node.table) }, '', []));
        return;
      }
      const figures = locateFigures(node.text, byClause.get(node.id) ?? []);
      body.push(element('Clause', { id: node.id, label: node.label, kind: node.type, line: String(node.line) }, node.text, node.emphasis, figures));
      return;
    }
    if (node.type !== 'preamble') {
      if (node.type === 'annex') stats.annexes = (stats.annexes ?? 0) + 1;
      else stats[`${node.type}s`]++;
      body.push(element('Heading', { id: node.id, depth: String(Math.min(depth, 4)), label: node.label, line: String(node.line) }, node.text, node.emphasis));
      // An outline's 篇 > 章 > 节 > （一） fills four levels of contents; deeper headings stay in the text.
      if (depth <= 4) toc.push({ id: node.id, label: node.label, text: headingText(node), depth });
    }
    node.children.forEach((child) => visit(child, depth + 1));
  };
  for (const node of tree.root.children) {
    if (node.type === 'front' || node.type === 'back') {
      const name = node.type === 'front' ? 'Front' : 'Back';
      body.push(element(name, { id: node.id, role: node.role, label: node.label, line: String(node.line) }, node.text, []));
    } else visit(node, node.type === 'preamble' ? 0 : 1);
  }

  // Strings are quoted in the front matter: Astro reads it as YAML 1.1, where 2023-01-07 is a Date.
  const frontmatter = ReportFrontmatter.parse({ ...meta, report: tree.report, toc, stats });
  const markdown = toMarkdown({ type: 'root', children: body }, { extensions: [mdxToMarkdown()] });
  return {
    mdx: `---\n${stringify(frontmatter, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n\n${markdown}`,
    json: `${JSON.stringify(ReportTree.parse(tree), null, 1)}\n`,
    targets: `${JSON.stringify(ReportTargets.parse({ report: tree.report, targets }), null, 1)}\n`,
    frontmatter,
  };
}

/** 一、2023年工作回顾 → 2023年工作回顾, 第五章　提升… → 提升…, for the table of contents. */
function headingText(node: ContainerNode): string {
  return node.text.replace(/^(?:第[一二三四五六七八九十百〇零两]+[篇章节]\s*|[一二三四五六七八九十百〇零两]+、|[（(][一二三四五六七八九十百〇零]+[）)]|\d{1,3}[.、．]\s*)/, '').trim() || node.label;
}

interface FigureSpan { start: number; end: number; target: string }

/** Where each record's figure sits in its clause (records come in text order). */
function locateFigures(text: string, targets: Target[]): FigureSpan[] {
  const spans: FigureSpan[] = [];
  let from = 0;
  for (const target of targets) {
    if (!target.figure) continue;
    const sentence = text.indexOf(target.text, Math.max(0, text.lastIndexOf(target.text, from)));
    const start = text.indexOf(target.figure, Math.max(from, sentence));
    if (sentence === -1 || start === -1) continue;
    spans.push({ start, end: start + target.figure.length, target: target.id });
    from = start + target.figure.length;
  }
  return spans;
}

/**
 * One node as `<Name …>text</Name>` on a line of its own. Content on the tag's own line is
 * phrasing in MDX, so the component decides the block element (`<p>`, `<h2>` …) and no stray
 * paragraph ends up inside a heading.
 */
function element(name: string, props: Record<string, string>, text: string, emphasis: Array<[number, number]>, figures: FigureSpan[] = []): Paragraph {
  const jsx: MdxJsxTextElement = {
    type: 'mdxJsxTextElement',
    name,
    attributes: Object.entries(props).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
    children: phrasing(text, emphasis, figures),
  };
  return { type: 'paragraph', children: [jsx] };
}

/** Text with its emphasis (strong) and its target figures (`<Figure target=…>`), as mdast. */
function phrasing(text: string, emphasis: Array<[number, number]>, figures: FigureSpan[]): PhrasingContent[] {
  const cuts = new Set([0, text.length, ...emphasis.flat(), ...figures.flatMap((f) => [f.start, f.end])]);
  const points = [...cuts].sort((a, b) => a - b);
  const children: PhrasingContent[] = [];
  let figure: MdxJsxTextElement | null = null;
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i]!, points[i + 1]!];
    const value = text.slice(start, end);
    const strong = emphasis.some(([a, b]) => start >= a && end <= b);
    const node: PhrasingContent = strong ? { type: 'strong', children: [{ type: 'text', value }] } : { type: 'text', value };
    const span = figures.find((f) => start >= f.start && end <= f.end);
    if (!span) { figure = null; children.push(node); continue; }
    if (!figure || figure.attributes[0]?.type !== 'mdxJsxAttribute' || figure.attributes[0].value !== span.target) {
      figure = { type: 'mdxJsxTextElement', name: 'Figure', attributes: [{ type: 'mdxJsxAttribute', name: 'target', value: span.target }], children: [] };
      children.push(figure);
    }
    figure.children.push(node);
  }
  return children;
}
