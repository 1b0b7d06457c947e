/**
 * A saved web page → the same DecodedText the text path produces, one block a line.
 *
 * Readability (Mozilla's, run on linkedom's DOM) finds the article the way Firefox's reader
 * view does; its block elements (paragraphs, headings, list items, table rows, divs holding
 * text, and lines a <br> ends) become one line each, after the page's own title. Everything
 * outside the article — navigation, breadcrumbs, font-size and share bars, related articles,
 * the footer — is recorded as removed web chrome with its line in the HTML. Scripts and styles
 * are not text. Text is only ever read as text (textContent), so `<script>` written in a
 * report stays those eight characters.
 */
import type { Removal } from '../../../src/schemas/report.ts';
import { fail } from '../issues.ts';
import type { DecodedText } from './decode.ts';

/** Elements that end a line of text before and after them. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML', 'HEAD',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'TITLE', 'UL',
]);
/** Not text: code, styling, and what a browser never shows. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'SELECT', 'BUTTON']);
const CELL = new Set(['TD', 'TH']);

/** Less visible text than this is not an article (a portal's index page, an error page). */
const MIN_ARTICLE = 100;

/** Anything a DOM walk needs; linkedom's nodes and the browser's agree on these. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text of a DOM as lines: each block element and each <br> ends a line; table cells are spaced apart. */
export function textLines(root: DomNode): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = collapse(current);
    if (line) lines.push(line);
    current = '';
  };
  const visit = (node: DomNode) => {
    if (node.nodeType === 3) { current += node.textContent ?? ''; return; }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') { flush(); return; }
    const block = BLOCK.has(name);
    if (block) flush();
    if (CELL.has(name)) current += ' ';
    for (let i = 0; i < node.childNodes.length; i++) visit(node.childNodes[i]!);
    if (CELL.has(name)) current += ' ';
    if (block) flush();
  };
  visit(root);
  flush();
  return lines;
}

function decodeBytes(bytes: Uint8Array): string {
  let body = bytes;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
  const head = new TextDecoder('latin1').decode(body.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared && !/^utf-?8$/.test(declared)) {
    // GB2312 and GBK pages are decoded as their superset.
    const label = /^(?:gb2312|gbk|gb18030|x-gbk|cp936)$/.test(declared) ? 'gb18030' : declared;
    try { return new TextDecoder(label).decode(body); } catch { /* unknown label: try UTF-8 */ }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('gb18030').decode(body);
  }
}

/** The page's own title: the heading the <title> begins with, else the <title> without its site name. */
function titleOf(docTitle: string, headings: string[]): string {
  const title = collapse(docTitle);
  const heading = headings.filter((h) => h.length >= 4 && title.startsWith(h)).sort((a, b) => b.length - a.length)[0];
  if (heading) return heading;
  const parts = title.split(/\s*[_|｜]\s*|\s+[-–—]\s+/).filter((p) => p.length > 0);
  return parts.sort((a, b) => b.length - a.length)[0] ?? title;
}

export async function decodeHtml(bytes: Uint8Array, file: string): Promise<DecodedText> {
  // Imported here so the text path never loads a DOM.
  const [{ Readability }, { parseHTML }] = await Promise.all([import('@mozilla/readability'), import('linkedom')]);
  const html = decodeBytes(bytes).replace(/\r\n?/g, '\n');
  if (html.trim() === '') fail(file, 'EMPTY_INPUT', 1, 'the file is empty or holds only whitespace');

  // Readability rewrites the DOM it reads: give it its own copy, keep one to compare against.
  const original = parseHTML(html).document;
  const article = new Readability(parseHTML(html).document as unknown as Document, { charThreshold: MIN_ARTICLE }).parse();
  const articleLines = article?.content ? textLines(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document as unknown as DomNode) : [];
  if (articleLines.join('').replace(/\s/g, '').length < MIN_ARTICLE) {
    fail(file, 'HTML_NO_ARTICLE', 1, 'no article found in this web page (only navigation or too little text): save the page that holds the report');
  }

  const headings = Array.from(original.querySelectorAll('h1, h2, h3'), (h) => collapse(h.textContent ?? ''));
  const title = titleOf(article!.title ?? original.title ?? '', headings);
  const lines = articleLines[0] === title || !title ? articleLines : [title, ...articleLines];

  // Whatever the page shows outside the article is chrome: recorded with its line in the HTML.
  const kept = new Map<string, number[]>();
  lines.forEach((line, i) => kept.set(line, [...(kept.get(line) ?? []), i]));
  const sourceLines = lines.map(() => 1);
  const removals: Removal[] = [];
  const locate = locator(html);
  for (const line of textLines(original as unknown as DomNode)) {
    const at = locate(line);
    const index = kept.get(line)?.shift();
    if (index !== undefined) { sourceLines[index] = at.line; continue; }
    removals.push({ ...at, text: line, reason: 'web-chrome' });
  }
  removals.sort((a, b) => a.line - b.line || a.column - b.column);
  return { file, text: lines.join('\n'), encoding: 'utf-8', removals, warnings: [], sourceLines };
}

/**
 * Finds where a line of text starts in the HTML source, searching forward from the last find
 * (markup and entities between its words are skipped by matching its first word-run only).
 */
function locator(html: string): (text: string) => { line: number; column: number } {
  let from = 0;
  return (text) => {
    const probe = /^[^\s<>&"']{1,4}/.exec(text)?.[0] ?? '';
    let index = probe ? html.indexOf(probe, from) : -1;
    if (index === -1 && probe) index = html.indexOf(probe);
    if (index === -1) return { line: 1, column: 1 };
    from = index + probe.length;
    const before = html.slice(0, index);
    const line = before.split('\n').length;
    return { line, column: index - before.lastIndexOf('\n') };
  };
}
