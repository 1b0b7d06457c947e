/**
 * Short forms the reports use for the same words: 规上 = 规模以上, 社零 = 社会消费品零售总额.
 * Extraction folds labels with them (indicator matching), the explorer folds keywords with
 * them, and search runs the query in both forms.
 */
export const SHORT_FORMS: ReadonlyArray<readonly [short: string, full: string]> = [
  ['规上', '规模以上'],
  ['限上', '限额以上'],
  ['社零', '社会消费品零售总额'],
  ['固投', '固定资产投资'],
];

/** Every short form written out in full. @example expandShortForms('规上工业') // => '规模以上工业' */
export function expandShortForms(text: string): string {
  return SHORT_FORMS.reduce((t, [short, full]) => (t.includes(full) ? t : t.replaceAll(short, full)), text);
}

/**
 * The query as typed plus its other forms, for search: 规上工业 → [规上工业, 规模以上工业];
 * 规模以上工业 → [规模以上工业, 规上工业].
 */
export function queryForms(query: string): string[] {
  const forms = new Set([query]);
  for (const [short, full] of SHORT_FORMS) {
    if (query.includes(full)) forms.add(query.replaceAll(full, short));
    else if (query.includes(short)) forms.add(query.replaceAll(short, full));
  }
  return [...forms];
}
