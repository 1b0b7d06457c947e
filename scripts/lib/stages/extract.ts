/**
 * structure → extract: every quantitative statement in a clause becomes a Target record, with
 * its kind (target or outcome), period, comparator, unit and indicator, traced to its clause.
 */
import { isClause, type ClauseNode, type ContainerNode, type ReportMeta, type ReportTree } from '../../../src/schemas/report.ts';
import type { Comparator, Indicator, Measure, Target } from '../../../src/schemas/target.ts';
import { findFigures, type Figure } from './figures.ts';
import { foldForms } from '../fold.ts';
import { matchIndicator } from './indicators.ts';
import { planTableTargets } from './plan-table.ts';
import { ACTION, BARE_VERB, FLOW_INSIDE, composeLabel, readPhrase, tidy } from '../extract/label.ts';
import { openingHorizon, periodOf, reportedHorizon, sentenceHorizon, type Horizon, type Years } from '../extract/period.ts';

/** Headings that announce a review of past work, or plans and goals. */
const REVIEW = /回顾|过去|一年来|五年来|取得|成就|成效/;
const PLAN = /安排|目标|任务|重点工作|要求|建议|展望/;
/** The passage that states the main expected targets. */
const HEADLINE_HEADING = /主要(?:预期)?目标(?!任务)/;
// 预期目标是： (天津) opens the passage too; 经济增长预期目标5%左右，主要考虑… explains it and does not.
const HEADLINE_MARKER = /主要(?:预期)?目标(?:是|为|建议为|包括)?[：:，,]|预期目标(?:是|为|建议为)?[：:]/;
const SPAN_CUE = /五年|十三五|十四五|十五五/;
const VISION_CUE = /二〇三五年|2035年/;

interface ClauseContext {
  kind: Target['kind'];
  /** The years the clause speaks of: its own time words, else the part's, else the heading's. */
  horizon: Horizon;
  years: Years;
  headline: boolean;
  /** A heading said whether the clause reviews or plans; false when the kind is only a default. */
  cued: boolean;
}

export function extractTargets(tree: ReportTree, meta: ReportMeta, indicators: Indicator[]): Target[] {
  const records: Target[] = [];
  const years: Years = {
    reviewed: [...meta.yearsReviewed].sort((a, b) => a - b),
    planned: meta.yearsPlanned.filter((y) => y < 2100).sort((a, b) => a - b),
  };
  // A paragraph's own time words hold for the paragraphs after it, within its part.
  let part: ContainerNode | null = null;
  let carried: Horizon | null = null;
  // Reports open with their review: a clause whose headings say neither 回顾 nor 安排 (a part
  // whose heading was run into its first paragraph) takes the kind of the passage it follows.
  let phase: Target['kind'] = 'outcome';
  const visit = (node: ContainerNode | ClauseNode, ancestors: ContainerNode[]) => {
    // A plan outline's indicator table is read as a table (plan-table.ts), not as running text.
    if (node.type === 'box' && 'table' in node && node.table) return;
    if (isClause(node)) {
      if (ancestors[0] !== part) { part = ancestors[0] ?? null; carried = null; }
      const context = contextOf(node, ancestors, meta, years);
      if (meta.documentType === 'government-work-report') {
        const own = openingHorizon(foldForms(node.text), years);
        if (own) carried = own;
        if (!context.cued && !carried && phase === 'outcome') {
          const y = years.reviewed.at(-1) ?? years.planned[0]!;
          context.kind = 'outcome';
          context.horizon = { kind: 'outcome', start: y, end: y };
        }
        if (carried && (own || carried.kind === context.kind || !context.cued)) {
          context.horizon = carried;
          context.kind = carried.kind;
        }
        if (context.kind === 'outcome') context.headline = false;
        phase = context.headline ? 'target' : context.kind;
      }
      records.push(...extractClause(node, context, tree.report, meta, indicators));
    } else node.children.forEach((child) => visit(child, [...ancestors, node]));
  };
  for (const node of tree.root.children) if ('number' in node) visit(node, []);
  const tables = planTableTargets(tree, meta, (label) => matchIndicator(label, indicators));
  return [...records, ...tables];
}

function contextOf(clause: ClauseNode, ancestors: ContainerNode[], meta: ReportMeta, years: Years): ClauseContext {
  // The part heading is the most reliable cue (工作回顾 / 工作安排); then the inner headings.
  // The rules are written in Simplified with ASCII digits; a Traditional or full-width text folds to them.
  const headings = ancestors.map((a) => foldForms(a.text));
  const text = foldForms(clause.text);
  const ordered = [headings[0] ?? '', ...headings.slice(1).reverse()];
  let kind: Target['kind'] = 'target';
  let cued = false;
  for (const heading of ordered) {
    if (REVIEW.test(heading)) { kind = 'outcome'; cued = true; break; }
    if (PLAN.test(heading)) { kind = 'target'; cued = true; break; }
  }
  const { planned, reviewed } = years;
  const at = (y: number | undefined): Horizon => ({ kind, start: y!, end: y! });
  let horizon: Horizon;
  if (kind === 'outcome') {
    const spanned = headings.some((h) => SPAN_CUE.test(h)) || /^(?:五年|“十[三四五]五”)/.test(text);
    horizon = spanned && reviewed.length > 1 ? { kind, start: reviewed[0]!, end: reviewed.at(-1)! } : at(reviewed.at(-1) ?? planned[0]);
  } else if (headings.some((h) => VISION_CUE.test(h)) || /^(?:到|展望)(?:二〇三五年|2035年)/.test(text)) {
    horizon = at(2035);
  } else if (meta.documentType !== 'government-work-report') {
    // A plan's goals are for its end year unless the text says 2035.
    horizon = at(planned.filter((y) => y !== 2035).at(-1));
  } else if (headings.some((h) => /十五五|十四五/.test(h)) && planned.length > 1) {
    horizon = { kind, start: planned[0]!, end: planned.at(-1)! };
  } else {
    horizon = at(planned[0]);
  }
  const headline = kind === 'target' && (headings.some((h) => HEADLINE_HEADING.test(h)) || HEADLINE_MARKER.test(text));
  return { kind, horizon, years, headline, cued };
}

/** Sentences end at 。！？ (the full stop stays with its sentence). */
export function sentences(text: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let start = 0;
  for (const m of text.matchAll(/[。！？!?]+[”’）)]*/g)) {
    out.push({ text: text.slice(start, m.index + m[0].length), start });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ text: text.slice(start), start });
  return out;
}

const BOUNDARY = /[，；：。！？,;:]/;

/** The words before a figure back to the last comma or figure: the phrase that names it. */
function phraseBefore(sentence: string, from: number, to: number): { phrase: string; listed: boolean; topic: string } {
  const raw = sentence.slice(from, to);
  const cut = Math.max(...[...raw.matchAll(new RegExp(BOUNDARY, 'g'))].map((m) => m.index + 1), 0);
  // 新增A16家、B5家: a phrase that follows a figure across 、/和 shares the verb before it.
  const listed = from > 0 && cut === 0 && /^[、和及与]|、$/.test(raw);
  // 提速建设交通强国示范区，力争完成投资3250亿元: the segment before names a bare 投资.
  const segments = raw.slice(0, Math.max(cut - 1, 0)).split(BOUNDARY);
  const topic = (segments.at(-1) ?? '').trim().replace(/^(?:加快推进|加快建设|提速建设|加快|推进|推动|深化|实施|建设|全力|大力|持续)+/, '');
  return { phrase: raw.slice(cut).trim(), listed, topic };
}

/** 举办8场主导产业专题推介会: when the words before are only a verb, the object after names it. */
function labelAfter(sentence: string, from: number): string {
  const rest = sentence.slice(from);
  // Up to the next punctuation, or a conjunction before another figure: 4处社区公园、… → 社区公园.
  // 中小学、幼儿园 is one object; 、增长46% starts another statement.
  const listEnd = /、[^，；。、]*\d/.exec(rest);
  const stop = rest.slice(0, listEnd ? listEnd.index : undefined).concat(listEnd ? '，' : '').search(/[，；：。！？,;:]|[、和及与](?=[\d０-９])|(?:以上|以下|左右)?(?:的|，)|加快|持续|进一步|率先|全面/);
  if (/^[、和及与或]/.test(rest)) return ''; // another item of a list follows, not the object
  const object = (stop === -1 ? rest : rest.slice(0, stop)).trim();
  // 3922个项目建成投产: the verb after the object opens the label (建成投产项目).
  // 52家企业入围中国民营企业500强 → 入围中国民营企业500强企业: what they entered qualifies them.
  const entered = /^(.{1,6}?)(入围|入选|列入|进入)(?:20\d\d年)?(.{2,})$/.exec(object);
  if (entered && !/的/.test(entered[3]!)) return `${entered[2]}${entered[3]}${entered[2] === '进入' || entered[1]!.length > 2 ? '的' : ''}${entered[1]}`;
  // 10个项目完成数字化转型和智能化改造 → 完成数字化转型和智能化改造项目.
  // 3个楼宇被认定为市特色产业楼宇 → 认定市特色产业楼宇.
  const named = /^(.{1,4}?)被(认定|评为|命名|列为)为?(.{2,})$/.exec(object);
  if (named) return `${named[2]}${named[3]}`;
  const done = /^(项目|企业|单位|村|社区)(完成|实现)(.{4,})$/.exec(object);
  if (done) return `${done[2]}${done[3]}${done[1]}`;
  const verb = /^(.{2,}?)(?:全部)?(建成投产|竣工投产|开工建设|启动建设|签约落地|建成|投产|开工|落地|签约|完成)$/.exec(object);
  return verb ? `${verb[2]}${verb[1]}` : object.replace(/^(.{2,}?)(?:竣工)$/, '$1');
}

/** Splits a shared object over the figures it governs: 工业、技改投资 → 工业投资, 技改投资. */
function distribute(label: string, count: number): string[] {
  if (count === 1) return [label];
  // 城乡低保、特困人员…分别: a listed pair is the split, before 城乡 is read as 城镇 and 农村.
  const parts = label.split(/[、和]/);
  if (parts.length === count) {
    const last = parts[count - 1]!;
    // The shared head noun (投资) when the first items are bare qualifiers (城镇、农村居民…).
    const noun = /(?:产量|产值|增加值|规模|总量|营业收入|收入|投资|人数|数量|总额|营收|面积|里程|(?:保险)?参保率|覆盖率|普及率|(?:限上)?零售额|销售额|出口额|进口额)$/.exec(last)?.[0] ?? '';
    if (parts.slice(0, -1).every((p) => p.length <= 2)) {
      const head = last.slice(parts[0]!.length); // 城镇、农村居民人均可支配收入
      return parts.map((p, i) => (i === count - 1 ? last : `${p}${head}`));
    }
    // 生产安全事故起数、死亡人数: the first item's qualifier (生产安全事故) belongs to the short ones too.
    if (count === 2 && last.length <= 4 && parts[0]!.length >= last.length + 3 && /数$/.test(parts[0]!)) {
      return [parts[0]!, `${parts[0]!.slice(0, -2)}${last}`];
    }
    // 城乡低保、特困人员每月基本生活保障: the qualifier after the last item's subject is shared.
    const tail = /(?:每月|每人|每年|人均|基本)/.exec(last);
    if (tail && tail.index >= 2) return parts.map((p, i) => (i === count - 1 ? last : `${p}${last.slice(tail.index)}`));
    // 蔬菜及食用菌、水产品产量: the head noun of the last item is shared.
    const head = parts.slice(0, -1).every((p) => !p.endsWith(noun)) ? noun : '';
    return parts.map((p, i) => (i === count - 1 ? last : `${p}${head}`));
  }
  // Contractions that name two objects: 城乡 (城镇/农村; 城市 for 低保), 存贷款 (存款/贷款), 进出口.
  if (/城乡低保/.test(label) && count === 2) return [label.replace('城乡', '城市'), label.replace('城乡', '农村')];
  if (/城乡/.test(label) && count === 2) return [label.replace('城乡', '城镇'), label.replace('城乡', '农村')];
  if (/存贷款/.test(label) && count === 2) return [label.replace('存贷款', '存款'), label.replace('存贷款', '贷款')];
  if (/产销量/.test(label) && count === 2) return [label.replace('产销量', '产量'), label.replace('产销量', '销量')];
  return Array(count).fill(label);
}

/** 较2020年, 较“十三五”末, 比2020年: the base year of a relative figure. */
function baseYearOf(text: string): number | null {
  const year = /(?:较|比|为)(20\d\d)年/.exec(text);
  if (year) return Number(year[1]);
  const plan = /(?:较|比)“?十([三四五])五”?末/.exec(text);
  if (plan) return { 三: 2020, 四: 2025, 五: 2030 }[plan[1] as '三' | '四' | '五'];
  return null;
}

function extractClause(clause: ClauseNode, context: ClauseContext, report: string, meta: ReportMeta, indicators: Indicator[]): Target[] {
  const records: Target[] = [];
  const base = {
    report,
    clause: clause.id,
    url: `/reports/${report}/#${clause.id}`,
    jurisdiction: meta.jurisdiction,
    level: meta.level,
  };
  let headline = context.headline;
  const push = (label: string, figure: Figure | null, text: string, comparator: Comparator | null, measure: Measure, horizon: Horizon, baseYear: number | null) => {
    const clean = tidy(label) || text.replace(/[。！？]$/, '');
    const kind = horizon.kind;
    records.push({
      id: `${report}:${clause.id}:${records.length + 1}`,
      ...base,
      kind,
      period: periodOf(horizon, measure),
      headline: headline && kind === 'target',
      indicator: matchIndicator(clean, indicators, measure),
      label: clean,
      value: figure?.value ?? null,
      valueMax: figure?.valueMax ?? null,
      unit: figure?.unit ?? null,
      comparator,
      measure,
      baseYear,
      baseValue: null,
      attribute: null,
      figure: figure?.figure ?? null,
      text,
    });
  };
  const marker = HEADLINE_MARKER.exec(foldForms(clause.text));
  for (const sentence of sentences(clause.text)) {
    const folded = foldForms(sentence.text);
    // The main-targets passage starts at its marker; rhetoric before it is not a headline goal.
    // The headline is the year's main targets; the five-year plan's (“十五五”时期…主要目标是) are not.
    headline = context.headline && context.horizon.start === context.horizon.end && (!marker || sentence.start + sentence.text.length > marker.index);
    const figures = findFigures(sentence.text);
    // Group figures that share one label and verb: 分别增长5.5%左右和6.5%以上; 49%、85%.
    const groups: Figure[][] = [];
    figures.forEach((figure, i) => {
      const gap = i > 0 ? sentence.text.slice(figures[i - 1]!.end, figure.start) : null;
      // 增长3.9倍、突破3000家: a figure with its own verb or another unit starts its own group.
      const prior = figures[i - 1];
      if (gap !== null && /^(?:、|和|及|与|或)$/.test(gap) && figure.start === figure.numberStart && prior!.unit === figure.unit) groups[groups.length - 1]!.push(figure);
      else groups.push([figure]);
    });
    let from = 0;
    let prevAfter = '';
    let previous = '';
    const named: string[] = [];
    let shared: { flow: string; cumulative: boolean; qualifier: string; before: string } | null = null;
    for (const [g, group] of groups.entries()) {
      const first = group[0]!;
      // 11项社会救助标准提高5%以上: a count that qualifies the rate after it is not a record.
      const nextGroup = groups[g + 1]?.[0];
      if (group.length === 1 && first.unit !== '%' && nextGroup?.unit === '%'
        && /^[^，；。、和\d]{2,20}?(?:提高|提升|增长|下降|降低|达到?|为)$/.test(folded.slice(first.end, nextGroup.start))) {
        from = first.end;
        continue;
      }
      const { phrase, listed: adjoining, topic } = phraseBefore(folded, from, first.start);
      // 新打造13个A和2个B: the words between are the object of the figure before, so B follows this one.
      const rawBefore = folded.slice(from, first.start);
      const afterPrior = !!prevAfter && rawBefore.startsWith(prevAfter) && /^[、和及与]$/.test(rawBefore.slice(prevAfter.length));
      const listed = adjoining || afterPrior;
      const read = readPhrase(phrase, first.unit, !listed && (from === 0 || BOUNDARY.test(folded.slice(from, first.start))));
      // 新培育50家A、30家B; 累计获批A7个、B15个: the opening verb is shared by the list.
      // 新增省级以上科技企业孵化器8家、加速器2家: the verb and its level (省级以上) go to every item.
      const QUALIFIER = /^(?:国家级|省级以上|省级|市级以上|市级|区级)/;
      if ((read.measure === 'flow' && read.flowLead) || read.cumulative) {
        const rest = read.object.slice(read.object.startsWith(read.flow) ? read.flow.length : 0);
        shared = { flow: read.flow, cumulative: read.cumulative, qualifier: QUALIFIER.exec(rest)?.[0] ?? '', before: /^([^过超]{1,6})(?:过|超)/.exec(rest)?.[1] ?? '' };
      } else if (listed && shared && read.measure === 'level' && !read.reached) {
        if (shared.qualifier && !QUALIFIER.test(read.object)) read.object = `${shared.qualifier}${read.object}`;
        // 新谋划投资过50亿元项目20个、过100亿元项目7个: the measured word before 过 is shared too.
        if (/^(?:过|超)/.test(read.object) && shared.before) read.object = `${shared.before}${read.object}`;
        read.flow = shared.flow;
        read.cumulative = shared.cumulative;
        read.measure = shared.cumulative ? 'cumulative' : 'flow';
      } else if (!listed) shared = null;
      let object = read.object;
      let relative: string[] | null = null;
      const after = labelAfter(folded, group[group.length - 1]!.end);
      const raw = folded.slice(from, first.start);
      const bare = phrase.replace(/^(?:其中|全年|力争|确保|累计|共)+/, '');
      if (after && (/(?:[、的]|^[和及与])$/.test(raw) || afterPrior)) object = after; // 新建2个A、2家B; 7个A和4处B: the object follows the figure
      else if (after && /等$/.test(raw)) {
        // 续建浪潮…等119个项目 → 续建项目: the examples are not the label, the opening verb is.
        const lead = /^(?:开工|续建|策划储备|储备|实施|推进|新建|建成|启动建设)/.exec(phrase.replace(/^(?:其中|全年|力争|确保|加快|统筹|持续)+/, ''))?.[0] ?? '';
        // 持续推进基础设施项目，加快实施…等98个重点项目: the clause before says which projects.
        const kind = /^(?:重点|在建|续建)?项目$/.test(after) ? /([\u4e00-\u9fff]{2,4})项目$/.exec(topic)?.[1] ?? '' : '';
        const named = kind && !after.includes(kind) ? after.replace(/^(在建|续建)?/, `$1${kind}`) : after;
        object = named.startsWith(lead) ? named : `${lead}${named}`;
      }
      else if (after && ((object.length <= 2 && !read.verb) || BARE_VERB.test(object) || BARE_VERB.test(bare) || (/^.{0,4}(?:设立|组建|培育|引进|新建|建设|打造|获批|认定|招引|引入|创建|形成)$/.test(object) && !read.verb))) {
        // 举办8场推介会 → 举办推介会; 推动15个集群 → 集群; 新建20家智能工厂 → 新建智能工厂 (the verb comes back with the flow).
        object = /^(?:推动|推进|支持|带动|抓好|促进|加快|实现)$/.test(object) ? after
          : read.flow && object.startsWith(read.flow) ? `${object.slice(read.flow.length)}${after}`
          : `${object}${after}`;
      } else if (!previous && object === '' && topic) {
        // 社会消费品零售总额连跨两个百亿台阶，突破600亿元: the subject of the clause before.
        object = topic.replace(/(?:连跨|连续|跨越|跨上|迈上|实现|保持|稳居|位居|首次|跃居).*$/, '');
      } else if (previous && object.length === 2 && previous.length > 2 && previous.at(-1) === object.at(-1) && !read.verb) {
        // 粮食总产1131亿斤、单产899斤: 单产 shares the qualifier of 总产.
        object = `${previous.slice(0, -2)}${object}`;
      } else if (previous && /^(?:均|也|并)?实现$/.test(object)) {
        // 经济总量突破500亿元、实现翻一番: the object is the one just measured.
        object = previous.replace(/^(?:新增|新建|新培育|新认定|新引进)/, '');
      } else if (previous && (object === '' || /^(?:占比|比重|增幅|总量|总数|规模|余额)$/.test(object) || /^(?:较|比|占)/.test(object))) {
        // 增长6% after 地区生产总值达到9.2万亿元; 较“十三五”末增长1.5倍; 占GDP比重: the object named before
        // (A超过…，B达到…，分别较“十三五”末增长x、y: each figure takes its own object).
        if (group.length > 1 && /^(?:较|比)/.test(object) && named.length >= group.length) {
          relative = named.slice(-group.length).map((o) => `${o}${object}`);
        }
        object = `${previous.replace(/^(?:新增|新建|新培育|新认定|新引进)/, '')}${object}`;
      } else if ((topic || previous) && /^(?:完成|年度|年度计划|计划|总)*(?:投资|规模|总量|产值)$/.test(object)) {
        // A topic that still holds a figure (…等98个重点项目) is not a name: the object before is.
        const before = previous.replace(/^(?:实施|推进|新建|开工)/, '');
        object = `${topic && !/\d/.test(topic) && !(before.endsWith(topic) && before.length > topic.length) ? topic : before}${object}`;
      }
      // 实际使用外资160.6亿美元、折合1148亿元人民币: the same amount in another currency.
      if (previous && /^折合/.test(object)) object = `${previous}${object}`;
      // 10个保障房项目启动建设, 3个楼宇被认定为…: a new-in-period verb after the object.
      if (read.measure === 'level' && !read.reached && object !== read.object && FLOW_INSIDE.test(object.replace(/^(?:实施|推进)/, ''))) read.measure = 'flow';
      // 智能经济领域，……力争产业规模达到140亿元: the field the sentence opens with names a bare 产业规模.
      if (/^.{0,3}(?:产业规模|规模)$/.test(object)) {
        const upTo = foldForms(clause.text).slice(0, sentence.start + first.start);
        const field = [...upTo.matchAll(/(?:^|[。；])([^，。；、等]{2,10})领域[，,]/g)].at(-1)?.[1]
          ?? [...folded.slice(0, first.start).matchAll(/打造[^，；。]{0,8}?的?([^\s的，；。]{2,8})产业(?:高地|集群|集聚区)/g)].at(-1)?.[1];
        if (field) object = `${field}产业规模`;
      }
      // 总投资2.66万亿元的2000个绿色低碳高质量发展重大项目: the investment of the projects after 的.
      if (/总投资|总规模$/.test(object) && folded[group[group.length - 1]!.end] === '的') {
        const owner = labelAfter(folded, group[group.length - 1]!.end + 1).replace(/^\d+(?:\.\d+)?[个项家]/, '');
        if (owner) object = `${owner}${object.replace(/^.*?(总投资|总规模)$/, '$1')}`;
      }
      // 新招引项目878个、开工纳统146个: a bare verb in a list counts the same things as the item before.
      if (listed && /^(?:开工|新开工|开工纳统|竣工|投产|竣工投产|建成)$/.test(object) && /项目$/.test(previous)) object = `${object}项目`;
      if (object && !/^(?:较|比)/.test(read.object)) previous = object;
      else if (!previous) previous = object;
      const before = folded.slice(0, first.start);
      const horizon = sentenceHorizon(before, context.years, context.kind)
        ?? (context.kind === 'outcome' ? reportedHorizon(before, context.years) : null) ?? context.horizon;
      // 翻一番 with no base written: the year before the span (2020 for a “十四五” goal).
      const baseYear = read.measure === 'multiple' || first.unit === '倍' || /(?:较|比)/.test(read.object)
        ? baseYearOf(phrase) ?? (/翻/.test(first.figure) ? (horizon.kind === 'target' ? context.years.planned[0] : context.years.reviewed[0])! - 1 : null)
        : null;
      // 达到/达 in a report of what was done: the figure is the value itself (eq), unless 以上 is written.
      const reachedWord = /^(?:达到?|提高到|提升到|提高至|提升至)$/.test(folded.slice(first.start, first.numberStart)) || (/(?:达到?|增至)$/.test(phrase) && first.start === first.numberStart);
      // A、B各新增2家: one figure, one record for each object.
      const eachObjects = read.each && group.length === 1 && object.includes('、') ? object.split('、') : null;
      const objects = eachObjects ?? relative ?? distribute(object, group.length);
      if (read.object && !/^(?:较|比)/.test(read.object)) named.push(...objects);
      const figuresOf = eachObjects ? eachObjects.map(() => first) : group;
      figuresOf.forEach((figure, i) => {
        // 增速达到49%、85%: the verb's comparator carries over to the figures that follow it.
        let comparator = figure.comparator === 'eq' && i > 0 ? group[0]!.comparator : figure.comparator;
        // 分别增长5%、6.5%左右: a hedge written after the last figure of a list holds for each of them.
        const last = group[group.length - 1]!;
        if (comparator === 'eq' && i < group.length - 1 && /(?:左右|以上|以内|以下)$/.test(last.figure)) comparator = last.comparator;
        if (horizon.kind === 'outcome' && reachedWord && comparator === 'gte' && !/以上|级$/.test(figure.figure)) comparator = 'eq';
        let measure: Measure = /翻/.test(figure.figure) ? 'multiple' : read.measure;
        // 生物医药与大健康产业达到1500亿级: a size class measures the industry's scale.
        if (/级$/.test(figure.figure) && /产业$/.test(objects[i]!)) objects[i] = `${objects[i]}规模`;
        // 引进世界500强企业达到81家: a count reached is the stock, whatever verb brought it.
        if (measure === 'flow' && !read.verb && !/^新/.test(read.flow) && /^(?:达到?|突破|超过)$/.test(folded.slice(figure.start, figure.numberStart))) measure = 'level';
        // Over a reviewed span, the yearly amounts of an action add up (实施改革事项84项): cumulative.
        if (measure === 'level' && horizon.kind === 'outcome' && horizon.start < horizon.end && !read.reached && figure.unit !== '%' && (ACTION.test(phrase + after) || (/元$/.test(figure.unit) && !/增加值|生产总值|总产值|收入|余额|规模|总额/.test(object)))) measure = 'cumulative';
        // 新增财力80%以上用于民生领域: the share of the object that goes to a use.
        const use = figure.unit === '%' ? /^用于([^，；。、]{2,12})/.exec(folded.slice(figure.end)) : null;
        if (use && measure !== 'growth' && measure !== 'decline') { measure = 'share'; objects[i] = `${objects[i]!.replace(/的$/, '') || phrase.replace(/的$/, '') || previous}用于${use[1]}`; }
        // 实现2035年人均地区生产总值比2020年翻一番: the base year is its own field, the purpose clause before 、 is not the object.
        if (measure === 'multiple') objects[i] = objects[i]!.replace(/(?:比|较)(?:20\d\d年|“?十[三四五]五”?末)$/, '').replace(/^.*[、，]/, '').replace(/^(?:实现|到)?(?:20\d\d年)?/, '') || objects[i]!;
        push(composeLabel(objects[i]!, { ...read, measure }, figure.unit), figure, sentence.text, comparator, measure, horizon, baseYear);
      });
      prevAfter = after;
      from = group[group.length - 1]!.end;
    }
    // Goals without a number are records only in the year's targets, not in a five-year plan's prose.
    if (headline && context.horizon.start === context.horizon.end) qualitativeGoals(sentence.text, figures).forEach((label) => push(label, null, sentence.text, null, /降低|下降|减少/.test(label) ? 'decline' : /增长|增速|提高|提升/.test(label) ? 'growth' : 'level', context.horizon, null));
  }
  return records;
}

const GOAL_VERB = /保持|实现|完成|促稳|稳步|稳定|显著|持续|明显|基本|全面|进一步|更加|大幅/;

/**
 * 一般公共预算收入、固定资产投资保持合理增长; 完成…约束性指标: goals in the main-targets
 * passage that carry no number are records with value null.
 */
function qualitativeGoals(sentence: string, figures: Figure[]): string[] {
  const marker = HEADLINE_MARKER.exec(sentence);
  const passageStart = marker ? marker.index + marker[0].length : 0;
  if (!marker && !/^(?:完成|全面完成)/.test(sentence)) return [];
  const goals: string[] = [];
  let at = passageStart;
  for (const segment of sentence.slice(passageStart).split(/[，；,;]/)) {
    const start = at;
    at += segment.length + 1;
    const text = segment.replace(/[。！？]$/, '').trim().replace(/^全面(?=完成)/, '');
    if (!text || figures.some((f) => f.start >= start && f.start < start + segment.length)) continue;
    if (/^(?:在)?实际工作中|^努力|^力争/.test(text)) continue; // 在实际工作中努力争取更好结果: a hedge, not a goal
    const verb = GOAL_VERB.exec(text);
    const subject = verb && verb.index > 2 ? text.slice(0, verb.index) : '';
    // 一般公共预算收入、固定资产投资保持合理增长 → 一般公共预算收入保持合理增长 | 固定资产投资保持合理增长.
    if (subject.includes('、') && !/^(?:完成|全面完成)/.test(text)) {
      const items = subject.split('、');
      goals.push(...items.map((item) => `${item}${text.slice(verb!.index)}`));
    } else goals.push(text.replace(/(?:省|市|国家)下达的/, ''));
  }
  return goals;
}
