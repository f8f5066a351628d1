import { collatorOf, Locale } from '../common/i18n/locale';
import { Country } from './country.entity';
import { InternshipType } from './internship-type.entity';
import { NaceDivision } from './nace-division.entity';
import { NaceSection } from './nace-section.entity';
import { CountryDto, InternshipTypeDto, NaceDivisionDto, NaceSectionDto, StudyYearDto } from './reference-items.dto';
import { StudyYear } from './study-year.entity';

export interface ReferenceRows {
  naceSections: NaceSection[];
  naceDivisions: NaceDivision[];
  countries: Country[];
  studyYears: StudyYear[];
  internshipTypes: InternshipType[];
}

type Labelled = { labelFr: string; labelEn: string };

const label = (row: Labelled, locale: Locale): string => (locale === 'en' ? row.labelEn : row.labelFr);
const countryName = (row: Country, locale: Locale): string => (locale === 'en' ? row.nameEn : row.nameFr);

function byKey<T, K>(rows: T[], key: (row: T) => K): Map<K, T> {
  return new Map(rows.map((row) => [key(row), row]));
}

function sorted<T>(rows: T[], compare: (a: T, b: T) => number): T[] {
  return [...rows].sort(compare);
}

const byCode = <T extends { code: string | number }>(a: T, b: T): number =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : 0;

/** All reference rows in memory, with synchronous lookups; labels and names in the locale asked for. */
export class ReferenceCatalog {
  private readonly sections: Map<string, NaceSection>;
  private readonly divisions: Map<string, NaceDivision>;
  private readonly countriesByCode: Map<string, Country>;
  private readonly years: Map<number, StudyYear>;
  private readonly types: Map<string, InternshipType>;
  /** Countries sorted by name, per locale: the order depends on the language of the names. */
  private readonly countryOrder = new Map<Locale, Country[]>();

  constructor(rows: ReferenceRows) {
    this.sections = byKey(sorted(rows.naceSections, byCode), (s) => s.code);
    this.divisions = byKey(sorted(rows.naceDivisions, byCode), (d) => d.code);
    this.countriesByCode = byKey(rows.countries, (c) => c.code);
    this.years = byKey(sorted(rows.studyYears, byCode), (y) => y.code);
    this.types = byKey(
      sorted(rows.internshipTypes, (a, b) => a.position - b.position),
      (t) => t.code,
    );
  }

  naceSections(locale: Locale): NaceSectionDto[] {
    return [...this.sections.values()].map((s) => ({ code: s.code, label: label(s, locale) }));
  }

  /** Sorted by code; only those of `section` when given. */
  naceDivisions(locale: Locale, section?: string): NaceDivisionDto[] {
    return [...this.divisions.values()]
      .filter((d) => section === undefined || d.sectionCode === section)
      .map((d) => ({ code: d.code, section: d.sectionCode, label: label(d, locale) }));
  }

  /** Sorted by name with the collation of the locale (accents do not push "Égypte" after "Zambie"). */
  countries(locale: Locale): CountryDto[] {
    let order = this.countryOrder.get(locale);
    if (!order) {
      const collator = collatorOf(locale);
      order = sorted([...this.countriesByCode.values()], (a, b) =>
        collator.compare(countryName(a, locale), countryName(b, locale)),
      );
      this.countryOrder.set(locale, order);
    }
    return order.map((c) => ({ code: c.code, name: countryName(c, locale) }));
  }

  studyYears(locale: Locale): StudyYearDto[] {
    return [...this.years.values()].map((y) => ({ code: y.code, label: label(y, locale) }));
  }

  /** In pedagogical order: Découverte, Insertion, Aide à la maîtrise, Maîtrise. */
  internshipTypes(locale: Locale): InternshipTypeDto[] {
    return [...this.types.values()].map((t) => ({ code: t.code, label: label(t, locale) }));
  }

  sectionLabel(code: string, locale: Locale): string | undefined {
    const section = this.sections.get(code);
    return section && label(section, locale);
  }

  divisionLabel(code: string, locale: Locale): string | undefined {
    const division = this.divisions.get(code);
    return division && label(division, locale);
  }

  countryName(code: string, locale: Locale): string | undefined {
    const country = this.countriesByCode.get(code);
    return country && countryName(country, locale);
  }

  studyYearLabel(code: number, locale: Locale): string | undefined {
    const year = this.years.get(code);
    return year && label(year, locale);
  }

  internshipTypeLabel(code: string, locale: Locale): string | undefined {
    const type = this.types.get(code);
    return type && label(type, locale);
  }

  /** The section code of a division (e.g. "62" → "J"). */
  sectionOfDivision(code: string): string | undefined {
    return this.divisions.get(code)?.sectionCode;
  }

  isSection(code: unknown): code is string {
    return typeof code === 'string' && this.sections.has(code);
  }

  isDivision(code: unknown): code is string {
    return typeof code === 'string' && this.divisions.has(code);
  }

  isCountry(code: unknown): code is string {
    return typeof code === 'string' && this.countriesByCode.has(code);
  }

  isStudyYear(code: unknown): code is number {
    return typeof code === 'number' && this.years.has(code);
  }

  isInternshipType(code: unknown): code is string {
    return typeof code === 'string' && this.types.has(code);
  }
}
