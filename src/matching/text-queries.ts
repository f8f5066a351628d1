import type { estypes } from '@elastic/elasticsearch';
import { OfferFacts, RequestFacts } from './match-facts';
import { skillTerms } from './skill-match';

type Query = estypes.QueryDslQueryContainer;

/**
 * The request's texts as one field (title, keywords, message, CV and letter copied into it, through semsem_french):
 * the offer's words are looked for there. BM25 over one field lets the engine skip documents that cannot reach the
 * top of a list (block-max scoring), which it cannot do across several fields (combined_fields); on the judged set
 * it ranks as well (README, Matching: 0.855 nDCG@10 against 0.851).
 */
export const PROFILE_TEXT_FIELD = 'all_text';
/** The request's documents, which back a skill (see PreparedRequest.documentWords). */
export const PROFILE_DOCUMENT_FIELDS = ['cv_text', 'letter_text'];
/** The offer's fields the request's words are looked for in (offers index). */
export const OFFER_TEXT_FIELDS = ['title^2', 'skills^2', 'mission', 'profile_text'];

/** The name of the text clause: its score (include_named_queries_score) is the text relevance of the hit. */
export const TEXT_QUERY_NAME = 'text';

type TextClause = (text: string, boost: number) => Query;

/**
 * BM25 of what one side wrote against the other side's text: the short, pointed words (titles, skills, keywords)
 * count double. `boost` scales the score (1 / reference in the ranking).
 */
function textQuery(
  pointed: string,
  body: string,
  clause: TextClause,
  boost: number,
  name: string | null,
): Query | null {
  const should: Query[] = [];
  if (pointed.trim()) should.push(clause(pointed, 2));
  if (body.trim()) should.push(clause(body, 1));
  if (should.length === 0) return null;
  return { bool: { should, boost, ...(name ? { _name: name } : {}) } };
}

const profileText: TextClause = (query, boost) => ({ match: { [PROFILE_TEXT_FIELD]: { query, boost } } });
// An offer is short and the offers index small: its fields keep their own weights (combined_fields).
const offerText: TextClause = (query, boost) => ({ combined_fields: { query, fields: OFFER_TEXT_FIELDS, boost } });

/**
 * The offer's title, skills, mission and wanted profile against a request (profiles index); named TEXT_QUERY_NAME
 * unless `name` is null (where its score is read as the hit's own).
 */
export function offerTextQuery(offer: OfferFacts, boost = 1, name: string | null = TEXT_QUERY_NAME): Query | null {
  return textQuery(
    [offer.title, ...offer.skills].join(' \n'),
    [offer.mission, offer.profileText].join(' \n'),
    profileText,
    boost,
    name,
  );
}

/** The request's title, keywords, message, CV and letter against an offer (offers index). */
export function requestTextQuery(request: RequestFacts, boost = 1): Query | null {
  return textQuery(
    [request.title, ...request.keywords].join(' \n'),
    [request.message, request.cvText ?? '', request.letterText ?? ''].join(' \n'),
    offerText,
    boost,
    TEXT_QUERY_NAME,
  );
}

/** The named text score of a hit divided by the list's reference: the text share in 0..1. */
export function textShareOf(matched: estypes.SearchHit['matched_queries'], scale: number): number {
  if (!matched || Array.isArray(matched)) return 0;
  return textShare(matched[TEXT_QUERY_NAME], scale);
}

/** A text score divided by the list's reference: the text share in 0..1 (0 without a score). */
export function textShare(score: number | null | undefined, scale: number): number {
  if (!(scale > 0) || typeof score !== 'number') return 0;
  return Math.min(1, Math.max(0, score / scale));
}

/** A skill as analysed words in `field`: any of its phrasings (qualifiers, equivalents) with half of its words. */
export function skillQuery(skill: string, field: string): Query {
  const phrasings = skillTerms(skill).phrasings;
  return {
    bool: {
      should: phrasings.map((p) => ({ match: { [field]: { query: p.words.join(' '), minimum_should_match: '50%' } } })),
      minimum_should_match: 1,
    },
  };
}
