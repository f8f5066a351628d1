import { Client, estypes } from '@elastic/elasticsearch';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OFFERS_INDEX } from '../../indexer/offers/offer-document';
import { loadOffers } from '../../indexer/offers/offer-source';
import { PROFILES_INDEX } from '../../indexer/profiles/profile-document';
import { loadMatchingProfiles } from '../../indexer/profiles/profile-source';
import { IndexNames } from '../search-engine/index-names';
import { MATCH_THRESHOLD, MAX_CANDIDATES_PER_OFFER, MAX_OFFERS_PER_REQUEST } from './match-criteria';
import { explainHit, OfferMatchSource, profileWords, ScoredOffer } from './query/match-why';
import { MatchProfile, offerToProfilesSearch, requestToOffersSearch } from './query/offer-match.query';

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
  ) {}

  /** Makes the documents the search sync has just written visible to the matching queries. */
  async refresh(): Promise<void> {
    await this.client.indices.refresh({ index: [this.names.alias(OFFERS_INDEX), this.names.alias(PROFILES_INDEX)], ...TOLERANT });
  }

  async matchRequest(manager: EntityManager, requestId: string): Promise<number> {
    const [profile] = await loadMatchingProfiles(manager, [requestId]);
    const found = profile ? (await this.scoreOffers(profile)).map((scored) => toRow(profile, scored)) : [];
    await this.record(manager, 'request_id', requestId, found);
    return found.length;
  }

  async matchOffer(manager: EntityManager, offerId: string, now = new Date()): Promise<number> {
    const [{ document: offer }] = await loadOffers(manager, [offerId]);
    if (!offer || new Date(offer.application_deadline) <= now) {
      await this.record(manager, 'offer_id', offerId, []);
      return 0;
    }
    const search = offerToProfilesSearch(offer, MAX_CANDIDATES_PER_OFFER);
    const response = await this.client.search<{ request_id: string }>({ index: this.names.alias(PROFILES_INDEX), ...TOLERANT, ...search });
    const existing: Array<{ request_id: string }> = await manager.query(`SELECT request_id FROM offer_matches WHERE offer_id = $1`, [offerId]);
    // Requests matched before are scored again too: they may be hidden from companies (not in the profiles index).
    const ids = [...new Set([...response.hits.hits.map((hit) => hit._id!), ...existing.map((row) => row.request_id)])];
    const found: MatchRow[] = [];
    for (let i = 0; i < ids.length; i += LOAD_BATCH) {
      const profiles = await loadMatchingProfiles(manager, ids.slice(i, i + LOAD_BATCH));
      for (let j = 0; j < profiles.length; j += MSEARCH_BATCH) {
        const batch = profiles.slice(j, j + MSEARCH_BATCH);
        const scored = await this.scoreOneOffer(batch, offerId);
        batch.forEach((profile, k) => scored[k] && found.push(toRow(profile, scored[k]!)));
      }
    }
    await this.record(manager, 'offer_id', offerId, found);
    return found.length;
  }

  /** Every offer the request may receive that reaches the threshold, best first. */
  async scoreOffers(profile: MatchProfile, offerIds?: string[]): Promise<ScoredOffer[]> {
    const search = requestToOffersSearch(profile, { offerIds, size: offerIds?.length ?? MAX_OFFERS_PER_REQUEST });
    const response = await this.client.search<OfferMatchSource>({ index: this.names.alias(OFFERS_INDEX), ...TOLERANT, ...search });
    return this.qualifying(profile, response.hits.hits);
  }

  /** The same scoring for one offer and several requests, in one round trip. */
  private async scoreOneOffer(profiles: MatchProfile[], offerId: string): Promise<Array<ScoredOffer | undefined>> {
    const index = this.names.alias(OFFERS_INDEX);
    const searches = profiles.flatMap((profile) => {
      // Named scores are a parameter of the whole msearch request, not of each search.
      const { include_named_queries_score: _, ...body } = requestToOffersSearch(profile, { offerIds: [offerId] });
      return [{ index, ...TOLERANT }, body];
    });
    const { responses } = await this.client.msearch<OfferMatchSource>({
      searches: searches as estypes.MsearchRequestItem[],
      include_named_queries_score: true,
    });
    return responses.map((response, k) => {
      if ('error' in response) throw new Error(`matching query refused: ${JSON.stringify(response.error)}`);
      return this.qualifying(profiles[k], response.hits.hits)[0];
    });
  }

  private qualifying(profile: MatchProfile, hits: Array<estypes.SearchHit<OfferMatchSource>>): ScoredOffer[] {
    const words = profileWords(profile);
    return hits
      .map((hit) => explainHit(profile, words, hit._source!, namedScores(hit.matched_queries)))
      .filter((scored) => scored.score >= MATCH_THRESHOLD)
      .sort((a, b) => b.score - a.score || a.offerId.localeCompare(b.offerId));
  }

  /** Replaces the matches of one request or one offer by `rows`; a match found again keeps its first date. */
  private async record(manager: EntityManager, scope: 'request_id' | 'offer_id', id: string, rows: MatchRow[]): Promise<void> {
    const other = scope === 'request_id' ? 'offer_id' : 'request_id';
    await manager.query(
      `DELETE FROM offer_matches WHERE ${scope} = $1 AND NOT (${other} = ANY ($2::uuid[]))`,
      [id, rows.map((row) => row[other])],
    );
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
  return { request_id: profile.request_id, offer_id: scored.offerId, student_id: profile.student_id, score: scored.score, why: scored.why };
}

function namedScores(matched: estypes.SearchHit['matched_queries']): Record<string, number> {
  if (!matched || Array.isArray(matched)) return {};
  return matched;
}
