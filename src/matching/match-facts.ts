import { fold, stems, stemSet } from './french-words';
import { SkillTerms, skillTerms } from './skill-match';

/** What the matching reads of an offer: its wanted profile and its words. */
export interface OfferFacts {
  title: string;
  mission: string;
  profileText: string;
  skills: string[];
  divisions: string[];
  /** NACE sections of the wanted divisions. */
  sections: string[];
  studyYears: number[];
  programmes: string[];
  languages: string[];
  country: string;
  city: string;
  /** Countries the offer wants its candidates from. */
  wantedCountries: string[];
  /** yyyy-mm-dd: start and start + duration. */
  period: { from: string; to: string };
}

/** What the matching reads of a request: the student's schooling, wishes and texts. */
export interface RequestFacts {
  id: string;
  title: string;
  message: string;
  keywords: string[];
  cvText: string | null;
  letterText: string | null;
  divisions: string[];
  sections: string[];
  countries: string[];
  cities: string[];
  languages: string[];
  studyYear: number;
  programmeName: string;
  universityCountry: string;
  residenceCountry: string | null;
  availableFrom: string | null;
  availableTo: string | null;
  publishedAt: string | null;
}

/** An offer with what every comparison needs computed once. */
export interface PreparedOffer extends OfferFacts {
  skillTerms: SkillTerms[];
  /** The offer's content words by stem, each with the word as first written (for the "why"). */
  textWords: Map<string, string>;
}

export interface PreparedRequest extends RequestFacts {
  /** Every stem of what the student wrote. */
  words: Set<string>;
  /** The stems of the CV and the letter: what backs a skill (a keyword the CV does not back is weaker). */
  documentWords: Set<string>;
}

export function prepareOffer(offer: OfferFacts): PreparedOffer {
  const textWords = new Map<string, string>();
  for (const text of [offer.title, ...offer.skills, offer.mission, offer.profileText]) {
    const surface = fold(text).match(/[\p{L}\p{N}+#]+/gu) ?? [];
    for (const word of surface) {
      const [s] = stems(word);
      if (s !== undefined && s.length > 2 && !textWords.has(s)) textWords.set(s, word);
    }
  }
  return { ...offer, skillTerms: offer.skills.map(skillTerms), textWords };
}

/** Every stem a comparison with this offer looks up: its content words and its skills' phrasings. */
export function offerStems(offer: PreparedOffer): Set<string> {
  return new Set(offerLookups(offer).keys());
}

/** A stem a comparison looks up: a word of the offer that gives it, and whether it belongs to a skill. */
export interface LookedUpWord {
  word: string;
  /** A skill's word counts in full where the CV or the letter shows it (PreparedRequest.documentWords). */
  skill: boolean;
}

/** The stems a comparison with this offer looks up, each with a word of the offer that gives it. */
export function offerLookups(offer: PreparedOffer): Map<string, LookedUpWord> {
  const found = new Map<string, LookedUpWord>();
  for (const terms of offer.skillTerms)
    for (const phrasing of terms.phrasings)
      phrasing.stems.forEach((s, i) => {
        if (!found.has(s)) found.set(s, { word: phrasing.words[i], skill: true });
      });
  for (const [s, word] of offer.textWords) if (!found.has(s)) found.set(s, { word, skill: false });
  return found;
}

/** Which of an offer's looked-up stems a request shows: anywhere, and in its CV or letter (skills' stems only). */
export interface WordsFound {
  anywhere: Set<string>;
  documents: Set<string>;
}

/** A request whose words were looked up elsewhere (by the engine, for a candidates window); the sets are taken, not copied. */
export function prepareFound(request: RequestFacts, found: WordsFound): PreparedRequest {
  return { ...request, words: found.anywhere, documentWords: found.documents };
}

/**
 * A request with its stems. With `only` (one offer's `offerStems`), its word sets keep just those: the candidates of
 * an offer read the CVs of a whole window, and the other stems would never be looked up.
 */
export function prepareRequest(request: RequestFacts, only?: ReadonlySet<string>): PreparedRequest {
  const documentWords = stemSet([request.cvText, request.letterText], only);
  const words = stemSet([request.title, request.keywords.join(' \n'), request.message], only);
  for (const s of documentWords) words.add(s);
  return { ...request, words, documentWords };
}
