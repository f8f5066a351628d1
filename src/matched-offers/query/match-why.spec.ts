import { MATCH_WEIGHTS, MatchCriterion } from '../match-criteria';
import { explainHit, OfferMatchSource, profileWords } from './match-why';
import { MatchProfile } from './offer-match.query';
import { findSkills, wordSet } from './skill-finder';

const profile = {
  title: 'Stage qualité',
  message: "Intéressée par la gestion de projets et l'agroalimentaire.",
  keywords: ['HACCP'],
  cv_text: 'Compétences : Python, analyses microbiologiques.',
  letter_text: null,
  nace_divisions: ['10'],
  nace_sections: ['C'],
  countries: ['FR'],
  cities: ['montpellier'],
  languages: ['fr', 'en'],
  study_year: 4,
  programme_name: 'Agronomie',
} as MatchProfile;

const offer: OfferMatchSource = {
  offer_id: 'o1',
  skills: ['HACCP', 'Gestion de projet', 'Analyse microbiologique', 'SAP'],
  nace_divisions: ['10', '11'],
  nace_sections: ['C'],
  study_years: [4],
  wanted_programmes: ['Agronomie'],
  languages: ['fr'],
  country_code: 'FR',
  city: 'Montpellier',
  start_date: '2027-02-01',
  published_at: '2026-11-20T10:00:00.000Z',
};

describe('findSkills', () => {
  it('finds a skill when each of its words is in the texts, ignoring case, accents, plurals and stop words', () => {
    const words = wordSet(['Gestion des PROJETS, analyses microbiologiques', 'Génie civil']);
    expect(findSkills(['gestion de projet', 'Analyse microbiologique', 'genie civil', 'Génie logiciel', 'SAP'], words)).toEqual([
      'gestion de projet',
      'Analyse microbiologique',
      'genie civil',
    ]);
  });

  it('finds nothing in nothing', () => {
    expect(findSkills(['SAP', '  '], wordSet([null, undefined, '']))).toEqual([]);
  });
});

describe('explainHit', () => {
  it('adds the named scores and the share of skills found, each with the values it matched', () => {
    const named = { sector: 3, study_year: 2, programme: 1, languages: 1, place: 1, period: 1.2, freshness: 0.25 };
    const hit = explainHit(profile, profileWords(profile), offer, named);
    const why = Object.fromEntries(hit.why.map((reason) => [reason.criterion, reason]));
    expect(why.sector).toEqual({ criterion: 'sector', contribution: 3, matched: ['10'] });
    expect(why.skills).toEqual({ criterion: 'skills', contribution: 2.25, matched: ['HACCP', 'Gestion de projet', 'Analyse microbiologique'] });
    expect(why.place.matched).toEqual(['FR', 'Montpellier']);
    expect(why.languages.matched).toEqual(['fr']);
    expect(hit.score).toBeCloseTo(3 + 2 + 1 + 2.25 + 1 + 1 + 1.2 + 0.25, 5);
    expect(hit.why[0].contribution).toBe(3); // biggest first
  });

  it('never goes negative nor above a weight, and leaves out what earned nothing', () => {
    const hit = explainHit(profile, new Set(), { ...offer, skills: [] }, { sector: -4, period: 99, freshness: 0 });
    expect(hit.why).toEqual([{ criterion: 'period', contribution: MATCH_WEIGHTS[MatchCriterion.Period], matched: ['2027-02-01'] }]);
    expect(hit.score).toBe(MATCH_WEIGHTS[MatchCriterion.Period]);
  });
});
