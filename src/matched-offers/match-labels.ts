import { Locale } from '../common/i18n/locale';
import { MatchCriterion } from '../matching/match-criterion';

/** How the digest e-mail names each criterion. */
export const CRITERION_LABELS: Readonly<Record<Locale, Readonly<Record<MatchCriterion, string>>>> = {
  fr: {
    [MatchCriterion.Text]: 'mots en commun',
    [MatchCriterion.Sector]: 'secteur',
    [MatchCriterion.SectorSection]: 'secteur voisin',
    [MatchCriterion.StudyYear]: "année d'études",
    [MatchCriterion.StudyYearAdjacent]: "année d'études voisine",
    [MatchCriterion.Programme]: 'formation',
    [MatchCriterion.Skills]: 'compétences',
    [MatchCriterion.Languages]: 'langues',
    [MatchCriterion.Country]: 'pays souhaité',
    [MatchCriterion.CountryOpen]: 'tout pays',
    [MatchCriterion.City]: 'ville souhaitée',
    [MatchCriterion.HomeCountry]: 'pays de résidence',
    [MatchCriterion.UniversityCountry]: "pays de l'université",
    [MatchCriterion.Period]: 'période',
    [MatchCriterion.PeriodOpen]: 'dates souples',
    [MatchCriterion.Freshness]: 'demande récente',
  },
  en: {
    [MatchCriterion.Text]: 'words in common',
    [MatchCriterion.Sector]: 'sector',
    [MatchCriterion.SectorSection]: 'related sector',
    [MatchCriterion.StudyYear]: 'study year',
    [MatchCriterion.StudyYearAdjacent]: 'next study year',
    [MatchCriterion.Programme]: 'programme',
    [MatchCriterion.Skills]: 'skills',
    [MatchCriterion.Languages]: 'languages',
    [MatchCriterion.Country]: 'wished country',
    [MatchCriterion.CountryOpen]: 'any country',
    [MatchCriterion.City]: 'wished city',
    [MatchCriterion.HomeCountry]: 'country of residence',
    [MatchCriterion.UniversityCountry]: 'university country',
    [MatchCriterion.Period]: 'period',
    [MatchCriterion.PeriodOpen]: 'flexible dates',
    [MatchCriterion.Freshness]: 'recent request',
  },
};
