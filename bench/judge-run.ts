import { DataSource } from 'typeorm';
import { CandidateRanker } from '../src/candidates/candidate-ranker';
import { NO_HARD_FILTERS } from '../src/candidates/query/candidate-search.query';
import { OfferMatcherService } from '../src/matched-offers/offer-matcher.service';
import { Offer } from '../src/offers/offer.entity';
import { emptySelection, ProfileSort } from '../src/search/profile-search-criteria';
import { Baselines, programmesFitting } from './judge-baselines';
import { DEPTH, gradesByRequest, RankerScore, scoreRanking, SentOffers } from './judge-metrics';
import { LoadedSet } from './judged-set';

export const RANKERS = ['ranking', 'bm25', 'structured', 'bm25Structured'] as const;
export type RankerName = (typeof RANKERS)[number];

export interface OfferRow {
  offer: string;
  title: string;
  relevant: { three: number; two: number };
  scores: Record<RankerName, RankerScore>;
  /** Each ranker's first DEPTH request keys, for the near-miss table. */
  lists: Record<RankerName, string[]>;
}

/**
 * Ranks each offer's candidates with the service (its public entry point: `CandidateRanker.wantedProfile` then
 * `search`, with no hard filter, as `GET /offers/:id/candidates` does by default) and with the three baselines.
 */
export async function judgeCandidates(
  deps: { ranker: CandidateRanker; baselines: Baselines; dataSource: DataSource },
  loaded: LoadedSet,
  judgements: Record<string, Record<string, number>>,
): Promise<OfferRow[]> {
  const known = new Set(loaded.requestKeys.values());
  const programmes: Array<{ id: string; name: string }> = await deps.dataSource.query(
    `SELECT id::text, name FROM programmes`,
  );
  const keys = (ids: string[]) => ids.map((id) => loaded.requestKeys.get(id) ?? `?${id}`);
  const rows: OfferRow[] = [];
  for (const [key, id] of loaded.offerIds) {
    const offer = await deps.dataSource.getRepository(Offer).findOneByOrFail({ id });
    const grades = new Map(Object.entries(judgements[key] ?? {}).filter(([request]) => known.has(request)));
    const profile = await deps.ranker.wantedProfile(offer);
    const ranked = await deps.ranker.search(
      profile,
      {
        q: null,
        selected: emptySelection(),
        sections: [],
        languages: [],
        availableFrom: null,
        availableTo: null,
        sort: ProfileSort.Relevance,
        limit: DEPTH,
        after: null,
      },
      NO_HARD_FILTERS,
    );
    const lists: Record<RankerName, string[]> = {
      ranking: keys((ranked?.hits.hits ?? []).map((hit) => hit._id!)),
      bm25: keys(await deps.baselines.bm25(offer)),
      structured: keys(await deps.baselines.structured(offer, programmesFitting(offer.wantedProgrammes, programmes))),
      bm25Structured: keys(await deps.baselines.bm25Structured(offer)),
    };
    const values = [...grades.values()];
    rows.push({
      offer: key,
      title: offer.title,
      relevant: { three: values.filter((g) => g === 3).length, two: values.filter((g) => g === 2).length },
      scores: Object.fromEntries(RANKERS.map((name) => [name, scoreRanking(lists[name], grades, known)])) as Record<
        RankerName,
        RankerScore
      >,
      lists,
    });
  }
  return rows;
}

/**
 * The matched-offers direction through its public entry point (`OfferMatcherService.matchRequest`, as the worker
 * runs it): the offers recorded for each request, best first, against that request's grades.
 */
export async function judgeMatchedOffers(
  deps: { matcher: OfferMatcherService; dataSource: DataSource },
  loaded: LoadedSet,
  judgements: Record<string, Record<string, number>>,
): Promise<SentOffers[]> {
  await deps.matcher.refresh();
  const byRequest = gradesByRequest(judgements);
  const offers = new Set(loaded.offerIds.keys());
  const rows: SentOffers[] = [];
  for (const [id, key] of loaded.requestKeys) {
    await deps.dataSource.transaction((manager) => deps.matcher.matchRequest(manager, id));
    const sent: Array<{ offer_id: string }> = await deps.dataSource.query(
      `SELECT offer_id::text FROM offer_matches WHERE request_id = $1 ORDER BY score DESC, offer_id`,
      [id],
    );
    const grades = new Map(
      [...(byRequest.get(key) ?? new Map<string, number>())].filter(([offer]) => offers.has(offer)),
    );
    rows.push({
      request: key,
      sent: sent.map((row) => loaded.offerKeys.get(row.offer_id) ?? `?${row.offer_id}`),
      grades,
    });
  }
  return rows;
}
