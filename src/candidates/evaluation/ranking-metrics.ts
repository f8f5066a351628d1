/**
 * Ranking quality against graded judgements (0 not relevant … 3 perfect fit), for the judged set of candidates.
 * Pure functions: a ranking is a list of ids, best first; judgements map ids to grades (unjudged counts as 0).
 */
export type Judgements = ReadonlyMap<string, number>;

/** Grades from this one up count as relevant for precision. */
export const RELEVANT_GRADE = 2;

/** Discounted cumulative gain of the first `k` grades, exponential gain (2^g − 1) as is usual for graded relevance. */
export function dcg(grades: readonly number[], k: number): number {
  return grades.slice(0, k).reduce((sum, grade, i) => sum + (2 ** grade - 1) / Math.log2(i + 2), 0);
}

/** nDCG@k: the ranking's DCG over the best possible one; null when nothing is relevant (the query says nothing). */
export function ndcgAt(ranking: readonly string[], judgements: Judgements, k: number): number | null {
  const ideal = dcg(
    [...judgements.values()].sort((a, b) => b - a),
    k,
  );
  if (ideal === 0) return null;
  return (
    dcg(
      ranking.map((id) => judgements.get(id) ?? 0),
      k,
    ) / ideal
  );
}

/** Precision@k: the share of the first k places holding a relevant id (an empty place counts as not relevant). */
export function precisionAt(
  ranking: readonly string[],
  judgements: Judgements,
  k: number,
  relevant = RELEVANT_GRADE,
): number {
  return ranking.slice(0, k).filter((id) => (judgements.get(id) ?? 0) >= relevant).length / k;
}

/** The mean of the values that are not null; null when there are none. */
export function mean(values: ReadonlyArray<number | null>): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0) / known.length;
}
