import { Civility } from '../users/user.entity';
import { RequestFields } from '../requests/internship-request.entity';
import { DEMO_TOPICS, DemoTopic } from './demo-topics';
import { demoEmail, DemoPerson } from './demo-people';
import type { DemoProgramme, DemoUniversity } from './demo-world';

/** Where the demo request ends: visible to companies, published but hidden from them, still a draft, archived. */
export type DemoRequestState = 'published' | 'hidden' | 'draft' | 'archived';

export type DemoRequestFields = Omit<RequestFields, 'status' | 'publishedAt'>;

export interface DemoStudent extends DemoPerson {
  university: DemoUniversity;
  programme: DemoProgramme;
  studyYear: number;
  hometown: string;
  topic: DemoTopic;
  /** "Stage de fin d’études (PFE)", "Stage technicien"…: what the study year calls for. */
  kind: string;
  state: DemoRequestState;
  /** Publication date, as days before the load (the demo list looks lived-in). */
  publishedDaysAgo: number;
  request: DemoRequestFields;
  /** Position in the list: drives the small deterministic variations. */
  index: number;
}

type Row = [
  Civility,
  string,
  string,
  programme: string,
  year: number,
  topic: number,
  countries: string,
  cities: string,
  state?: DemoRequestState,
];

// 30 students over 6 programmes and study years 1–5. Sectors follow the topics: many 62, then 06 and 26, 29, 10.
const ROWS: Row[] = [
  ['M.', 'Talel', 'Jlassi', 'esis-gl', 5, 0, 'TN FR', 'Sfax, Tunis, Paris'],
  ['Mme', 'Yasmine', 'Trabelsi', 'esis-gl', 4, 1, 'TN', 'Sfax'],
  ['M.', 'Oussama', 'Bouaziz', 'esis-gl', 3, 2, 'TN FR', 'Tunis, Lyon'],
  ['Mme', 'Nour', 'Kammoun', 'esis-gl', 5, 3, 'FR TN', 'Paris, Tunis'],
  ['M.', 'Aymen', 'Triki', 'esis-gl', 2, 0, 'TN', 'Sfax', 'draft'],
  ['Mme', 'Sarra', 'Mnif', 'esis-gl', 1, 1, 'TN', 'Sfax'],
  ['Mme', 'Khira', 'Khadraoui', 'esis-gee', 2, 0, 'TN', 'Sfax, Sousse'],
  ['M.', 'Skander', 'Gargouri', 'esis-gee', 4, 1, 'TN FR', 'Sfax, Grenoble'],
  ['Mme', 'Ines', 'Chaabane', 'esis-gee', 5, 2, 'TN', 'Tunis, Sfax'],
  ['M.', 'Wassim', 'Ayari', 'esis-gee', 3, 3, 'TN MA', 'Tunis, Casablanca'],
  ['Mme', 'Emna', 'Hammami', 'esis-gee', 2, 0, 'TN', 'Sfax', 'hidden'],
  ['M.', 'Firas', 'Mejri', 'esis-gee', 5, 1, 'FR TN', 'Toulouse, Sfax'],
  ['M.', 'Hakim', 'Sharif', 'esis-gpp', 4, 0, 'TN DZ', 'Sfax, Hassi Messaoud'],
  ['Mme', 'Mariem', 'Ben Salem', 'esis-gpp', 5, 1, 'TN', 'Bizerte, Gabès'],
  ['M.', 'Bilel', 'Dhouib', 'esis-gpp', 3, 2, 'TN DZ', 'Skhira, Alger'],
  ['Mme', 'Hela', 'Frikha', 'esis-gpp', 2, 0, 'TN', 'Sfax', 'draft'],
  ['M.', 'Ghassen', 'Louati', 'esis-gpp', 1, 2, 'TN', 'Gabès'],
  ['Mme', 'Rania', 'Ferjani', 'istt-ir', 5, 0, 'TN FR', 'Tunis, Paris'],
  ['M.', 'Houssem', 'Ouertani', 'istt-ir', 4, 1, 'TN', 'Tunis, Ariana'],
  ['Mme', 'Chaima', 'Riahi', 'istt-ir', 3, 2, 'TN', 'Tunis'],
  ['M.', 'Anis', 'Toumi', 'istt-ir', 5, 3, 'TN MA', 'Tunis, Casablanca', 'archived'],
  ['Mme', 'Dorra', 'Saidi', 'istt-ir', 2, 1, 'TN FR', 'Tunis, Lyon'],
  ['M.', 'Malek', 'Chebbi', 'istt-gim', 5, 0, 'TN', 'Sousse, Bizerte'],
  ['Mme', 'Salma', 'Jebali', 'istt-gim', 4, 1, 'TN MA', 'Sousse, Tanger'],
  ['M.', 'Walid', 'Mabrouk', 'istt-gim', 3, 2, 'TN FR', 'Tunis, Mulhouse'],
  ['Mme', 'Asma', 'Belhadj', 'istt-gim', 1, 3, 'TN', 'Ben Arous', 'draft'],
  ['Mme', 'Amal', 'Khemiri', 'istt-gaa', 5, 0, 'FR TN', 'Clapiers, Montpellier, Tunis'],
  ['M.', 'Karim', 'Nasri', 'istt-gaa', 4, 1, 'TN', 'Tunis, Béja'],
  ['Mme', 'Nesrine', 'Hadj Ali', 'istt-gaa', 3, 2, 'TN', 'Sfax, Monastir'],
  ['M.', 'Youssef', 'Chaouch', 'istt-gaa', 2, 0, 'TN FR', 'Tunis, Montpellier'],
];

const HOMETOWNS = [
  'Sfax',
  'Tunis',
  'Sousse',
  'Monastir',
  'Gabès',
  'Nabeul',
  'Bizerte',
  'Kairouan',
  'Mahdia',
  'Béja',
  'Médenine',
];

/** What each study year's internship is called, when it starts and how long it lasts (weeks). */
const BY_YEAR: Record<number, { kind: string; starts: string[]; weeks: number[] }> = {
  1: { kind: 'Stage d’initiation', starts: ['2027-07-01', '2027-07-05'], weeks: [4] },
  2: { kind: 'Stage technicien', starts: ['2027-07-01', '2027-06-21'], weeks: [6] },
  3: { kind: 'Stage de perfectionnement', starts: ['2027-06-14', '2027-07-01'], weeks: [8] },
  4: { kind: 'Stage d’ingénieur', starts: ['2027-06-07', '2027-07-05'], weeks: [8, 12] },
  5: { kind: 'Stage de fin d’études (PFE)', starts: ['2027-02-01', '2027-02-15'], weeks: [16, 20, 24] },
};

/** The 30 demo students with their request, in a fixed order. */
export function demoStudents(universities: DemoUniversity[]): DemoStudent[] {
  const programmes = new Map(
    universities.flatMap((university) =>
      university.programmes.map((programme) => [programme.key, { university, programme }] as const),
    ),
  );
  return ROWS.map(
    ([civility, firstName, lastName, programmeKey, studyYear, topicIndex, countries, cities, state], index) => {
      const found = programmes.get(programmeKey);
      const topic = DEMO_TOPICS[programmeKey]?.[topicIndex];
      if (!found || !topic)
        throw new Error(
          `demo student ${firstName} ${lastName}: unknown programme or topic ${programmeKey}/${topicIndex}`,
        );
      const year = BY_YEAR[studyYear];
      const student: Omit<DemoStudent, 'request'> = {
        civility,
        firstName,
        lastName,
        email: demoEmail(firstName, lastName),
        ...found,
        studyYear,
        hometown: HOMETOWNS[index % HOMETOWNS.length],
        topic,
        kind: year.kind,
        state: state ?? 'published',
        publishedDaysAgo: ((index * 7) % 45) + 1,
        index,
      };
      const startDate = year.starts[index % year.starts.length];
      const durationWeeks = year.weeks[index % year.weeks.length];
      return {
        ...student,
        request: {
          title: `${year.kind} ${topic.subject}`,
          message: requestMessage(student, startDate, durationWeeks),
          keywords: topic.keywords,
          wantedNaceDivisions: topic.sectors,
          wantedCountries: countries.split(' '),
          wantedCities: cities.split(', '),
          startDate,
          durationWeeks,
          languages: languagesOf(index),
          visibleToCompanies: state !== 'hidden',
        },
      };
    },
  );
}

/** French, Arabic and mostly English; German for a few. */
function languagesOf(index: number): string[] {
  if (index % 7 === 3) return ['fr', 'en', 'de'];
  if (index % 4 === 0) return ['fr', 'ar'];
  return ['fr', 'en', 'ar'];
}

function requestMessage(student: Omit<DemoStudent, 'request'>, startDate: string, weeks: number): string {
  const name = `${student.firstName} ${student.lastName}`;
  return [
    'Madame, Monsieur,',
    `Je suis ${name}, ${engineeringStudent(student.civility)} en ${yearOrdinal(student.studyYear)} année de ` +
      `${student.programme.name} ${atUniversity(student.university.name)} (${student.university.shortName}). ` +
      `Je suis à la recherche d’un ${lowerFirst(student.kind)} ${student.topic.subject}, de ${weeks} semaines ` +
      `à partir du ${frenchDate(startDate)}.`,
    student.topic.pitch,
    'Vous trouverez en pièce jointe mon CV et ma lettre de motivation. Je reste à votre disposition pour un entretien.',
    'Cordialement,',
    name,
  ].join('\n');
}

export function engineeringStudent(civility: Civility): string {
  return civility === 'Mme' ? 'élève ingénieure' : 'élève ingénieur';
}

export function yearOrdinal(year: number): string {
  return year === 1 ? '1re' : `${year}e`;
}

export function atUniversity(name: string): string {
  return /^[aeiouyéèêh]/i.test(name) ? `à l’${name}` : `au ${name}`;
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "1er février 2027", "15 février 2027". */
export function frenchDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const text = new Intl.DateTimeFormat('fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
  return text.replace(/^1 /, '1er ');
}
