/**
 * Which clauses address which topic (by keyword), and for each clause the few clauses in the
 * other reports that share the most with it: the links a reader follows between a province,
 * its capital, two districts and the capital's plan.
 */
import type { Topic } from '../schemas/topic.ts';

export interface ClauseRef {
  report: string;
  id: string;
  label: string;
  text: string;
  url: string;
}

/** Topic ids whose keywords the text contains, with the keywords it contains. */
export function topicsOf(text: string, topics: readonly Topic[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const topic of topics) {
    const words = topic.keywords.filter((k) => text.includes(k));
    if (words.length) found.set(topic.id, words);
  }
  return found;
}

/**
 * For each clause (by url), up to `limit` clauses of other reports ranked by topics shared,
 * then keywords shared; ties keep report and document order. Candidates come from an inverted
 * index (topic → clauses), so the cost grows with the clauses that share a topic, not with
 * every pair.
 */
export function relatedClauses(clauses: readonly ClauseRef[], topics: readonly Topic[], limit = 3): Map<string, ClauseRef[]> {
  const tagged = clauses.map((c) => topicsOf(c.text, topics));
  const byTopic = new Map<string, number[]>();
  tagged.forEach((found, i) => found.forEach((_, topic) => (byTopic.get(topic) ?? byTopic.set(topic, []).get(topic)!).push(i)));
  const score = new Float64Array(clauses.length);
  const related = new Map<string, ClauseRef[]>();
  tagged.forEach((mine, a) => {
    if (mine.size === 0) return;
    const touched: number[] = [];
    for (const [topic, keys] of mine) {
      for (const b of byTopic.get(topic)!) {
        if (clauses[b]!.report === clauses[a]!.report) continue;
        if (score[b] === 0) touched.push(b);
        const other = tagged[b]!.get(topic)!;
        score[b]! += 100 + keys.filter((k) => other.includes(k)).length;
      }
    }
    touched.sort((x, y) => score[y]! - score[x]! || x - y);
    related.set(clauses[a]!.url, touched.slice(0, limit).map((b) => clauses[b]!));
    for (const b of touched) score[b] = 0;
  });
  return related;
}
