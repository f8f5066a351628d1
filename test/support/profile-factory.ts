import { DataSource } from 'typeorm';
import { PROFILES_INDEX } from '../../indexer/profiles/profile-document';
import { SearchRebuilds } from '../../indexer/rebuild/search-rebuilds';
import { TestPlatform } from './platform';

/**
 * Realistic French internship requests, generated deterministically from a seed and written to Postgres with a
 * few bulk statements; `indexProfiles` then builds the index from Postgres, as production does.
 */

/** Each field of study: its programmes' name, the sectors its students want, their keywords, titles and CV lines. */
const DOMAINS = [
  {
    programme: 'Génie logiciel',
    divisions: ['62', '63', '58'],
    titles: [
      'Stage de fin d’études en développement web',
      'Stage d’ingénieur en intelligence artificielle',
      'Développeur full-stack stagiaire',
      'Stage en développement d’applications mobiles',
    ],
    keywords: [
      'TypeScript',
      'Java',
      'Python',
      'React',
      'Angular',
      'Docker',
      'PostgreSQL',
      'Node.js',
      'Développement web',
      'Apprentissage automatique',
      'DevOps',
    ],
    lines: [
      'Développement d’une application web de gestion des stocks en Angular et Node.js.',
      'Mise en place d’une chaîne d’intégration continue avec Docker et GitLab CI.',
      'Conception d’un modèle de classification d’images avec Python et TensorFlow.',
    ],
  },
  {
    programme: 'Réseaux et télécommunications',
    divisions: ['61', '62'],
    titles: [
      'Stage en administration des réseaux',
      'Stage d’ingénieur en cybersécurité',
      'Technicien réseaux et télécoms stagiaire',
    ],
    keywords: ['Réseaux', 'Cisco', '5G', 'Fibre optique', 'Linux', 'Cybersécurité', 'VoIP'],
    lines: [
      'Configuration de routeurs Cisco et supervision du réseau d’un campus.',
      'Audit de sécurité et tests d’intrusion sur une infrastructure Linux.',
      'Déploiement d’une solution de téléphonie VoIP pour une PME.',
    ],
  },
  {
    programme: 'Génie civil',
    divisions: ['41', '42', '71'],
    titles: [
      'Stage en bureau d’études structures',
      'Stage de conducteur de travaux',
      'Stage d’ingénieur en génie civil',
    ],
    keywords: ['Béton armé', 'AutoCAD', 'Revit', 'BIM', 'Géotechnique', 'Structures métalliques'],
    lines: [
      'Dimensionnement d’un bâtiment R+4 en béton armé selon l’Eurocode 2.',
      'Suivi de chantier et métrés pour la construction d’un pont.',
      'Modélisation BIM d’un immeuble de bureaux sous Revit.',
    ],
  },
  {
    programme: 'Finance et comptabilité',
    divisions: ['64', '69', '70'],
    titles: ['Stage d’assistant comptable', 'Stage en audit financier', 'Stage en contrôle de gestion'],
    keywords: ['Comptabilité', 'Audit', 'Fiscalité', 'Contrôle de gestion', 'Excel', 'Analyse financière', 'SAP'],
    lines: [
      'Tenue de la comptabilité générale et déclarations fiscales d’une PME.',
      'Participation à l’audit des comptes annuels d’un groupe industriel.',
      'Élaboration de tableaux de bord de contrôle de gestion sous Excel.',
    ],
  },
  {
    programme: 'Marketing digital',
    divisions: ['73', '70', '47'],
    titles: ['Stage en marketing digital', 'Stage de community manager', 'Stage en études de marché'],
    keywords: ['Marketing digital', 'SEO', 'Réseaux sociaux', 'Community management', 'Études de marché', 'Canva'],
    lines: [
      'Gestion des réseaux sociaux et des campagnes publicitaires d’une marque.',
      'Optimisation du référencement naturel (SEO) d’un site de commerce en ligne.',
      'Réalisation d’une étude de marché sur les boissons végétales.',
    ],
  },
  {
    programme: 'Génie mécanique',
    divisions: ['28', '29', '33'],
    titles: ['Stage en conception mécanique', 'Stage en maintenance industrielle', 'Stage d’ingénieur méthodes'],
    keywords: [
      'SolidWorks',
      'CATIA',
      'Maintenance industrielle',
      'Fabrication additive',
      'Conception mécanique',
      'Lean',
    ],
    lines: [
      'Conception d’un système de convoyage sous SolidWorks.',
      'Plan de maintenance préventive d’une ligne de production automobile.',
      'Amélioration continue d’un atelier selon la démarche Lean.',
    ],
  },
  {
    programme: 'Industries agroalimentaires',
    divisions: ['10', '11', '01'],
    titles: [
      'Stage en qualité agroalimentaire',
      'Stage en production agroalimentaire',
      'Stage en sécurité alimentaire',
    ],
    keywords: ['Qualité', 'HACCP', 'Sécurité alimentaire', 'Production', 'Microbiologie'],
    lines: [
      'Mise en place du plan HACCP d’une conserverie.',
      'Analyses microbiologiques des produits laitiers.',
      'Suivi de la production et des rendements d’une huilerie.',
    ],
  },
];

const UNIVERSITIES = [
  { name: 'Université de Sfax', country: 'TN', city: 'Sfax' },
  { name: 'Université de Tunis El Manar', country: 'TN', city: 'Tunis' },
  { name: 'Université de Monastir', country: 'TN', city: 'Monastir' },
  { name: 'Université de Montpellier', country: 'FR', city: 'Montpellier' },
  { name: 'Université Lumière Lyon 2', country: 'FR', city: 'Lyon' },
  { name: 'Université Mohammed V de Rabat', country: 'MA', city: 'Rabat' },
];

const COUNTRIES: Array<[code: string, weight: number, cities: string[]]> = [
  ['TN', 40, ['Sfax', 'Tunis', 'Sousse', 'Monastir']],
  ['FR', 25, ['Paris', 'Lyon', 'Montpellier', 'Marseille']],
  ['MA', 10, ['Casablanca', 'Rabat']],
  ['DE', 5, ['Berlin', 'Munich']],
  ['CA', 5, ['Montréal', 'Québec']],
  ['BE', 5, ['Bruxelles', 'Liège']],
  ['DZ', 5, ['Alger', 'Oran']],
  ['IT', 5, ['Milan', 'Turin']],
];

const WOMEN = ['Khira', 'Amira', 'Sarra', 'Léa', 'Manon', 'Yasmine', 'Inès', 'Chloé', 'Rim', 'Salma'];
const MEN = ['Mohamed', 'Youssef', 'Hugo', 'Lucas', 'Aymen', 'Karim', 'Théo', 'Mehdi', 'Nicolas', 'Skander'];
const LAST_NAMES = [
  'Khadraoui',
  'Ben Salah',
  'Trabelsi',
  'Martin',
  'Bernard',
  'Dubois',
  'Gharbi',
  'El Amrani',
  'Moreau',
  'Jaziri',
  'Lefèvre',
  'Mansouri',
];

/** A deterministic generator (mulberry32): the same seed gives the same data, run after run. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  /** `count` distinct items, in a random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const result: T[] = [];
    while (result.length < count && pool.length > 0)
      result.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    return result;
  }
  weighted<T>(items: ReadonlyArray<readonly [T, number, ...unknown[]]>): T {
    let roll = this.next() * items.reduce((sum, item) => sum + item[1], 0);
    for (const item of items) if ((roll -= item[1]) < 0) return item[0];
    return items[items.length - 1][0];
  }
  /** A version 4 UUID from the generator, so ids (and the tie-breaker order) are deterministic too. */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => this.int(0, 15).toString(16));
    hex[12] = '4';
    hex[16] = ((this.int(0, 15) & 0x3) | 0x8).toString(16);
    const h = hex.join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
}

/** One student with one request, as written to Postgres. Strings and arrays as the columns hold them. */
export interface ProfileRow {
  studentId: string;
  requestId: string;
  programmeId: string;
  studyYear: number;
  civility: 'M.' | 'Mme' | null;
  firstName: string;
  lastName: string;
  title: string;
  message: string;
  keywords: string[];
  divisions: string[];
  countries: string[];
  cities: string[];
  languages: string[];
  startDate: string | null;
  durationWeeks: number | null;
  status: 'draft' | 'published' | 'archived';
  visible: boolean;
  publishedAt: string | null;
  cv: { id: string; fileName: string; text: string | null } | null;
  letter: { id: string; fileName: string; text: string | null } | null;
}

export interface GeneratedSet {
  universities: Array<{ id: string; name: string; country: string }>;
  programmes: Array<{ id: string; universityId: string; name: string; domain: number }>;
  rows: ProfileRow[];
}

const DAY = 86_400_000;
const PUBLISHED_BEFORE = Date.UTC(2026, 0, 15);

/** Universities and programmes, then `count` requests of as many students (drafts and hidden ones included). */
export async function insertGeneratedProfiles(
  dataSource: DataSource,
  options: { seed: number; count: number },
): Promise<GeneratedSet> {
  const random = new Random(options.seed);
  const universities = UNIVERSITIES.map((u) => ({ id: random.uuid(), name: u.name, country: u.country, city: u.city }));
  const programmes = universities.flatMap((university) =>
    random
      .sample(
        DOMAINS.map((_, i) => i),
        3,
      )
      .map((domain) => ({
        id: random.uuid(),
        universityId: university.id,
        name: DOMAINS[domain].programme,
        domain,
      })),
  );
  await insertJson(
    dataSource,
    'universities',
    '(id uuid, name text, country text, city text)',
    'id, name, country_code, city',
    'id, name, country, city',
    universities,
  );
  await insertJson(
    dataSource,
    'programmes',
    '(id uuid, "universityId" uuid, name text)',
    'id, university_id, name',
    'id, "universityId", name',
    programmes,
  );
  const rows = Array.from({ length: options.count }, (_, i) => generateRow(random, programmes, i, options.seed));
  for (let i = 0; i < rows.length; i += 1000)
    await insertProfileRows(dataSource, rows.slice(i, i + 1000), `${options.seed}`);
  return { universities, programmes, rows };
}

function generateRow(random: Random, programmes: GeneratedSet['programmes'], i: number, seed: number): ProfileRow {
  const programme = random.pick(programmes);
  const domain = DOMAINS[programme.domain];
  const woman = random.chance(0.5);
  const countries = random.chance(0.05)
    ? []
    : uniqueBy(Array.from({ length: random.int(1, 3) }, () => random.weighted(COUNTRIES)));
  const status = random.weighted([
    ['published', 80],
    ['draft', 12],
    ['archived', 8],
  ] as const);
  const keywords = random.sample(domain.keywords, random.int(2, 5));
  const lines = random.sample(domain.lines, 2);
  const requestId = random.uuid();
  const lastName = random.pick(LAST_NAMES);
  return {
    studentId: random.uuid(),
    requestId,
    programmeId: programme.id,
    studyYear: random.weighted([
      [1, 5],
      [2, 10],
      [3, 25],
      [4, 25],
      [5, 35],
    ] as const),
    civility: random.chance(0.1) ? null : woman ? 'Mme' : 'M.',
    firstName: random.pick(woman ? WOMEN : MEN),
    lastName,
    title: random.pick(domain.titles),
    message: `Étudiant(e) en ${domain.programme.toLowerCase()}, je recherche un stage. ${lines[0]}`,
    keywords,
    divisions: uniqueBy([
      ...random.sample(domain.divisions, random.int(1, 2)),
      ...(random.chance(0.1) ? [random.pick(DOMAINS).divisions[0]] : []),
    ]),
    countries,
    cities: countries.slice(0, 1).map((code) => random.pick(COUNTRIES.find(([c]) => c === code)![2])),
    languages: orDefault(
      ['fr', 'en', 'ar', 'de'].filter((_, k) => random.chance([0.9, 0.6, 0.4, 0.05][k])),
      ['fr'],
    ),
    startDate: random.chance(0.1) ? null : isoDate(Date.UTC(2026, 0, 5) + random.int(0, 240) * DAY),
    durationWeeks: random.chance(0.1) ? null : random.int(4, 26),
    status,
    visible: status !== 'draft' && random.chance(0.85),
    // Whole days only: many requests share a publication date, which the tie-breaker must sort out.
    publishedAt: status === 'draft' ? null : new Date(PUBLISHED_BEFORE - random.int(0, 120) * DAY).toISOString(),
    cv: random.chance(0.85)
      ? {
          id: random.uuid(),
          fileName: `CV_${lastName.replace(/ /g, '_')}_${i}.pdf`,
          text: random.chance(0.95) ? cvText(domain, lines, keywords) : null,
        }
      : null,
    letter: random.chance(0.5)
      ? { id: random.uuid(), fileName: `Lettre_${seed}_${i}.pdf`, text: `Madame, Monsieur, ${lines[1]}` }
      : null,
  };
}

function cvText(domain: (typeof DOMAINS)[number], lines: string[], keywords: string[]): string {
  return [
    `FORMATION\n${domain.programme}\n`,
    `EXPÉRIENCES\n${lines.join('\n')}\n`,
    `COMPÉTENCES\n${keywords.join(', ')}\n`,
    'LANGUES\nFrançais, anglais',
  ].join('\n');
}

/** Writes the students, their schooling, their requests and documents of these rows. */
export async function insertProfileRows(dataSource: DataSource, rows: ProfileRow[], tag = 'x'): Promise<void> {
  const json = JSON.stringify(rows);
  await dataSource.query(
    `INSERT INTO users (id, email, password_hash, role, civility, first_name, last_name, email_verified_at)
     SELECT "studentId", 'gen.' || $2 || '.' || "studentId" || '@example.test', 'not a password', 'student', civility, "firstName", "lastName", now()
       FROM jsonb_to_recordset($1::jsonb) AS t("studentId" uuid, civility text, "firstName" text, "lastName" text)`,
    [json, tag],
  );
  await dataSource.query(
    `INSERT INTO student_profiles (user_id, programme_id, study_year, programme_confirmed_at)
     SELECT "studentId", "programmeId", "studyYear", now() FROM jsonb_to_recordset($1::jsonb) AS t("studentId" uuid, "programmeId" uuid, "studyYear" smallint)`,
    [json],
  );
  await dataSource.query(
    `INSERT INTO internship_requests (id, student_id, title, message, keywords, wanted_nace_divisions, wanted_countries,
                                      wanted_cities, start_date, duration_weeks, languages, visible_to_companies, status, published_at)
     SELECT "requestId", "studentId", title, message, keywords, divisions, countries, cities, "startDate", "durationWeeks",
            languages, visible, status, "publishedAt"
       FROM jsonb_to_recordset($1::jsonb) AS t("requestId" uuid, "studentId" uuid, title text, message text, keywords text[],
            divisions char(2)[], countries char(2)[], cities text[], "startDate" date, "durationWeeks" smallint,
            languages varchar(2)[], visible boolean, status text, "publishedAt" timestamptz)`,
    [json],
  );
  const documents = rows.flatMap((row) =>
    (['cv', 'letter'] as const).flatMap((kind) =>
      row[kind] ? [{ ...row[kind]!, kind, requestId: row.requestId, ownerId: row.studentId }] : [],
    ),
  );
  await dataSource.query(
    `INSERT INTO documents (id, owner_id, request_id, kind, file_name, storage_key, size_bytes, sha256, content_type, text_status, text)
     SELECT id, "ownerId", "requestId", kind, "fileName", 'generated/' || id, 2048, repeat('0', 64), 'application/pdf',
            CASE WHEN text IS NULL THEN 'unreadable' ELSE 'extracted' END, text
       FROM jsonb_to_recordset($1::jsonb) AS t(id uuid, "ownerId" uuid, "requestId" uuid, kind text, "fileName" text, text text)`,
    [JSON.stringify(documents)],
  );
}

/** A hand-written profile for a precise test: published, visible, no text but the fields given. */
export function profileRow(random: Random, programmeId: string, fields: Partial<ProfileRow>): ProfileRow {
  const row = generateRow(random, [{ id: programmeId, universityId: '', name: DOMAINS[0].programme, domain: 0 }], 0, 0);
  const blank = { message: '', keywords: [], cv: null, letter: null };
  return {
    ...row,
    ...blank,
    status: 'published',
    visible: true,
    publishedAt: row.publishedAt ?? new Date(PUBLISHED_BEFORE).toISOString(),
    ...fields,
  };
}

/** Builds the profiles index from Postgres with the indexer's own rebuild (new versioned index, alias swap). */
export async function indexProfiles(platform: TestPlatform): Promise<void> {
  if (!platform.worker) throw new Error("indexProfiles needs the platform's worker");
  await platform.worker.get(SearchRebuilds, { strict: false }).get(PROFILES_INDEX).rebuild();
}

async function insertJson(
  dataSource: DataSource,
  table: string,
  record: string,
  columns: string,
  fields: string,
  rows: object[],
): Promise<void> {
  await dataSource.query(
    `INSERT INTO ${table} (${columns}) SELECT ${fields} FROM jsonb_to_recordset($1::jsonb) AS t${record}`,
    [JSON.stringify(rows)],
  );
}

function orDefault<T>(items: T[], fallback: T[]): T[] {
  return items.length > 0 ? items : fallback;
}

function uniqueBy<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
