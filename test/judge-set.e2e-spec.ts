import { Client } from '@elastic/elasticsearch';
import { OFFERS_INDEX } from '../indexer/offers/offer-document';
import { PROFILES_INDEX } from '../indexer/profiles/profile-document';
import { Baselines } from '../bench/judge-baselines';
import { scoreMatchedOffers, scoreRanking } from '../bench/judge-metrics';
import { judgeCandidates, judgeMatchedOffers } from '../bench/judge-run';
import { JUDGED_OFFERS, JUDGED_REQUESTS, JUDGEMENTS, loadJudgedSet, LoadedSet } from '../bench/judged-set';
import truth from '../bench/judged/truth.json';
import { ProfilesIndexService } from '../indexer/profiles/profiles-index.service';
import { SearchRebuilds } from '../indexer/rebuild/search-rebuilds';
import { CandidateRanker } from '../src/candidates/candidate-ranker';
import { OfferMatcherService } from '../src/matched-offers/offer-matcher.service';
import { IndexNames } from '../src/elasticsearch/index-names';
import { TestPlatform } from './support/platform';

/** A slice of the judged set: two offers and six requests aimed at each, one per kind below. */
const OFFERS = ['O21', 'O02'];
const KINDS = ['fit', 'fit_other_words', 'neighbour_field', 'wrong_skills', 'year_far', 'keyword_stuffer'];
// Generated requests only (R…): the hand-written ones (H…) add a second request of some kinds.
const aimed = (offer: string, kind: string) =>
  truth.requests.find((t) => t.key.startsWith('R') && t.aimedAt === offer && t.kind === kind)!.key;
const SLICE = OFFERS.flatMap((offer) => KINDS.map((kind) => aimed(offer, kind)));

describe('judged set: loader and metrics of npm run judge:candidates', () => {
  let platform: TestPlatform;
  let client: Client;
  let loaded: LoadedSet;
  const requests = JUDGED_REQUESTS.filter((request) => SLICE.includes(request.key));

  beforeAll(async () => {
    platform = await TestPlatform.start();
    client = new Client({ node: platform.config.elasticsearch.url });
    loaded = await loadJudgedSet(platform.dataSource, {
      offers: JUDGED_OFFERS.filter((offer) => OFFERS.includes(offer.key)),
      requests,
      textCache: null, // every PDF read by the extractor in this run
    });
    await platform.worker!.get(SearchRebuilds, { strict: false }).get(PROFILES_INDEX).rebuild();
    await platform.worker!.get(SearchRebuilds, { strict: false }).get(OFFERS_INDEX).rebuild();
  }, 180_000);
  afterAll(async () => {
    await client?.close();
    await platform?.close();
  });

  it('loads one published request per judged request, with its CV (and letter) text read from a real PDF', async () => {
    expect(loaded.requestKeys.size).toBe(SLICE.length);
    const rows: Array<{ id: string; kind: string; text: string; size: number }> = await platform.dataSource.query(
      `SELECT r.id::text, d.kind, d.text, d.size_bytes AS size FROM internship_requests r JOIN documents d ON d.request_id = r.id
        WHERE r.status = 'published' AND d.text_status = 'extracted'`,
    );
    expect(rows.filter((row) => row.kind === 'cv')).toHaveLength(SLICE.length);
    expect(rows.filter((row) => row.kind === 'letter')).toHaveLength(
      requests.filter((request) => request.letter).length,
    );
    for (const request of requests) {
      const cv = rows.find((row) => row.kind === 'cv' && loaded.requestKeys.get(row.id) === request.key)!;
      // The PDF's own layout: section headings in capitals, the first experience's place after its title.
      expect(cv.text).toContain('EXPÉRIENCE PROFESSIONNELLE');
      expect(cv.text).toContain(request.cv.experience[0].place);
      expect(cv.size).toBeGreaterThan(1000);
    }
  });

  it('makes each request findable by words of its CV only', async () => {
    const alias = platform.worker!.get(ProfilesIndexService, { strict: false }).alias;
    const count = await client.count({ index: alias });
    expect(count.count).toBe(SLICE.length);
    const request = requests.find((r) => r.key === aimed('O02', 'fit'))!;
    const phrase = request.cv.experience[0].place;
    expect(`${request.title} ${request.keywords.join(' ')} ${request.message}`).not.toContain(phrase);
    const found = await client.search({ index: alias, query: { match_phrase: { cv_text: phrase } }, _source: false });
    expect(found.hits.hits.map((hit) => loaded.requestKeys.get(hit._id!))).toContain(request.key);
  });

  it('computes nDCG@10 and P@5 by hand on two offers', () => {
    const g = (offer: string, kind: string) => JUDGEMENTS[offer][aimed(offer, kind)] ?? 0;
    // The rubric's grades for the slice (see bench/judged/README.md).
    expect(KINDS.map((kind) => g('O21', kind))).toEqual([3, 3, 2, 1, 1, 0]);
    expect(KINDS.map((kind) => g('O02', kind))).toEqual([3, 3, 2, 1, 1, 0]);
    const known = new Set(SLICE);
    const grades = (offer: string) => new Map(SLICE.map((key) => [key, JUDGEMENTS[offer][key] ?? 0] as const));
    // O21: stuffer, fit, wrong skills, then an id the set does not know.
    // DCG = 0 + 7/log2(3) + 1/log2(4) = 4.41650 + 0.5; ideal 3,3,2,1,1 = 7 + 7/log2(3) + 3/2 + 1/log2(5) + 1/log2(6).
    const o21 = scoreRanking(
      [aimed('O21', 'keyword_stuffer'), aimed('O21', 'fit'), aimed('O21', 'wrong_skills'), 'R999'],
      grades('O21'),
      known,
    );
    expect(o21.ndcg).toBeCloseTo(4.9165 / 13.7341, 3);
    expect(o21.precision).toBeCloseTo(1 / 5, 6);
    expect(o21.unjudged).toBe(1);
    // O02: the ideal order, then the offer's requests of O21 (graded 0 for O02).
    const o02 = scoreRanking(
      [aimed('O02', 'fit'), aimed('O02', 'fit_other_words'), aimed('O02', 'neighbour_field'), aimed('O21', 'fit')],
      grades('O02'),
      known,
    );
    // DCG = 7 + 4.41650 + 1.5 = 12.9165 of 13.7341.
    expect(o02.ndcg).toBeCloseTo(12.9165 / 13.7341, 3);
    expect(o02.precision).toBeCloseTo(3 / 5, 6);
  });

  it('computes the precision and recall of the offers sent', () => {
    const score = scoreMatchedOffers([
      {
        request: 'A',
        sent: ['O1', 'O2'],
        grades: new Map([
          ['O1', 3],
          ['O3', 2],
        ]),
      },
      { request: 'B', sent: [], grades: new Map([['O2', 2]]) },
      { request: 'C', sent: ['O3'], grades: new Map([['O1', 1]]) },
    ]);
    expect(score.sent).toBe(3);
    expect(score.requestsWithNone).toBe(1);
    expect(score.precisionMicro).toBeCloseTo(1 / 3, 6);
    expect(score.precisionMacro).toBeCloseTo((1 / 2 + 0) / 2, 6);
    expect(score.recall).toBeCloseTo(1 / 3, 6);
    // nDCG over A and B only (C has no offer graded ≥ 2): A sent 3 then 0 of ideal 3, 2: 7 / (7 + 3/log2(3)); B sent nothing.
    expect(score.ndcgRequests).toBe(2);
    expect(score.ndcg).toBeCloseTo((7 / (7 + 3 / Math.log2(3)) + 0) / 2, 6);
  });

  it('runs every ranker and the matched offers on the loaded slice', async () => {
    const api = platform.api;
    const rows = await judgeCandidates(
      {
        ranker: api.get(CandidateRanker, { strict: false }),
        baselines: new Baselines(client, api.get(IndexNames, { strict: false })),
        dataSource: platform.dataSource,
      },
      loaded,
      JUDGEMENTS,
    );
    expect(rows.map((row) => row.offer).sort()).toEqual([...OFFERS].sort());
    for (const row of rows) {
      for (const score of Object.values(row.scores)) {
        expect(score.unjudged).toBe(0);
        expect(score.ndcg).toBeGreaterThanOrEqual(0);
        expect(score.ndcg).toBeLessThanOrEqual(1);
      }
      // Plain BM25 on the offer's words puts one of the offer's own fits above every request aimed at the other offer.
      const other = OFFERS.find((offer) => offer !== row.offer)!;
      const list = row.lists.bm25;
      const ownFits = ['fit', 'fit_other_words']
        .map((kind) => list.indexOf(aimed(row.offer, kind)))
        .filter((i) => i >= 0);
      const others = KINDS.filter((kind) => kind !== 'keyword_stuffer')
        .map((kind) => list.indexOf(aimed(other, kind)))
        .filter((i) => i >= 0);
      expect(ownFits.length).toBeGreaterThan(0);
      expect(Math.min(...ownFits)).toBeLessThan(Math.min(...others));
    }
    const sent = await judgeMatchedOffers(
      { matcher: platform.worker!.get(OfferMatcherService, { strict: false }), dataSource: platform.dataSource },
      loaded,
      JUDGEMENTS,
    );
    expect(sent).toHaveLength(SLICE.length);
    for (const row of sent) expect(row.sent.every((key) => OFFERS.includes(key))).toBe(true);
  }, 60_000);
});
