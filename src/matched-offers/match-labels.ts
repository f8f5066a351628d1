import { Locale } from '../common/i18n/locale';
import { MatchCriterion } from './match-criteria';

/** How the digest e-mail names each criterion. */
export const CRITERION_LABELS: Readonly<Record<Locale, Readonly<Record<MatchCriterion, string>>>> = {
  fr: {
    [MatchCriterion.Sector]: 'secteur',
    [MatchCriterion.Section]: 'secteur voisin',
    [MatchCriterion.StudyYear]: "année d'études",
    [MatchCriterion.Programme]: 'formation',
    [MatchCriterion.Skills]: 'compétences',
    [MatchCriterion.Languages]: 'langues',
    [MatchCriterion.Place]: 'lieu',
    [MatchCriterion.Period]: 'période',
    [MatchCriterion.Freshness]: 'offre récente',
  },
  en: {
    [MatchCriterion.Sector]: 'sector',
    [MatchCriterion.Section]: 'related sector',
    [MatchCriterion.StudyYear]: 'study year',
    [MatchCriterion.Programme]: 'programme',
    [MatchCriterion.Skills]: 'skills',
    [MatchCriterion.Languages]: 'languages',
    [MatchCriterion.Place]: 'place',
    [MatchCriterion.Period]: 'period',
    [MatchCriterion.Freshness]: 'recent offer',
  },
};
