/**
 * A real typesetter for the PDF tests: a report's paragraphs set as an A4 HTML page (Noto CJK,
 * first-line indent of two ideographs, a running header with the title, a page-number footer)
 * and printed to PDF by Debian's Chromium, as a government office would print a Word file.
 * Also builds saved web pages around a report's text, with the chrome real portals carry.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { decode } from '../../scripts/lib/stages/decode.ts';
import { normalize } from '../../scripts/lib/stages/normalize.ts';
import { isHeadingMarker, markerOf } from '../../scripts/lib/numbering.ts';
import { launchBrowser } from './browser.ts';

export interface Paragraph {
  text: string;
  /** A title: set centred, as a heading, not indented. */
  title: boolean;
}

/** The paragraphs the text pipeline reads out of a source (front matter, headings, clauses, back matter). */
export function paragraphsOf(bytes: Uint8Array, file: string): Paragraph[] {
  return normalize(decode(bytes, file)).blocks.map((b) => ({ text: b.content.text, title: b.role === 'title' }));
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface TypesetOptions {
  /** Left and right page margins in millimetres: 30 gives ~38 ideographs a line at 10.5pt, 45 about 31. */
  marginMm: number;
  /** Font size in points. */
  fontPt?: number;
  font?: 'Noto Serif CJK SC' | 'Noto Sans CJK SC';
  /** Title for the running header. */
  header?: string;
  /** Footer page number as — 3 — or 第 3 页 / 共 9 页; 'none' prints no header or footer at all. */
  footer?: 'dash' | 'of' | 'none';
  /** Paragraphs without a first-line indent, set apart by space instead. */
  blockParagraphs?: boolean;
  /** Numbered headings (一、 （一） 1.) set flush left in a bold sans face, as many offices set them. */
  flushHeadings?: boolean;
  /** A contents page before the text: [heading, page] pairs, each printed with a dot leader. */
  contents?: Array<[string, string]>;
}

/** The HTML a typesetter would print: titles centred, every other paragraph with a two-ideograph indent. */
export function typesetHtml(paragraphs: Paragraph[], options: TypesetOptions): string {
  const font = options.font ?? 'Noto Serif CJK SC';
  const title = options.header ?? paragraphs.find((p) => p.title)?.text ?? '';
  const toc = options.contents
    ? `<section class="toc"><h2>目  录</h2>${options.contents
      .map(([h, p]) => `<p class="entry"><span>${escape(h)}</span><span class="leader"></span><span>${escape(p)}</span></p>`)
      .join('')}</section>`
    : '';
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(title)}</title><style>
@page { size: A4; margin: 28mm ${options.marginMm}mm 25mm ${options.marginMm}mm; }
body { margin: 0; font-family: '${font}'; font-size: ${options.fontPt ?? 10.5}pt; line-height: 1.75; }
h1 { font-size: 1.6em; text-align: center; font-weight: normal; margin: 0 0 1em; }
p { margin: 0; text-indent: 2em; text-align: justify; }
${options.blockParagraphs ? 'p { text-indent: 0; margin: 0 0 0.8em; }' : ''}
.k { break-after: avoid; }
.h { text-indent: 0; font-family: 'Noto Sans CJK SC'; font-weight: bold; }
.toc { break-after: page; }
.toc h2 { text-align: center; font-weight: normal; font-size: 1.3em; white-space: pre; }
/* A wrapped entry keeps its leader and page number on its last line, as Word sets them. */
.toc .entry { display: flex; align-items: flex-end; text-indent: 0; }
.toc .leader { flex: 1 0 3em; overflow: hidden; white-space: nowrap; }
.toc .leader::after { content: '…………………………………………………………………………………………………………………………'; }
</style></head><body>${toc}${paragraphs
    .map((p) => {
      if (p.title) return `<h1>${escape(p.text)}</h1>`;
      const heading = isHeadingMarker(markerOf(p.text)) && p.text.length <= 40;
      // A heading is kept with the text after it (Word's heading styles: keep with next).
      const classes = [heading ? 'k' : '', options.flushHeadings && heading ? 'h' : ''].filter(Boolean).join(' ');
      return classes ? `<p class="${classes}">${escape(p.text)}</p>` : `<p>${escape(p.text)}</p>`;
    })
    .join('\n')}</body></html>`;
}

let browser: Promise<Browser> | null = null;

/** Print HTML to an A4 PDF with Chromium; cached in the OS temp dir by content hash within and across runs. */
export async function printPdf(html: string, options: TypesetOptions): Promise<Uint8Array> {
  const header = options.header ?? '';
  const footer = options.footer === 'of'
    ? '第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页'
    : '— <span class="pageNumber"></span> —';
  const style = `font-family: '${options.font ?? 'Noto Serif CJK SC'}'; font-size: 9px; width: 100%; text-align: center;`;
  const key = createHash('sha256').update(JSON.stringify([html, header, footer, style])).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), 'policy-atlas-typeset');
  const file = join(dir, `${key}.pdf`);
  if (existsSync(file)) return new Uint8Array(readFileSync(file));
  browser ??= launchBrowser();
  const page = await (await browser).newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const pdf = await page.pdf({
      format: 'A4',
      displayHeaderFooter: options.footer !== 'none',
      preferCSSPageSize: true,
      headerTemplate: `<div style="${style}">${escape(header)}</div>`,
      footerTemplate: `<div style="${style}">${footer}</div>`,
    });
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, pdf);
    return new Uint8Array(pdf);
  } finally {
    await page.close();
  }
}

export async function closeTypesetter(): Promise<void> {
  if (browser) await (await browser).close();
  browser = null;
}

/**
 * A saved government web page around a report's paragraphs: breadcrumbs, a font-size bar, a
 * share bar, a 来源/时间 line, related articles, and a footer with 主办单位 and ICP 备案, as the
 * portals publish them. The article's paragraphs are escaped: source text never becomes markup.
 */
export function governmentPage(paragraphs: Paragraph[], fallbackTitle: string, site = '济南市人民政府'): string {
  // A portal always heads the article with its title, even when the text itself has none.
  const title = paragraphs.filter((p) => p.title).map((p) => p.text).join('') || fallbackTitle;
  const rest = paragraphs.filter((p) => !p.title).map((p) => p.text);
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escape(title ?? '')}_${site}</title>
<link rel="stylesheet" href="/css/main.css">
<script>var _hmt = _hmt || []; (function(){ var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?x"; })();</script>
<style>.share a { margin: 0 4px; } body { font-size: 14px; }</style>
</head>
<body>
<div class="top-bar"><a href="/">${site}</a> <a href="/en/">English</a> <a href="/wza/">无障碍</a> <a href="/m/">移动版</a></div>
<div class="header"><img src="/img/logo.png" alt="${site}门户网站"><form class="search"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zmhd/">政民互动</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/zjjn/">走进济南</a></li></ul>
<div class="breadcrumb">首页 &gt; 政务公开 &gt; 政府工作报告</div>
<div class="main">
  <div class="article">
    <h1 class="article-title">${escape(title ?? '')}</h1>
    <div class="article-info"><span>来源：${site}办公厅</span> <span>时间：2024-01-24 09:20</span> <span>浏览次数：12873</span></div>
    <div class="font-bar">【字号：<a>大</a> <a>中</a> <a>小</a>】 <a>打印</a> <a>关闭</a></div>
    <div class="article-content" id="zoom">
${rest.map((p) => `      <p style="text-indent: 2em;">${escape(p)}</p>`).join('\n')}
    </div>
    <div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>
  </div>
  <div class="related"><h3>相关报道：</h3><ul>
    <li><a href="/a/1.html">市政府召开常务会议 研究部署近期重点工作</a> 2024-01-20</li>
    <li><a href="/a/2.html">图解：一图读懂2024年政府工作报告</a> 2024-01-25</li>
    <li><a href="/a/3.html">政府工作报告解读：十个关键词看发展新动能</a> 2024-01-26</li>
  </ul></div>
</div>
<div class="footer"><p>主办单位：${site}办公厅 承办单位：${site}大数据局</p><p>网站标识码：3701000001 鲁ICP备05002337号 鲁公网安备 37010202000123号</p><p><a href="/sitemap/">网站地图</a> | <a href="/contact/">联系我们</a></p></div>
<script src="/js/jquery.min.js"></script><script>$(function(){ $('.font-bar a').click(function(){}); });</script>
</body>
</html>
`;
}
