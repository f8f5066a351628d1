import { createHash } from 'node:crypto';
import { searchableName } from '../src/organisations/searchable-name';
import naceDivisions from '../src/reference/data/nace-divisions.json';
import { Random } from '../test/support/profile-factory';
import { arrayLiteral, copyRow, PsqlCopySession } from './pg-copy';
import { Author, cvText, letterText, requestMessage, requestTitle } from './profile-text';
import {
  CITIES,
  COMPANY_FORMS,
  COMPANY_STEMS,
  COMPANY_TRADES,
  DOMAINS,
  FIRST_NAMES_MEN,
  FIRST_NAMES_WOMEN,
  LANGUAGE_ODDS,
  LAST_NAMES,
  STUDY_YEARS,
  UNIVERSITIES,
  WANTED_COUNTRIES,
} from './vocabulary';

/**
 * The seeded data generator: universities, programmes, companies, then students with their internship requests,
 * CVs and letters (as extracted text in `documents`), streamed to Postgres with COPY a chunk at a time, so 1M
 * requests take no more memory than 10k. The same seed and size give the same rows, ids included.
 */
export interface GenerateOptions {
  databaseUrl: string;
  requests: number;
  seed: number;
  onProgress?: (written: number, total: number) => void;
}

export interface GeneratedData {
  seed: number;
  universities: number;
  programmes: number;
  companies: number;
  students: number;
  requests: number;
  /** Published, visible to companies: what the search index holds. */
  searchable: number;
  documents: number;
  cvWithText: number;
  textBytes: number;
  durationMs: number;
}

const CHUNK = 5000;
const DAY = 86_400_000;
const PUBLISHED_BEFORE = Date.UTC(2026, 0, 15, 12);
const COLUMNS = {
  users: [
    'id',
    'email',
    'password_hash',
    'role',
    'civility',
    'first_name',
    'last_name',
    'locale',
    'email_verified_at',
    'created_at',
    'updated_at',
  ],
  student_profiles: ['user_id', 'programme_id', 'study_year', 'updated_at', 'programme_confirmed_at'],
  internship_requests: [
    'id',
    'student_id',
    'title',
    'message',
    'keywords',
    'wanted_nace_divisions',
    'wanted_countries',
    'wanted_cities',
    'start_date',
    'duration_weeks',
    'languages',
    'visible_to_companies',
    'status',
    'version',
    'published_at',
    'created_at',
    'updated_at',
  ],
  documents: [
    'id',
    'owner_id',
    'request_id',
    'kind',
    'file_name',
    'storage_key',
    'size_bytes',
    'sha256',
    'content_type',
    'text_status',
    'text',
    'text_extracted_at',
    'created_at',
  ],
};

interface Programme {
  id: string;
  name: string;
  domain: number;
  university: (typeof UNIVERSITIES)[number] & { id: string };
}

type Company = { name: string; city: string; division: string };

export async function generateData(options: GenerateOptions): Promise<GeneratedData> {
  const started = Date.now();
  const random = new Random(options.seed);
  const session = new PsqlCopySession(options.databaseUrl);
  const stats: GeneratedData = {
    seed: options.seed,
    universities: 0,
    programmes: 0,
    companies: 0,
    students: 0,
    requests: 0,
    searchable: 0,
    documents: 0,
    cvWithText: 0,
    textBytes: 0,
    durationMs: 0,
  };
  try {
    const programmes = await writeOrganisations(session, random, stats);
    const companies = await writeCompanies(session, random, stats, Math.max(20, Math.ceil(options.requests / 40)));
    const employers = employersByDomain(companies);
    const programmesByDomain = DOMAINS.map((_, domain) =>
      programmes.filter((p) => p.domain === domain).map((p) => [p, p.university.weight] as const),
    );
    let studentNumber = 0;
    while (stats.requests < options.requests) {
      const chunk = { users: '', student_profiles: '', internship_requests: '', documents: '' };
      const goal = Math.min(options.requests, stats.requests + CHUNK);
      while (stats.requests < goal) {
        studentNumber += 1;
        const count = Math.min(goal - stats.requests, random.chance(0.08) ? 2 : 1);
        writeStudent(random, chunk, stats, studentNumber, count, programmesByDomain, employers);
      }
      for (const table of ['users', 'student_profiles', 'internship_requests', 'documents'] as const) {
        await session.copy(table, COLUMNS[table], chunk[table]);
      }
      options.onProgress?.(stats.requests, options.requests);
    }
    await session.sql('ANALYZE');
  } finally {
    await session.close();
  }
  stats.durationMs = Date.now() - started;
  return stats;
}

async function writeOrganisations(
  session: PsqlCopySession,
  random: Random,
  stats: GeneratedData,
): Promise<Programme[]> {
  const universities = UNIVERSITIES.map((university) => ({ ...university, id: random.uuid() }));
  const programmes: Programme[] = [];
  for (const university of universities) {
    // Every university teaches computing; each offers a handful of the other fields.
    const others = random.sample(DOMAINS.map((_, i) => i).slice(1), random.int(5, 9));
    for (const domain of [0, ...others]) {
      programmes.push({ id: random.uuid(), name: random.pick(DOMAINS[domain].programmes), domain, university });
    }
  }
  // Each field is taught somewhere, whatever the draw.
  for (let domain = 1; domain < DOMAINS.length; domain++) {
    if (!programmes.some((p) => p.domain === domain)) {
      const university = random.pick(universities);
      programmes.push({ id: random.uuid(), name: random.pick(DOMAINS[domain].programmes), domain, university });
    }
  }
  await session.copy(
    'universities',
    ['id', 'name', 'country_code', 'city'],
    universities.map((u) => copyRow([u.id, u.name, u.country, u.city])).join(''),
  );
  await session.copy(
    'programmes',
    ['id', 'university_id', 'name'],
    programmes.map((p) => copyRow([p.id, p.university.id, p.name])).join(''),
  );
  stats.universities = universities.length;
  stats.programmes = programmes.length;
  return programmes;
}

async function writeCompanies(
  session: PsqlCopySession,
  random: Random,
  stats: GeneratedData,
  count: number,
): Promise<Company[]> {
  const companies: Company[] = [];
  let rows = '';
  for (let i = 0; i < count; i++) {
    const domain = random.weighted(DOMAINS.map((d, index) => [index, d.weight] as const));
    const division = pickDivision(random, DOMAINS[domain].divisions);
    const country = random.weighted([
      ['TN', 80],
      ['FR', 10],
      ['MA', 5],
      ['DZ', 5],
    ] as const);
    const trade = random.pick(COMPANY_TRADES[division] ?? ['Services']);
    const name = `${random.pick(COMPANY_STEMS)} ${trade} ${random.pick(COMPANY_FORMS)}`.trim();
    const city = random.pick(CITIES[country]);
    companies.push({ name, city, division });
    rows += copyRow([random.uuid(), name, searchableName(name), division, country, city]);
  }
  await session.copy('companies', ['id', 'name', 'name_search', 'nace_division', 'country_code', 'city'], rows);
  stats.companies = count;
  return companies;
}

function employersByDomain(companies: Company[]): Company[][] {
  return DOMAINS.map((domain) => {
    const own = companies.filter((company) => domain.divisions.includes(company.division));
    return own.length > 0 ? own : companies;
  });
}

/** The most wanted division of a field most of the time, another of its divisions otherwise. */
function pickDivision(random: Random, divisions: string[]): string {
  return random.chance(0.85) ? divisions[0] : random.pick(divisions);
}

function writeStudent(
  random: Random,
  chunk: Record<keyof typeof COLUMNS, string>,
  stats: GeneratedData,
  number: number,
  requestCount: number,
  programmesByDomain: Array<Array<readonly [Programme, number]>>,
  employers: Company[][],
): void {
  const domainIndex = random.weighted(DOMAINS.map((d, index) => [index, d.weight] as const));
  const domain = DOMAINS[domainIndex];
  const programme = random.weighted(programmesByDomain[domainIndex]);
  const studyYear = random.weighted(STUDY_YEARS);
  const woman = random.chance(0.5);
  const firstName = random.pick(woman ? FIRST_NAMES_WOMEN : FIRST_NAMES_MEN);
  const lastName = random.pick(LAST_NAMES);
  const studentId = random.uuid();
  const joined = new Date(PUBLISHED_BEFORE - random.int(200, 400) * DAY).toISOString();
  chunk.users += copyRow([
    studentId,
    `etudiant.${number}@bench.example.test`,
    'bench: no password',
    'student',
    random.chance(0.08) ? null : woman ? 'Mme' : 'M.',
    firstName,
    lastName,
    'fr',
    joined,
    joined,
    joined,
  ]);
  chunk.student_profiles += copyRow([studentId, programme.id, studyYear, joined, joined]);
  stats.students += 1;

  for (let k = 0; k < requestCount; k++) {
    // A second request of a student is an older one, archived or left as a draft.
    const status =
      k > 0
        ? random.chance(0.7)
          ? 'archived'
          : 'draft'
        : random.weighted([
            ['published', 86],
            ['draft', 8],
            ['archived', 6],
          ] as const);
    const visible = status === 'published' ? random.chance(0.9) : random.chance(0.5);
    const countries = wantedCountries(random);
    const wantedCities = countries
      .slice(0, 2)
      .filter(() => random.chance(0.7))
      .map((code) => random.pick(CITIES[code]));
    const languages = LANGUAGE_ODDS.filter(([, odds]) => random.chance(odds)).map(([code]) => code);
    const weeks = random.chance(0.9) ? random.pick([4, 6, 8, 12, 16, 24, 26]) : null;
    const startDate = random.chance(0.9) ? isoDate(Date.UTC(2026, 0, 5) + random.int(0, 240) * DAY) : null;
    const keywords = random.sample(domain.skills, random.int(3, 6));
    const author: Author = {
      firstName,
      lastName,
      woman,
      domain,
      programme: programme.name,
      university: programme.university,
      studyYear,
      keywords,
      languages: languages.length > 0 ? languages : ['fr'],
      wantedCities,
      weeks,
      startDate,
      employers: employers[domainIndex],
    };
    const divisions = [pickDivision(random, domain.divisions)];
    if (random.chance(0.35)) divisions.push(random.pick(domain.divisions));
    if (random.chance(0.07)) divisions.push(random.pick(naceDivisions).code);
    const publishedMs = PUBLISHED_BEFORE - random.int(0, 180 * 86_400) * 1000;
    const published = status === 'draft' ? null : new Date(publishedMs).toISOString();
    const created = new Date(publishedMs - random.int(0, 20) * DAY).toISOString();
    const requestId = random.uuid();
    chunk.internship_requests += copyRow([
      requestId,
      studentId,
      requestTitle(random, author),
      requestMessage(random, author),
      arrayLiteral(keywords),
      arrayLiteral([...new Set(divisions)]),
      arrayLiteral(countries),
      arrayLiteral(wantedCities),
      startDate,
      weeks,
      arrayLiteral(author.languages),
      visible,
      status,
      1,
      published,
      created,
      published ?? created,
    ]);
    stats.requests += 1;
    if (status === 'published' && visible) stats.searchable += 1;

    if (random.chance(0.93)) {
      const text = random.chance(0.96) ? cvText(random, author) : null; // a scanned CV has no text layer
      chunk.documents += documentRow(
        random,
        stats,
        studentId,
        requestId,
        'cv',
        `CV_${fileSlug(firstName)}_${fileSlug(lastName)}.pdf`,
        text,
        created,
      );
      if (text) stats.cvWithText += 1;
    }
    if (random.chance(0.4)) {
      chunk.documents += documentRow(
        random,
        stats,
        studentId,
        requestId,
        'letter',
        `Lettre_motivation_${fileSlug(lastName)}.pdf`,
        letterText(random, author),
        created,
      );
    }
  }
}

function documentRow(
  random: Random,
  stats: GeneratedData,
  ownerId: string,
  requestId: string,
  kind: 'cv' | 'letter',
  fileName: string,
  text: string | null,
  created: string,
): string {
  const id = random.uuid();
  stats.documents += 1;
  stats.textBytes += text ? Buffer.byteLength(text) : 0;
  return copyRow([
    id,
    ownerId,
    requestId,
    kind,
    fileName,
    `bench/${id}.pdf`,
    random.int(40_000, 400_000),
    createHash('sha256').update(id).digest('hex'),
    'application/pdf',
    text ? 'extracted' : 'unreadable',
    text,
    text ? created : null,
    created,
  ]);
}

/** One to three countries, mostly Tunisia, then France, Morocco, Algeria; a few students leave it open. */
function wantedCountries(random: Random): string[] {
  if (random.chance(0.04)) return [];
  const count = random.weighted([
    [1, 60],
    [2, 30],
    [3, 10],
  ] as const);
  const picked = new Set<string>();
  for (let i = 0; i < count * 3 && picked.size < count; i++) picked.add(random.weighted(WANTED_COUNTRIES));
  return [...picked];
}

function fileSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '_');
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** "2k", "100k", "1m" or a plain number of requests. */
export function parseSize(text: string): { label: string; requests: number } {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!match) throw new Error(`--size must look like 2k, 10k, 100k, 1m or a number, got "${text}"`);
  const factor = { '': 1, k: 1000, m: 1_000_000 }[match[2].toLowerCase() as '' | 'k' | 'm'];
  const requests = Math.round(Number(match[1]) * factor);
  if (requests < 100) throw new Error(`--size must be at least 100 requests, got ${requests}`);
  return { label: text.trim().toLowerCase(), requests };
}
