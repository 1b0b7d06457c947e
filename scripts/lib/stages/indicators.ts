import { expandShortForms } from '../../../src/lib/short-forms.ts';
import { foldForms } from '../fold.ts';
import type { Indicator } from '../../../src/schemas/target.ts';

/** A label with its short forms written out (规上 → 规模以上) and without quotes or spaces. */
export function normalizeLabel(label: string): string {
  return expandShortForms(foldForms(label).replace(/[“”‘’"\s]/g, ''));
}

/** Labels about a share (占…比重, …率) only match share or rate indicators, never the total. */
const SHARE = /占|比重|占比|率/;

/**
 * The curated indicator whose name or alias the label contains; the longest match wins, so
 * 城镇居民人均可支配收入 finds the urban indicator rather than 居民人均可支配收入.
 * @example matchIndicator('规上工业增加值', list) // => 'industrial-value-added'
 */
export function matchIndicator(label: string, indicators: Indicator[]): string | null {
  const text = normalizeLabel(label);
  let best: { id: string; length: number } | null = null;
  for (const indicator of indicators) {
    if (SHARE.test(text) && indicator.unitKind !== 'share' && indicator.unitKind !== 'rate') continue;
    for (const name of [indicator.name, ...indicator.aliases]) {
      const key = normalizeLabel(name);
      if (text.includes(key) && (!best || key.length > best.length)) best = { id: indicator.id, length: key.length };
    }
  }
  return best?.id ?? null;
}
