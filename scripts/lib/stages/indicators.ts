import { expandShortForms } from '../../../src/lib/short-forms.ts';
import { foldForms } from '../fold.ts';
import type { Indicator, Measure } from '../../../src/schemas/target.ts';

/** A label with its short forms written out (规上 → 规模以上) and without quotes or spaces. */
export function normalizeLabel(label: string): string {
  return expandShortForms(foldForms(label).replace(/[“”‘’"\s]/g, ''));
}

/** Labels about a share (占…比重, …率) only match share or rate indicators, never the total. */
const SHARE = /占|比重|占比|率/;

/** A jurisdiction's own name before the object (全省地区生产总值) says nothing about what is measured. */
const WHOLE = /^(?:全国|全省|全市|全区|全县|全州|全盟|我省|我市|我区|本市|本省)/;
/** Verbs that make a label a flow: 新增高新技术企业 counts new firms, 高新技术企业 the stock. */
const FLOW = /^(?:城镇)?(?:新增|新建|新培育|新认定|新引进|新开工|培育|引进|认定|招引)/;

/**
 * The curated indicator whose name or alias the label contains; the longest match wins, so
 * 城镇居民人均可支配收入 finds the urban indicator rather than 居民人均可支配收入.
 * With a measure: a share only links to share or rate indicators; a flow (新增…) links to the
 * flow indicator when there is one and never to a stock that counts things; a name that starts
 * with 经济 (经济增长) names the whole economy only at the label's start, not inside 数字经济增长.
 * @example matchIndicator('规上工业增加值', list) // => 'industrial-value-added'
 */
export function matchIndicator(label: string, indicators: Indicator[], measure?: Measure): string | null {
  const text = normalizeLabel(label).replace(WHOLE, '');
  const share = measure === 'share' || SHARE.test(text);
  let best: { indicator: Indicator; length: number } | null = null;
  for (const indicator of indicators) {
    if (share && indicator.unitKind !== 'share' && indicator.unitKind !== 'rate') continue;
    for (const name of [indicator.name, ...indicator.aliases]) {
      const key = normalizeLabel(name);
      const at = text.indexOf(key);
      // 海洋生产总值, 兰州新区经济总量: an aggregate of a sector or a sub-area is not the whole economy.
      if (at < 0 || (/^(?:经济|生产总值|GDP)/.test(key) && at > 0)) continue;
      if (!best || key.length > best.length) best = { indicator, length: key.length };
    }
  }
  if (!best) return null;
  const isFlow = (i: Indicator) => FLOW.test(normalizeLabel(i.name));
  if (measure === 'flow' && !isFlow(best.indicator)) {
    // 新认定高新技术企业: the flow twin of the stock the label names, else nothing.
    const twin = indicators.find((i) => isFlow(i) && normalizeLabel(i.name).replace(FLOW, '') === normalizeLabel(best!.indicator.name));
    if (twin) return twin.id;
    if (best.indicator.unitKind === 'count') return null;
  }
  if (measure && measure !== 'flow' && measure !== 'cumulative' && isFlow(best.indicator) && !FLOW.test(text)) return null;
  return best.indicator.id;
}
