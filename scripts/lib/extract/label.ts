/**
 * The label and measure of a figure, read from the phrase before it (back to the last comma or
 * figure) and, when that phrase is only a verb, from the counted object after it.
 *
 * The phrase is peeled from its end: auxiliary words (达到, 控制在, 分别, 同比 …) are dropped,
 * the measure's verb (增长, 下降, 占比 …) is kept and decides the measure, and the label is the
 * object plus that verb: 地区生产总值增长5.5% → 地区生产总值增长 (growth).
 */
import type { Measure } from '../../../src/schemas/target.ts';

/** Connectives and hedges that open a phrase and are not part of what is measured. */
const LEADING = /^(?:提出|全市|全省|全区|全县|高标准(?=完成|推进|建设)|高质量|稳妥|有序|全力|大力|扎实|积极|深入|分别|其中|同时|并且|并|以及|而|和|及|与|全年|当年|预计|力争|确保|努力|争取(?!.{0,8}(?:资金|基金|债券|专项债|政策))|统筹|实现|推动|促进|共|总计|合计|累计|今年|去年|一年来|五年来|目前|截至目前|安排|全面)+(?=.)/;
/** Words between the object and the number that say only how the number relates: dropped. */
const AUX = /(?:分别|同比|比上年|较上年|均|各|预计|将|可|完成|实现|达到|达|突破|超过|超|控制在|保持在|稳定在|保持|维持在|为|是|在|到|至|了|近|约|逾|不低于|不少于|不超过|不高于|低于|高于|少于|接近|率先|按|按照|首次|再次|继续|稳步|已|可比|每人每月|每人每年|每月|每年|每人)$/;
/** A verb that makes the figure a change rather than a level; kept in the label. */
const GROWTH_VERB = /(?:年均增长|年均增速|平均增长|增长|增速|增幅|涨幅|上涨|提高|提升|增加)$/;
const DECLINE_VERB = /(?:年均下降|下降|降低|减少|压减|削减|降幅|改善)$/;
/** 提高到/降至/增至: the figure is the level reached, not the change. */
const REACH_VERB = /(?:提高到|提高至|提升到|提升至|增至|增加到|降至|降到|下降到|下降至|降低到|降低至|减少到|减少至|压减到|压减至|扩大到|扩大至|达到|达)$/;
const SHARE = /占比|比重|比例|占[^，；。]*的?$/;
/** What is new in the period: the verb that opens the phrase (新增省级以上众创空间16家). */
export const FLOW_VERB = /^(?:新建改造|开发|建设|新上|打造|开工|新增|新开(?=、)|新建|新改建|新开工|开工新建|启动建设|新培育|新认定|新创建|新引进|新打造|新设立|新落地|新签约|新登记|新获批|新入选|新招引|新开通|新改扩建|培育|引进|引育|招引|引入|获批|落地|入选|成立|组建|设立|建立|增设|筹集|争取|建成投用|建成投产|建成通车|净增|新谋划|谋划|策划储备|新导入|新引入|导入|新进站|新入驻|新招收)/;
/**
 * An addition to a stock that the text marks as new or acquired (新增, 新建, 培育, 引进, 获批, 设立,
 * 谋划 …), wherever it stands in the phrase (城镇新增就业, 国家工业设计中心新增12家). A year's amount
 * of an activity (举办活动800场, 实施项目, 发放资金, 改造…户) is a level, not a flow.
 */
export const FLOW_INSIDE = /(?:打造|开工|认定|新增|新建|新改建|新开工|开工新建|启动建设|新培育|培育|新认定|新创建|引进|引育|招引|引入|获批|落地|入选|成立|组建|设立|建立|增设|筹集|争取|建成投用|建成投产|建成通车|净增|谋划|策划储备|新导入|导入)/;
const FLOW_TAIL = /(?:新增|新建|新培育|新认定|新引进|建成投产|建成投用|建成通车|获批|落地)$/;
/** Actions whose yearly amounts add up over a reviewed span (实施改革事项84项, 建成公园700多处). */
export const ACTION = /(?:就业|实际使用|实施|举办|开行|发放|安排|改造|治理|建成|完成|办成|处理|拆除|拆违|整治|修复|实现|打造|创建|争创|推广|帮扶|救助|培训|接种|检测|新改建)/;
const CUMULATIVE = /累计|五年共|五年来共/;
/** A phrase that is only a verb: the object after the figure names the record. */
export const BARE_VERB = /^(?:新|累计|共|再|先后|年均|分别|谋划|统筹)?(?:导入|引入|签订|签署|推进|建立|设立|增设|开发|组建|谋划|新谋划|打造|建成|建设|新建|建|培育|引进|新增|实施|开工|新开工|完成|改造|创建|举办|开展|招引|启动|推出|办成|获批|获得|落地|签约|认定|承办|组建|新认定|新培育|新引进|新打造|提供|帮扶|惠及|带动|吸引|服务|解决|发放|治理|整治|修复|新改建|建设改造|提升)$/;

export interface Phrase {
  /** The object with its qualifier, without the measure's verb: 地区生产总值. */
  object: string;
  /** The measure's verb as written: 增长, 下降, 占比; '' for a level. */
  verb: string;
  /** The flow verb that opens the phrase: 新增, 新建 …; '' when none. */
  flow: string;
  /** The flow verb opens the phrase (or closes it: A新增12家), so a list after it shares it. */
  flowLead: boolean;
  /** 累计: the phrase counts a total over the years. */
  cumulative: boolean;
  /** 各/均: one figure for each of the listed objects (A、B各新增2家). */
  each: boolean;
  /** 达到/提高到/总量: the phrase states a level reached, so a list's shared verb does not apply. */
  reached: boolean;
  measure: Measure;
}

/** 稳居全国前十强, 位居全省第一, 跻身…行列: where a place ranks, said between figures. */
const RANK_REMARK = /^(?:稳居|位居|位列|跃居|跻身|排名|居全国|居全省|保持全国)/;

/** Drops connectives at the start and trailing auxiliaries, keeping the measure's verb. */
export function readPhrase(phrase: string, unit: string | null, opensClause = false): Phrase {
  let text = phrase.replace(/[“”‘’"]/g, '').trim().replace(opensClause ? /^[、，,；;：:]+/ : /^[、和及与，,；;：:]+/, '');
  const cumulative = CUMULATIVE.test(text);
  // 和美乡村覆盖率: after a comma, 和 opens a word, not a list (a conjunction follows a listed item).
  const word = opensClause ? /^[和与及](?=[\u4e00-\u9fff]{3})/.exec(text)?.[0] ?? '' : '';
  text = word ? text : text.replace(LEADING, '');
  let flow = FLOW_VERB.exec(text)?.[0] ?? '';
  let flowLead = flow !== '';
  let verb = '';
  let measure: Measure = 'level';
  let reached = false;
  let each = false;
  for (let i = 0; i < 8; i++) {
    // 由73项压减到46项: the starting value is not part of the object.
    const from = /(?:由|从)[^\d，；]{0,6}[\d.]+[^\d，；]{0,4}$/.exec(text);
    if (from && (reached || !/[到至]$/.test(text))) { text = text.slice(0, from.index); reached = true; continue; }
    const aux = AUX.exec(text);
    const reach = REACH_VERB.exec(text);
    const growth = GROWTH_VERB.exec(text);
    const decline = DECLINE_VERB.exec(text);
    const tail = FLOW_TAIL.exec(text);
    if (reach) { text = text.slice(0, -reach[0].length); reached = true; continue; }
    if (!verb && !reached && growth) { verb = growth[0]; text = text.slice(0, -verb.length); continue; }
    if (!verb && !reached && decline) { verb = decline[0]; text = text.slice(0, -verb.length); continue; }
    if (!flow && !verb && tail && text.length > tail[0].length) { flow = tail[0]; flowLead = true; text = text.slice(0, -flow.length); continue; }
    if (aux && (text.length > aux[0].length || verb || reached)) { if (/[各均]$/.test(aux[0])) each = true; text = text.slice(0, -aux[0].length); continue; }
    break;
  }
  const rate = unit === '%' || unit === '个百分点' || unit === '‰' || unit === '倍';
  // 增长1.5倍 is growth (the increase); 是…的3倍, 达到…3倍 and 翻一番 are multiples of the base.
  if (unit === '倍' && !(verb && GROWTH_VERB.test(verb))) measure = 'multiple';
  else if (SHARE.test(text) && rate && !verb) measure = 'share';
  else if (verb && DECLINE_VERB.test(verb)) measure = 'decline';
  else if (verb && rate) measure = 'growth';
  // 最低工资标准每月提高183元: a standard raised by an amount is a change, not the level reached.
  else if (verb && /^(?:提高|提升|上调)$/.test(verb) && unit !== null && /元$/.test(unit)) measure = 'growth';
  else if (cumulative) measure = 'cumulative';
  // 引进世界500强企业达到81家: a count reached is a stock (level), whatever verb brought it.
  else if ((flow || FLOW_INSIDE.test(text) || (verb && /增加|新增/.test(verb))) && !(reached && !verb)) {
    measure = 'flow';
    flow ||= FLOW_INSIDE.exec(text)?.[0] ?? '';
  }
  // 达到5.53万亿元、稳居全国前十强、增长4.8%: a standing or rank between two figures is a remark,
  // not what the figure measures; without another object the figure takes the one before it.
  text = text.split('、').filter((part) => !RANK_REMARK.test(part)).join('、');
  // 增加20亿元: an absolute increase is new in the period; keep the verb so the label says so.
  return { object: text.replace(/[、和及与]+$/, ''), verb, flow, flowLead, measure, cumulative, each, reached: reached || /总量|总数|总投资|总规模/.test(text) };
}

/** The label a reader understands without the sentence: the object and, for a change, its verb. */
export function composeLabel(object: string, phrase: Pick<Phrase, 'verb' | 'flow' | 'measure' | 'cumulative'>, unit: string | null = null): string {
  let label = tidy(object);
  // 实施骨干河道防洪提升 → 骨干河道防洪提升; 实施城市更新项目 keeps its verb (the projects are what is counted).
  if (/(?:提升|改造|治理|增容|建设|修复|整治|攻关)$/.test(label)) label = label.replace(/^(?:实施|推进)(?=.{3,})/, '');
  label = label.replace(/^(?:重点)?(?:实施|推进)(?=新|开工)/, '');
  // 全市规模以上工业增加值: the jurisdiction's own name adds nothing; 完成一般公共预算收入 is the revenue.
  // 全国重点实验室 is a name, so 全国 stays.
  label = label.replace(/^(?:全省|全市|全区|全县)(?=.{2,})/, '');
  // 完成一般公共预算收入126亿元, 增长6.8%: an aggregate, not an action; 完成民生实事10件 keeps its verb.
  if (unit && /元$|^%$/.test(unit)) label = label.replace(/^完成(?!投资)(?=.{3,})/, '');
  if (phrase.cumulative && !label.includes('累计')) label = `累计${phrase.flow && !label.includes(phrase.flow) ? phrase.flow : ''}${label}`;
  else if (phrase.flow && !label.includes(phrase.flow) && !FLOW_INSIDE.test(label.slice(0, 4)) && (phrase.measure === 'flow' || phrase.measure === 'cumulative')) label = `${phrase.flow}${label}`;
  if (phrase.verb && !label.endsWith(phrase.verb) && (phrase.measure === 'growth' || phrase.measure === 'decline' || phrase.measure === 'multiple' || phrase.measure === 'flow')) label = `${label}${phrase.verb}`;
  return tidy(label);
}

/** Never a label ending in 、/和/分别/力争/惠及, nor a doubled word (项目项目). */
export function tidy(label: string): string {
  let text = label.replace(/[“”‘’"]/g, '').trim();
  text = text.replace(/([^\d.]{2,6})\1/g, '$1').replace(/成为(?=规模)/, '').replace(/年均(?=比例)/, '').replace(/各类|各项(?=.{2,})/g, '').replace(/^(举办)系列(?=.{2,})/, '$1').replace(/(.{2,})(?:全部(?=摘帽|完成|建成|退出|交付)|实现(?=稳定|全面))/, '$1');
  // 发放置业、家居等消费券 → 发放消费券: the examples before 等 are not the object.
  text = text.replace(/^((?:举办|发放|引入|引进|实施|服务保障|推进|建设|开工|抓好|续建|新建|签订|签署|开展|组织)?)[^等，；]{1,24}等(?=[^等]{3,}$|(?<=^(?:举办|发放|引入|引进|实施|服务保障|推进|建设|开工|抓好|续建|新建|签订|签署|开展|组织)[^等]*)[^等]{2}$)/, '$1');
  for (let i = 0; i < 3; i++) text = text.replace(/(?:[、，,；;和及与等]|分别|力争|惠及|达到|共计|其中)+$/, '').replace(/^(?:[、，,；;]|[和及与](?![\u4e00-\u9fff]{3})|其中|力争|确保)+/, '');
  return text;
}
