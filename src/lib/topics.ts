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
 * then keywords shared; ties keep report and document order.
 */
export function relatedClauses(clauses: readonly ClauseRef[], topics: readonly Topic[], limit = 3): Map<string, ClauseRef[]> {
  const tagged = clauses.map((c) => ({ clause: c, topics: topicsOf(c.text, topics) }));
  const related = new Map<string, ClauseRef[]>();
  for (const a of tagged) {
    if (a.topics.size === 0) continue;
    const scored: Array<{ clause: ClauseRef; score: number; order: number }> = [];
    tagged.forEach((b, order) => {
      if (b.clause.report === a.clause.report) return;
      let shared = 0;
      let words = 0;
      for (const [topic, keys] of a.topics) {
        const other = b.topics.get(topic);
        if (!other) continue;
        shared++;
        words += keys.filter((k) => other.includes(k)).length;
      }
      if (shared) scored.push({ clause: b.clause, score: shared * 100 + words, order });
    });
    scored.sort((x, y) => y.score - x.score || x.order - y.order);
    related.set(a.clause.url, scored.slice(0, limit).map((s) => s.clause));
  }
  return related;
}
