import type { estypes } from '@elastic/elasticsearch';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ExpiringCache } from '../common/cache/expiring-cache';
import { MatchReason } from '../matching/match-criterion';
import { ProfileMatchSource, requestFacts } from '../matching/match-documents';
import { LookedUpWord, offerLookups, PreparedOffer, prepareFound, prepareOffer } from '../matching/match-facts';
import { AppConfig } from '../config/app-config';
import { compareRanked, scoreMatch } from '../matching/match-score';
import { fittingField } from '../matching/programme-fit';
import { textShare } from '../matching/text-queries';
import { PresenceNames, presenceNames, wordsFound } from '../matching/word-presence';
import { Offer } from '../offers/offer.entity';
import { ReferenceService } from '../reference/reference.service';
import { ProfileSearchCriteria, SortValues } from '../search/profile-search-criteria';
import { HitSource } from '../search/profile-search.results';
import { ProfilesSearchIndex } from '../search/profiles-search-index';
import { buildCandidateSearch, HardFilters, pageSearch, textReferenceSearch } from './query/candidate-search.query';
import { offerPeriod, RankingSettings, WantedProfile } from './wanted-profile';

export type CandidateSource = HitSource & ProfileMatchSource;

/** An offer prepared for ranking: its facts, the words the window is asked about, and the names of those questions. */
type OfferToRank = PreparedOffer & { lookups: Map<string, LookedUpWord>; names: PresenceNames };

/** One scored candidate: the hit, its score by the matching, the text share that breaks ties, and its "why". */
export interface RankedCandidate {
  hit: estypes.SearchHit<CandidateSource>;
  score: number;
  text: number;
  why: MatchReason[];
}

/**
 * The ranked list of an offer: the engine's answer (facets, total, took) and its first `window` hits scored by the
 * matching, best first; `hits.hits` holds the requested page in that order (score, text share, id) with the
 * matching's score as `_score` and the cursor's values as `sort`.
 */
export type RankedCandidates = estypes.SearchResponse<CandidateSource> & { ranked: RankedCandidate[] };

/** Turns an offer into its wanted profile and ranks the profiles alias with the matching. No access checks: callers do. */
@Injectable()
export class CandidateRanker {
  // An offer's wanted profile changes with the offer (its version is in the key) and, rarely, with programme names.
  private readonly profiles = new ExpiringCache<string, WantedProfile>(60_000, 1_000);
  // The best text score of the index for an offer's text moves little from one edit of the requests to the next:
  // it lives as long as the cached profile it was asked for.
  private readonly textReferences = new WeakMap<WantedProfile, number>();
  private readonly preparedOffers = new WeakMap<WantedProfile, OfferToRank>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly index: ProfilesSearchIndex,
    private readonly config: AppConfig,
    private readonly reference: ReferenceService,
  ) {}

  get settings(): RankingSettings {
    return this.config.matching;
  }

  wantedProfile(offer: Offer): Promise<WantedProfile> {
    return this.profiles.getOrLoad(`${offer.id}:${offer.version}`, () => this.readWantedProfile(offer));
  }

  private async readWantedProfile(offer: Offer): Promise<WantedProfile> {
    const divisions = offer.wantedNaceDivisions.map((code) => code.trim());
    const wantedProgrammes = offer.wantedProgrammes.map((text) => text.trim()).filter(Boolean);
    const [catalog, programmes] = await Promise.all([
      this.reference.catalog(),
      // Free text against names: read the names (a few hundred rows) and compare them here, by programme-fit's rules.
      wantedProgrammes.length > 0
        ? (this.dataSource.query(`SELECT id::text, name FROM programmes`) as Promise<
            Array<{ id: string; name: string }>
          >)
        : [],
    ]);
    const sections = [
      ...new Set(divisions.map((code) => catalog.sectionOfDivision(code)).filter((code) => code !== undefined)),
    ].sort();
    return {
      title: offer.title,
      mission: offer.mission,
      profileText: offer.profileText,
      divisions,
      sections,
      studyYears: offer.wantedStudyYears,
      programmes: wantedProgrammes,
      programmeIds: programmes.filter((row) => fittingField(wantedProgrammes, row.name) !== null).map((row) => row.id),
      skills: offer.skills,
      languages: offer.languages.map((code) => code.trim()),
      country: offer.countryCode.trim(),
      city: offer.city,
      wantedCountries: offer.wantedCountries.map((code) => code.trim()),
      period: offerPeriod(offer.startDate, offer.durationWeeks),
    };
  }

  /**
   * One page of ranked candidates with facet counts; null when there is no profiles index yet. The text relevance is
   * normalised by the best text match of the whole index for this offer (a first, one-hit query).
   */
  async search(
    profile: WantedProfile,
    criteria: ProfileSearchCriteria,
    hard: HardFilters,
    now = new Date(),
  ): Promise<RankedCandidates | null> {
    const best = await this.textReference(profile);
    const w = this.settings.weights;
    const today = now.toISOString().slice(0, 10);
    const boost = best > 0 ? w.text / best : 1;
    const offer = this.prepared(profile);
    const searches = buildCandidateSearch(profile, this.settings, criteria, hard, boost, today, offer.lookups);
    const [ranking, counting, preview] = await Promise.all([
      this.index.search(searches.ranking),
      this.index.search(searches.counting),
      searches.preview ? this.index.search(searches.preview) : null,
    ]);
    if (!ranking || !counting) return null;
    // The window's answer holds only what the service reads (filter_path): no hits at all when none matched.
    const window = (ranking.hits?.hits ?? []) as Array<estypes.SearchHit<CandidateSource>>;
    const response = {
      ...counting,
      took: Math.max(ranking.took, counting.took),
      hits: { ...counting.hits, hits: window },
    } as estypes.SearchResponse<CandidateSource>;
    // The window is ranked without its "why"; the page is explained below (same scores, see scoreMatch).
    const settings = this.settings;
    const textOf = (hit: estypes.SearchHit<CandidateSource>) =>
      best > 0 && w.text > 0 ? textShare(hit._score, w.text) : 0;
    const requestOf = (hit: estypes.SearchHit<CandidateSource>) =>
      prepareFound(requestFacts(hit._source!), wordsFound(hit.matched_queries, offer.names));
    const ranked = window
      .map((hit) => {
        const request = requestOf(hit);
        const result = scoreMatch(offer, request, textOf(hit), settings, today, false);
        return { hit, request, score: result.score, text: result.text, id: hit._id! };
      })
      .sort(compareRanked);
    const after = criteria.after;
    const start = after ? ranked.findIndex((item) => compareRanked(item, cursorItem(after)) > 0) : 0;
    const page = start < 0 ? [] : ranked.slice(start, start + criteria.limit + 1);
    await this.fillPage(
      profile,
      page.slice(0, criteria.limit).map((item) => item.hit),
      (preview?.hits?.hits ?? []) as Array<estypes.SearchHit<CandidateSource>>,
    );
    return {
      ...response,
      ranked: page.map(({ hit, request, text }) => {
        const { score, why } = scoreMatch(offer, request, text, settings, today);
        return { hit, score, text, why };
      }),
      hits: {
        ...response.hits,
        hits: page.map(({ hit, score, text, id }) => ({ ...hit, _score: score, sort: [score, text, id] })),
      },
    };
  }

  /** The offer ready to compare, with the words the window is asked about; made once per cached wanted profile. */
  private prepared(profile: WantedProfile): OfferToRank {
    let offer = this.preparedOffers.get(profile);
    if (!offer) {
      const prepared = prepareOffer(profile);
      const lookups = offerLookups(prepared);
      offer = { ...prepared, lookups, names: presenceNames(lookups) };
      this.preparedOffers.set(profile, offer);
    }
    return offer;
  }

  /** The best text score of the whole index for this offer's text (0: none, or no index yet). */
  private async textReference(profile: WantedProfile): Promise<number> {
    const reference = textReferenceSearch(profile);
    if (!reference) return 0;
    const cached = this.textReferences.get(profile);
    if (cached !== undefined) return cached;
    const top = await this.index.search(reference);
    const best = top?.hits.hits[0]?._score ?? 0;
    // Before the first rebuild there is nothing to compare with: asked again next time.
    if (top) this.textReferences.set(profile, best);
    return best;
  }

  /**
   * The window's hits carry only what the scoring read: the page's get what the list shows and the offer's skills
   * marked in their title, keywords, CV and letter, from the preview fetched beside the ranking or, for those it does
   * not hold, from one small query for the page.
   */
  private async fillPage(
    profile: WantedProfile,
    hits: Array<estypes.SearchHit<CandidateSource>>,
    previewed: Array<estypes.SearchHit<CandidateSource>>,
  ): Promise<void> {
    const shown = new Map(previewed.map((hit) => [hit._id!, hit]));
    const missing = hits.filter((hit) => !shown.has(hit._id!)).map((hit) => hit._id!);
    if (missing.length > 0) {
      const response = await this.index.search(pageSearch(missing, profile.skills));
      for (const hit of response?.hits.hits ?? []) shown.set(hit._id!, hit as estypes.SearchHit<CandidateSource>);
    }
    for (const hit of hits) {
      const page = shown.get(hit._id!);
      // A request unpublished between the two queries keeps what the window brought.
      if (page) hit._source = { ...hit._source!, ...(page._source as Partial<CandidateSource>) };
      hit.highlight = page?.highlight ?? {};
    }
  }
}

function cursorItem(after: SortValues): { score: number; text: number; id: string } {
  return { score: Number(after[0]), text: Number(after[1]), id: String(after[2]) };
}
