import { Criterion, parseQueryName } from './query/candidate-criteria';
import { WantedProfile } from './wanted-profile';

/** The part of a hit's source the reasons quote. */
export interface WhySource {
  nace_divisions?: string[];
  nace_sections?: string[];
  study_year: number;
  programme_name: string;
  keywords?: string[];
  languages?: string[];
  countries?: string[];
  cities?: string[];
  university_country?: string;
  available_from?: string | null;
  available_to?: string | null;
  published_at: string;
}

/** One criterion a candidate earned points for, with the values that matched. */
export interface Reason {
  criterion: Criterion;
  points: number;
  matched: string[];
}

/** Reasons in a stable order: the criteria's order, then by points. */
const ORDER = Object.values(Criterion);

/**
 * The "why" of a hit, from the scores of its named queries (`include_named_queries_score`): one reason per criterion
 * with the sum of its queries' points (skills and languages have one query per item), and the matching values
 * quoted from the offer and the request. Points are rounded to 3 decimals.
 */
export function reasonsOf(matched: Record<string, number> | string[] | undefined, source: WhySource, profile: WantedProfile): Reason[] {
  if (!matched || Array.isArray(matched)) return [];
  const byCriterion = new Map<Criterion, { points: number; items: string[] }>();
  for (const [name, score] of Object.entries(matched)) {
    const parsed = parseQueryName(name);
    if (!parsed) continue;
    const entry = byCriterion.get(parsed.criterion) ?? { points: 0, items: [] };
    entry.points += Math.max(0, score);
    if (parsed.item !== null) entry.items.push(parsed.item);
    byCriterion.set(parsed.criterion, entry);
  }
  return [...byCriterion]
    .map(([criterion, { points, items }]) => ({ criterion, points: round(points), matched: matchedValues(criterion, items, source, profile) }))
    .filter((reason) => reason.points > 0)
    .sort((a, b) => ORDER.indexOf(a.criterion) - ORDER.indexOf(b.criterion));
}

function matchedValues(criterion: Criterion, items: string[], source: WhySource, profile: WantedProfile): string[] {
  switch (criterion) {
    case Criterion.Sector:
      return intersect(source.nace_divisions, profile.divisions);
    case Criterion.SectorSection:
      return intersect(source.nace_sections, profile.sections);
    case Criterion.StudyYear:
    case Criterion.StudyYearAdjacent:
      return [String(source.study_year)];
    case Criterion.Programme:
      return [source.programme_name];
    case Criterion.SkillsKeywords:
    case Criterion.SkillsText:
      return items.map(Number).sort((a, b) => a - b).map((i) => profile.skills[i]).filter((skill) => skill !== undefined);
    case Criterion.Languages:
      return [...items].sort();
    case Criterion.Country:
      return [profile.country];
    case Criterion.City:
      return (source.cities ?? []).filter((city) => city.toLocaleLowerCase('fr') === profile.city.trim().toLocaleLowerCase('fr'));
    case Criterion.HomeCountry:
      return source.university_country ? [source.university_country] : [];
    case Criterion.Period:
    case Criterion.PeriodOpen:
      return [source.available_from ?? '', source.available_to ?? ''];
    case Criterion.Freshness:
      return [source.published_at];
    default: {
      const unhandled: never = criterion;
      throw new Error(`no values for criterion ${String(unhandled)}`);
    }
  }
}

function intersect(values: string[] | undefined, wanted: string[]): string[] {
  return (values ?? []).filter((value) => wanted.includes(value));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
