import { mean, ndcgAt, precisionAt, RELEVANT_GRADE } from '../src/candidates/evaluation/ranking-metrics';

export const K_NDCG = 10;
export const K_PRECISION = 5;
/** How deep each ranker's list is read (and checked for unjudged ids). */
export const DEPTH = 20;
export { RELEVANT_GRADE };

/** One offer's grades: request key → grade; an absent key is a judged 0 (every pair of the set is graded). */
export type Grades = ReadonlyMap<string, number>;

export interface RankerScore {
  ndcg: number | null;
  precision: number;
  /** Ids in the first DEPTH places that the set does not know (not judged): counted as 0. */
  unjudged: number;
}

/** nDCG@10, P@5 (grade ≥ 2 relevant) and the unjudged count of one ranked list of request keys. */
export function scoreRanking(ranking: readonly string[], grades: Grades, known: ReadonlySet<string>): RankerScore {
  const top = ranking.slice(0, DEPTH);
  return {
    ndcg: ndcgAt(top, grades, K_NDCG),
    precision: precisionAt(top, grades, K_PRECISION),
    unjudged: top.filter((key) => !known.has(key)).length,
  };
}

export interface MeanScore {
  ndcg: number | null;
  precision: number | null;
  unjudged: number;
}

export function meanScores(scores: readonly RankerScore[]): MeanScore {
  return {
    ndcg: mean(scores.map((s) => s.ndcg)),
    precision: mean(scores.map((s) => s.precision)),
    unjudged: scores.reduce((sum, s) => sum + s.unjudged, 0),
  };
}

/** The offers sent to one request (best first) and that request's grades per offer key. */
export interface SentOffers {
  request: string;
  sent: readonly string[];
  grades: Grades;
}

export interface MatchedOffersScore {
  requests: number;
  /** Offers sent in all, and per request. */
  sent: number;
  sentPerRequest: number;
  requestsWithNone: number;
  /** Of all offers sent, the share graded ≥ 2 (micro), and the mean of each request's share (macro, requests sent something). */
  precisionMicro: number | null;
  precisionMacro: number | null;
  /** Of all (request, offer) pairs graded ≥ 2, the share sent. */
  recall: number | null;
  /** Mean nDCG@10 of the sent list (graded gains) over the requests that have a relevant offer (graded ≥ 2). */
  ndcg: number | null;
  ndcgRequests: number;
}

/** Precision of the offers sent, recall of the relevant ones, and nDCG@10 per request of the sent lists. */
export function scoreMatchedOffers(rows: readonly SentOffers[]): MatchedOffersScore {
  const sent = rows.reduce((sum, row) => sum + row.sent.length, 0);
  const relevantSent = rows.reduce(
    (sum, row) => sum + row.sent.filter((key) => (row.grades.get(key) ?? 0) >= RELEVANT_GRADE).length,
    0,
  );
  const relevant = rows.reduce(
    (sum, row) => sum + [...row.grades.values()].filter((g) => g >= RELEVANT_GRADE).length,
    0,
  );
  const perRequest = rows
    .filter((row) => row.sent.length > 0)
    .map((row) => row.sent.filter((key) => (row.grades.get(key) ?? 0) >= RELEVANT_GRADE).length / row.sent.length);
  const ndcgs = rows
    .filter((row) => [...row.grades.values()].some((g) => g >= RELEVANT_GRADE))
    .map((row) => ndcgAt(row.sent, row.grades, K_NDCG));
  return {
    requests: rows.length,
    sent,
    sentPerRequest: rows.length === 0 ? 0 : sent / rows.length,
    requestsWithNone: rows.filter((row) => row.sent.length === 0).length,
    precisionMicro: sent === 0 ? null : relevantSent / sent,
    precisionMacro: mean(perRequest),
    recall: relevant === 0 ? null : relevantSent / relevant,
    ndcg: mean(ndcgs),
    ndcgRequests: ndcgs.filter((value) => value !== null).length,
  };
}

/** Turns per-offer grades into per-request grades (the matched-offers direction reads the same judgements). */
export function gradesByRequest(judgements: Record<string, Record<string, number>>): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const [offer, grades] of Object.entries(judgements)) {
    for (const [request, grade] of Object.entries(grades)) {
      if (!out.has(request)) out.set(request, new Map());
      out.get(request)!.set(offer, grade);
    }
  }
  return out;
}
