import { Client, estypes } from '@elastic/elasticsearch';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OFFERS_INDEX } from '../../indexer/offers/offer-document';
import { loadOffers } from '../../indexer/offers/offer-source';
import { PROFILES_INDEX } from '../../indexer/profiles/profile-document';
import { loadMatchingProfiles } from '../../indexer/profiles/profile-source';
import { AppConfig } from '../config/app-config';
import { OfferMatchSource, offerFacts, requestFacts } from '../matching/match-documents';
import { prepareOffer, prepareRequest } from '../matching/match-facts';
import { compareRanked, scoreMatch } from '../matching/match-score';
import { MatchingSettings } from '../config/matching-settings';
import { textShareOf } from '../matching/text-queries';
import { IndexNames } from '../elasticsearch/index-names';
import { ScoredOffer, storedReasons } from './query/match-why';
import {
  MatchProfile,
  offerToProfilesSearch,
  requestTextReferenceSearch,
  requestToOffersSearch,
} from './query/offer-match.query';

/** What a search found for one request or one offer, to be recorded in place of its previous matches. */
export interface FoundMatches {
  scope: 'request_id' | 'offer_id';
  id: string;
  rows: MatchRow[];
}

interface MatchRow {
  request_id: string;
  offer_id: string;
  student_id: string;
  score: number;
  why: ScoredOffer['why'];
}

// A missing alias (nothing indexed yet) answers as an empty index.
const TOLERANT = { ignore_unavailable: true, allow_no_indices: true } as const;
const MSEARCH_BATCH = 50;
/** Requests an offer is matched against at most, best first by the first pass. */
const MAX_CANDIDATES_PER_OFFER = 1000;
const LOAD_BATCH = 500;

/**
 * Finds and records the matches of one request (against the offers index) or one offer (its candidates from
 * the profiles index, each scored exactly as the request side would score it), inside the caller's transaction.
 * A match below the threshold, or whose request or offer is no longer published, is removed.
 */
@Injectable()
export class OfferMatcherService {
  constructor(
    private readonly client: Client,
    private readonly names: IndexNames,
    private readonly config: AppConfig,
  ) {}

  get settings(): MatchingSettings {
    return this.config.matching;
  }

  /** Makes the documents the search sync has just written visible to the matching queries. */
  async refresh(): Promise<void> {
    await this.client.indices.refresh({
      index: [this.names.alias(OFFERS_INDEX), this.names.alias(PROFILES_INDEX)],
      ...TOLERANT,
    });
  }

  async matchRequest(manager: EntityManager, requestId: string): Promise<number> {
    const found = await this.findForRequest(manager, requestId);
    await this.record(manager, found);
    return found.rows.length;
  }

  async matchOffer(manager: EntityManager, offerId: string, now = new Date()): Promise<number> {
    const found = await this.findForOffer(manager, offerId, now);
    await this.record(manager, found);
    return found.rows.length;
  }

  /** The matches of one request, searched but not recorded: reading takes no lock the API's edits wait on. */
  async findForRequest(manager: EntityManager, requestId: string): Promise<FoundMatches> {
    const [profile] = await loadMatchingProfiles(manager, [requestId]);
    const rows = profile ? (await this.scoreOffers(profile)).map((scored) => toRow(profile, scored)) : [];
    return { scope: 'request_id', id: requestId, rows };
  }

  /** The matches of one offer, searched but not recorded. */
  async findForOffer(manager: EntityManager, offerId: string, now = new Date()): Promise<FoundMatches> {
    const [{ document: offer }] = await loadOffers(manager, [offerId]);
    if (!offer || new Date(offer.application_deadline) <= now) return { scope: 'offer_id', id: offerId, rows: [] };
    const search = offerToProfilesSearch(offer, this.settings, MAX_CANDIDATES_PER_OFFER);
    const response = await this.client.search<{ request_id: string }>({
      index: this.names.alias(PROFILES_INDEX),
      ...TOLERANT,
      ...search,
    });
    const existing: Array<{ request_id: string }> = await manager.query(
      `SELECT request_id FROM offer_matches WHERE offer_id = $1`,
      [offerId],
    );
    // Requests matched before are scored again too: they may be hidden from companies (not in the profiles index).
    const ids = [...new Set([...response.hits.hits.map((hit) => hit._id!), ...existing.map((row) => row.request_id)])];
    const rows: MatchRow[] = [];
    for (let i = 0; i < ids.length; i += LOAD_BATCH) {
      const profiles = await loadMatchingProfiles(manager, ids.slice(i, i + LOAD_BATCH));
      for (let j = 0; j < profiles.length; j += MSEARCH_BATCH) {
        const batch = profiles.slice(j, j + MSEARCH_BATCH);
        const scored = await this.scoreOneOffer(batch, offerId);
        batch.forEach((profile, k) => scored[k] && rows.push(toRow(profile, scored[k]!)));
      }
    }
    return { scope: 'offer_id', id: offerId, rows };
  }

  /** Every offer the request may receive that reaches the threshold, best first (`offerIds`: only those). */
  async scoreOffers(profile: MatchProfile, offerIds?: string[], now = new Date()): Promise<ScoredOffer[]> {
    const [scored] = await this.scoreRequests([profile], offerIds, now);
    return scored;
  }

  /** The same scoring for one offer and several requests, in two round trips. */
  private async scoreOneOffer(
    profiles: MatchProfile[],
    offerId: string,
    now = new Date(),
  ): Promise<Array<ScoredOffer | undefined>> {
    return (await this.scoreRequests(profiles, [offerId], now)).map((scored) => scored[0]);
  }

  /**
   * For each request: its text reference (the best text match among the offers it may receive), then its offers
   * (the best `window`, or `offerIds`) scored by the matching; those from the threshold, best first.
   */
  private async scoreRequests(
    profiles: MatchProfile[],
    offerIds: string[] | undefined,
    now: Date,
  ): Promise<ScoredOffer[][]> {
    const index = this.names.alias(OFFERS_INDEX);
    const settings = this.settings;
    const references = await this.msearch<unknown>(
      profiles.map((profile) => requestTextReferenceSearch(profile, now) ?? { size: 0, query: { match_none: {} } }),
      index,
    );
    const best = references.map((hits) => hits[0]?._score ?? 0);
    const responses = await this.msearch<OfferMatchSource>(
      profiles.map((profile, k) =>
        requestToOffersSearch(profile, {
          size: offerIds?.length ?? settings.offersWindow,
          textBoost: best[k] > 0 ? settings.weights.text / best[k] : 1,
          now,
          offerIds,
          weights: settings.weights,
        }),
      ),
      index,
    );
    const today = now.toISOString().slice(0, 10);
    return profiles.map((profile, k) => {
      const request = prepareRequest(requestFacts(profile));
      return responses[k]
        .map((hit) => {
          const text =
            best[k] > 0 && settings.weights.text > 0 ? textShareOf(hit.matched_queries, settings.weights.text) : 0;
          const result = scoreMatch(prepareOffer(offerFacts(hit._source!)), request, text, settings, today);
          return {
            offerId: hit._source!.offer_id,
            id: hit._source!.offer_id,
            score: result.score,
            text: result.text,
            why: storedReasons(result.why),
          };
        })
        .filter((scored) => scored.score >= settings.threshold)
        .sort(compareRanked)
        .map(({ id: _, ...scored }) => scored);
    });
  }

  /** Several searches in one round trip; a refused one throws (the matching stays queued). */
  private async msearch<T>(
    bodies: estypes.SearchRequest[],
    index: string,
  ): Promise<Array<Array<estypes.SearchHit<T>>>> {
    if (bodies.length === 0) return [];
    const { responses } = await this.client.msearch<T>({
      // Named scores are a parameter of the whole msearch request, not of each search.
      searches: bodies.flatMap(({ include_named_queries_score: _, ...body }) => [
        { index, ...TOLERANT },
        body,
      ]) as estypes.MsearchRequestItem[],
      include_named_queries_score: true,
    });
    return responses.map((response) => {
      if ('error' in response) throw new Error(`matching query refused: ${JSON.stringify(response.error)}`);
      return response.hits.hits;
    });
  }

  /**
   * Replaces the matches of one request or one offer by those found; a match found again keeps its first date.
   * Each new match's foreign keys lock (KEY SHARE) its request, offer and student until the transaction ends,
   * and the API's edits of those rows wait on that: call this only once no search is left to wait on.
   */
  async record(manager: EntityManager, { scope, id, rows }: FoundMatches): Promise<void> {
    const other = scope === 'request_id' ? 'offer_id' : 'request_id';
    await manager.query(`DELETE FROM offer_matches WHERE ${scope} = $1 AND NOT (${other} = ANY ($2::uuid[]))`, [
      id,
      rows.map((row) => row[other]),
    ]);
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO offer_matches (request_id, offer_id, student_id, score, why)
       SELECT request_id, offer_id, student_id, score, why
         FROM jsonb_to_recordset($1::jsonb) AS t(request_id uuid, offer_id uuid, student_id uuid, score real, why jsonb)
       ON CONFLICT (request_id, offer_id) DO UPDATE SET score = excluded.score, why = excluded.why, updated_at = now()`,
      [JSON.stringify(rows)],
    );
  }
}

function toRow(profile: MatchProfile, scored: ScoredOffer): MatchRow {
  return {
    request_id: profile.request_id,
    offer_id: scored.offerId,
    student_id: profile.student_id,
    score: scored.score,
    why: scored.why,
  };
}
