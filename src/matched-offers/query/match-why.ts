import { MatchCriterion, MatchReason } from '../../matching/match-criterion';

/** One criterion a match earned points for, as stored with the match and shown to the student. */
export interface StoredReason {
  criterion: MatchCriterion;
  contribution: number;
  matched: string[];
}

export interface ScoredOffer {
  offerId: string;
  score: number;
  /** Text relevance share (0..1): the first tie-breaker. */
  text: number;
  why: StoredReason[];
}

/** The matching's reasons as the matched offers keep them: biggest contribution first. */
export function storedReasons(why: MatchReason[]): StoredReason[] {
  return why
    .map((reason) => ({ criterion: reason.criterion, contribution: reason.points, matched: reason.matched }))
    .sort((a, b) => b.contribution - a.contribution);
}
