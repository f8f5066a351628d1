import { MatchCriterion } from './match-criterion';
import { offerStems, prepareOffer, prepareRequest } from './match-facts';
import { compareRanked, periodShare, scoreMatch } from './match-score';
import { OFFER, REQUEST, SETTINGS } from './testing/matching-fixtures';

const TODAY = '2026-12-01';
const score = (offer = OFFER, request = REQUEST, text = 0.5, today = TODAY) =>
  scoreMatch(prepareOffer(offer), prepareRequest(request), text, SETTINGS, today);
const reason = (result: ReturnType<typeof score>, criterion: MatchCriterion) =>
  result.why.find((r) => r.criterion === criterion);

describe('scoreMatch', () => {
  it('sums weight × share per criterion and names what matched', () => {
    const result = score();
    expect(result.why.map((r) => [r.criterion, r.points])).toEqual([
      ['text', 2],
      ['sector', 3],
      ['study_year', 2],
      ['programme', 2],
      ['skills', 1.5], // of three skills: NestJS in the CV, TypeScript only as a keyword (half), PostgreSQL nowhere
      ['languages', 0.5],
      ['country', 1],
      ['city', 0.5],
      ['university_country', 0.5],
      ['period', 2],
      ['freshness', 0.5],
    ]);
    expect(result.score).toBe(15.5);
    expect(reason(result, MatchCriterion.Skills)!.matched).toEqual(['TypeScript', 'NestJS']);
    expect(reason(result, MatchCriterion.Text)!.matched).toEqual(expect.arrayContaining(['typescript', 'nestjs']));
    expect(reason(result, MatchCriterion.Text)!.matched).not.toContain('postgresql');
  });

  it('scores the same without explaining, but names no words', () => {
    const offer = prepareOffer(OFFER);
    for (const request of [REQUEST, { ...REQUEST, studyYear: 4, keywords: [] }, { ...REQUEST, cvText: null }]) {
      const explained = scoreMatch(offer, prepareRequest(request), 0.5, SETTINGS, TODAY);
      const ranked = scoreMatch(offer, prepareRequest(request), 0.5, SETTINGS, TODAY, false);
      expect(ranked.score).toBe(explained.score);
      expect(ranked.why.map((r) => [r.criterion, r.points])).toEqual(explained.why.map((r) => [r.criterion, r.points]));
      expect(ranked.why.find((r) => r.criterion === MatchCriterion.Skills)!.matched).toEqual([]);
      expect(ranked.why.find((r) => r.criterion === MatchCriterion.Text)!.matched).toEqual([]);
    }
  });

  it('gives a year next to a wanted one only its configured share', () => {
    expect(reason(score(OFFER, { ...REQUEST, studyYear: 4 }), MatchCriterion.StudyYearAdjacent)!.points).toBe(0.5);
    expect(score(OFFER, { ...REQUEST, studyYear: 3 }).why.some((r) => r.criterion.startsWith('study_year'))).toBe(
      false,
    );
  });

  it("uses the country of residence for home_country and keeps the university's country apart", () => {
    const result = score({ ...OFFER, wantedCountries: ['MA'] }, { ...REQUEST, residenceCountry: 'MA' });
    expect(reason(result, MatchCriterion.HomeCountry)!.matched).toEqual(['MA']);
    expect(reason(result, MatchCriterion.UniversityCountry)).toBeUndefined();
  });

  it('never earns full credit for a missing field, nor goes negative', () => {
    const bare = score(
      OFFER,
      {
        ...REQUEST,
        divisions: [],
        sections: [],
        keywords: [],
        cvText: null,
        message: '',
        title: '',
        languages: [],
        countries: [],
        cities: [],
        availableFrom: null,
        availableTo: null,
        publishedAt: null,
        programmeName: '',
      },
      0,
    );
    expect(bare.why.map((r) => r.criterion)).toEqual([
      'study_year',
      'country_open',
      'university_country',
      'period_open',
    ]);
    expect(reason(bare, MatchCriterion.CountryOpen)!.points).toBe(0.5);
    expect(reason(bare, MatchCriterion.PeriodOpen)!.points).toBe(1);
    expect(score(OFFER, REQUEST, -3).score).toBeGreaterThanOrEqual(0);
    expect(reason(score(OFFER, REQUEST, -3), MatchCriterion.Text)).toBeUndefined();
  });

  it('counts no period already past', () => {
    expect(reason(score(OFFER, REQUEST, 0.5, '2027-08-01'), MatchCriterion.Period)).toBeUndefined();
  });
});

describe('periodShare', () => {
  const offer = { from: '2027-01-01', to: '2027-03-01' };
  it('counts only the part of the offer from today on', () => {
    // Available for three weeks of the offer's 59 days: the share of the half that is enough.
    expect(periodShare(offer, '2027-01-01', '2027-01-22', '2026-12-01').share).toBeCloseTo(21 / 29.5, 3);
    expect(periodShare(offer, '2027-01-01', '2027-02-15', '2026-12-01').share).toBe(1);
    // Once January is past, the January availability is worth nothing.
    expect(periodShare(offer, '2027-01-01', '2027-01-30', '2027-02-01').share).toBe(0);
    expect(periodShare(offer, '2027-01-01', '2027-03-01', '2027-02-01').share).toBe(1);
    expect(periodShare(offer, '2026-11-01', '2026-12-20', '2027-02-01').share).toBe(0);
  });

  it('gives nothing to a student who comes more than 30 days after the start', () => {
    expect(periodShare(offer, '2027-02-05', '2027-06-01', '2026-12-01').share).toBe(0);
    expect(periodShare(offer, '2027-01-25', '2027-06-01', '2026-12-01').share).toBeGreaterThan(0);
  });

  it('gives flexible dates half unless the known one rules the offer out', () => {
    expect(periodShare(offer, null, null, '2026-12-01')).toEqual({ share: 0.5, open: true });
    expect(periodShare(offer, '2027-04-01', null, '2026-12-01')).toEqual({ share: 0, open: true });
  });
});

describe('compareRanked', () => {
  it('breaks ties by text relevance, then by id', () => {
    const items = [
      { id: 'b', score: 5, text: 0.2 },
      { id: 'a', score: 5, text: 0.2 },
      { id: 'c', score: 5, text: 0.9 },
      { id: 'd', score: 6, text: 0 },
    ];
    expect(items.sort(compareRanked).map((i) => i.id)).toEqual(['d', 'c', 'a', 'b']);
  });
});

describe('a request prepared for one offer only', () => {
  it("scores exactly as the full preparation, on texts with and without the offer's words and their equivalents", () => {
    const offer = prepareOffer({ ...OFFER, skills: [...OFFER.skills, 'HACCP', 'analyse vibratoire (notions)'] });
    const looked = offerStems(offer);
    const texts = [
      'Projets NestJS et PostgreSQL, API REST typées en TypeScript; Git au quotidien.',
      "Bonnes pratiques d'hygiène alimentaire, analyse vibratoire des machines tournantes.",
      'Comptabilité générale, fiscalité, aucun mot en commun.',
      '',
    ];
    for (const cvText of texts) {
      for (const message of texts) {
        const request = { ...REQUEST, cvText, message, keywords: ['Développement', 'tests'] };
        expect(scoreMatch(offer, prepareRequest(request, looked), 0.4, SETTINGS, TODAY)).toEqual(
          scoreMatch(offer, prepareRequest(request), 0.4, SETTINGS, TODAY),
        );
      }
    }
    // It keeps only what the offer looks up.
    expect([...prepareRequest({ ...REQUEST, cvText: texts[2] }, looked).documentWords]).toEqual([]);
  });
});
