/**
 * The one definition of a report: its metadata (written by a maintainer beside the
 * source text) and its document tree (written by the ingest pipeline). The ingest
 * script validates with these before writing; `src/content.config.ts` validates the
 * same files again when Astro loads them.
 */
import { z } from 'zod';

/** `YYYY-MM-DD` that is also a real calendar date (2023-02-30 is refused). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real calendar date');

/**
 * Levels of government: the nation (国务院); provinces, including 自治区 and 直辖市; cities
 * (地级市, 自治州, 盟); counties (县, 县级市, 市辖区, 旗). A 直辖市's 区 are counties.
 */
export const JurisdictionLevel = z.enum(['national', 'province', 'city', 'county']);
export type JurisdictionLevel = z.infer<typeof JurisdictionLevel>;

/** 政府工作报告; 五年规划建议 (a Party committee's proposal); 五年规划纲要 (the government's outline: 篇/章/节, 专栏, 主要指标 table). */
export const DocumentType = z.enum(['government-work-report', 'five-year-plan-proposal', 'five-year-plan-outline']);
export type DocumentType = z.infer<typeof DocumentType>;

const Year = z.number().int().min(1949).max(2100);

/** Metadata a maintainer writes in `content/sources/<id>.yaml`. Unknown facts stay null. */
export const ReportMeta = z
  .object({
    /** Full title as the document names itself, e.g. 济南市2024年政府工作报告. */
    title: z.string().min(1),
    /** Short title for navigation, e.g. 济南 2024. */
    shortTitle: z.string().min(1),
    /** Jurisdiction the report governs, e.g. 济南市. */
    jurisdiction: z.string().min(1),
    level: JurisdictionLevel,
    /** The jurisdiction one level up (济南市 for 历城区, 国务院 for a province); null for the nation. */
    parentJurisdiction: z.string().min(1).nullable(),
    documentType: DocumentType,
    /** Body that issued or delivered the text, e.g. 济南市人民政府; null when the text does not say. */
    issuingBody: z.string().min(1).nullable(),
    /** Person who delivered it, only when the text names them. */
    speaker: z.string().min(1).nullable().default(null),
    /** The meeting the dateline names, e.g. 山东省第十四届人民代表大会第四次会议; null when the text names none. */
    session: z.string().min(1).nullable().default(null),
    /** Dates the text itself gives; null when it gives none. */
    dates: z
      .object({
        delivered: IsoDate.nullable().default(null),
        adopted: IsoDate.nullable().default(null),
        issued: IsoDate.nullable().default(null),
      })
      .strict(),
    /** Years the report reviews, e.g. [2023] or [2021, …, 2025]. */
    yearsReviewed: z.array(Year),
    /** Years the report plans for, e.g. [2024] or [2021, …, 2025, 2035]. */
    yearsPlanned: z.array(Year),
    /** File name of the untouched source in content/sources/. */
    source: z.string().regex(/^[a-z0-9-]+\.(?:txt|pdf|html?)$/, 'expected <id>.txt, <id>.pdf or <id>.html'),
    /** sha256 of the source file's bytes, lowercase hex. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits'),
  })
  .strict();
export type ReportMeta = z.infer<typeof ReportMeta>;

/** What the pipeline took out of the source, so a reader can see the provenance. */
export const RemovalReason = z.enum([
  'byte-order-mark',
  'page-number',
  'byline',
  'web-chrome',
  'markdown-heading',
  'markdown-emphasis',
  /** Lines around the report itself: page chrome and captions above the title and salutation. */
  'front-matter',
  /** Lines after the report's last paragraph: link lists, share bars, a library's licence notice. */
  'back-matter',
  /** PDF: a title or other line repeated in the top band of the pages. */
  'running-header',
  /** PDF: a line repeated in the bottom band of the pages. */
  'running-footer',
  /** A 目录 page: headings with leaders and page numbers, not the text itself. */
  'table-of-contents',
]);
export const Removal = z.object({
  /** 1-based source line; for a PDF (with `page`), the line counted from the top of that page; for a saved web page, its line in the HTML. */
  line: z.number().int().positive(),
  /** 1-based page of a PDF source. */
  page: z.number().int().positive().optional(),
  /** 1-based column (in characters) where the removed text starts. */
  column: z.number().int().positive(),
  text: z.string().min(1),
  reason: RemovalReason,
});
export type Removal = z.infer<typeof Removal>;

/** Emphasis the source marked (`**…**`, `` `…` ``), as [start, end) offsets into `text`. */
export const Span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

const base = {
  /** Stable id derived from the document's numbering, e.g. p2-s1-3. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Human reference, e.g. 二（一）3 or 第6条. */
  label: z.string(),
  /** First and last source line (1-based). */
  line: z.number().int().positive(),
  endLine: z.number().int().positive(),
};

export const FrontRole = z.enum(['title', 'dateline', 'speaker', 'salutation', 'source-line']);
export const BackRole = z.enum(['note', 'issuer', 'date', 'source-line']);

export const FrontNode = z.object({ ...base, type: z.literal('front'), role: FrontRole, text: z.string(), children: z.tuple([]) });
export const BackNode = z.object({ ...base, type: z.literal('back'), role: BackRole, text: z.string(), children: z.tuple([]) });

/**
 * A table as the source sets it out (a plan outline's 主要指标): the header cells and each row's
 * cells, every character of the source lines kept. A row with one cell is a category (经济发展).
 */
export const TableData = z.object({
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
});
export type TableData = z.infer<typeof TableData>;

/** A paragraph, an item or a box (专栏): the unit a reader cites. */
export const ClauseNode = z.object({
  ...base,
  /** A box (专栏N) is set apart from the text: its title and lines, or a table. */
  type: z.enum(['paragraph', 'item', 'box']),
  /** How an item is marked: 一是, ——, or a lead sentence. */
  marker: z.enum(['ordinal', 'dash', 'lead']).nullable(),
  text: z.string().min(1),
  emphasis: z.array(Span),
  /** For a box whose lines form a table: its cells. */
  table: TableData.optional(),
  children: z.tuple([]),
});
export type ClauseNode = z.infer<typeof ClauseNode>;

/** A paragraph or item, as opposed to a heading or front/back matter. */
export const isClause = (node: { type: string }): node is ClauseNode => node.type === 'paragraph' || node.type === 'item' || node.type === 'box';

export type ContainerNode = {
  id: string;
  label: string;
  line: number;
  endLine: number;
  /**
   * A plan outline nests book (篇) > chapter (章) > division (节); reports part > section > article.
   * An annex (附件, 名词解释) after the report's body holds what is printed after it, with its own numbering.
   */
  type: 'preamble' | 'annex' | 'book' | 'chapter' | 'division' | 'part' | 'section' | 'article';
  /** The number as written in the source (二 for 二、, 6 for 6.). */
  number: number;
  /** Heading text including its numbering, e.g. 一、2023年工作回顾; empty for the preamble. */
  text: string;
  emphasis: Array<[number, number]>;
  children: Array<ContainerNode | ClauseNode>;
};
export const ContainerNode: z.ZodType<ContainerNode> = z.object({
  ...base,
  type: z.enum(['preamble', 'annex', 'book', 'chapter', 'division', 'part', 'section', 'article']),
  number: z.number().int().nonnegative(),
  text: z.string(),
  emphasis: z.array(Span),
  get children() {
    return z.array(z.union([ContainerNode, ClauseNode]));
  },
});

export const ReportRoot = z.object({
  type: z.literal('report'),
  id: z.literal('root'),
  label: z.string(),
  line: z.literal(1),
  endLine: z.number().int().positive(),
  children: z.array(z.union([FrontNode, ContainerNode, BackNode])),
});
export type ReportRoot = z.infer<typeof ReportRoot>;
export type ReportNode = ReportRoot['children'][number] | ClauseNode;

/** The document tree as `content/generated/trees/<id>.json`. */
export const ReportTree = z.object({
  report: z.string(),
  source: z.string(),
  encoding: z.enum(['utf-8', 'gb18030']),
  pipelineVersion: z.string(),
  /** How the text was laid out, as detected: one paragraph a line, or hard-wrapped. */
  layout: z.enum(['paragraph-lines', 'hard-wrapped']),
  root: ReportRoot,
  removals: z.array(Removal),
});
export type ReportTree = z.infer<typeof ReportTree>;

export const TocEntry = z.object({
  id: z.string(),
  label: z.string(),
  /** Heading text without its numbering. */
  text: z.string(),
  /** 1 part (or preamble, or an outline's book), 2 section (chapter), 3 article (division); an outline with books goes to 4. */
  depth: z.number().int().min(1).max(4),
});
export type TocEntry = z.infer<typeof TocEntry>;

/** Front matter of `content/generated/reports/<id>.mdx`: the metadata plus what the page needs. */
export const ReportFrontmatter = ReportMeta.extend({
  /** Report id: the source file name without `.txt`, also the page slug. */
  report: z.string().regex(/^[a-z0-9-]+$/),
  toc: z.array(TocEntry),
  stats: z.object({
    /** A plan outline's 篇, 章, 节. */
    books: z.number().int().nonnegative().optional(),
    chapters: z.number().int().nonnegative().optional(),
    divisions: z.number().int().nonnegative().optional(),
    /** Annexes after the body (附件, 名词解释). */
    annexes: z.number().int().nonnegative().optional(),
    parts: z.number().int().nonnegative(),
    sections: z.number().int().nonnegative(),
    articles: z.number().int().nonnegative(),
    clauses: z.number().int().nonnegative(),
    removals: z.number().int().nonnegative(),
  }),
});
export type ReportFrontmatter = z.infer<typeof ReportFrontmatter>;
