import { DataSource } from 'typeorm';
import judgements from './judged/judgements.json';
import offers from './judged/offers.json';
import requests from './judged/requests.json';

/** The hand-made judged set (bench/judged/): offers, requests and graded relevance (0–3; unlisted = 0). */
export type JudgedOffer = (typeof offers)[number];
export type JudgedRequest = (typeof requests)[number];

export const JUDGED_OFFERS: JudgedOffer[] = offers;
export const JUDGED_REQUESTS: JudgedRequest[] = requests;
export const JUDGEMENTS: Record<string, Record<string, number>> = judgements;

const UNIVERSITIES: Record<string, { name: string; country: string }> = {
  Sfax: { name: 'Université de Sfax', country: 'TN' },
  Tunis: { name: 'Université de Tunis El Manar', country: 'TN' },
  Monastir: { name: 'Université de Monastir', country: 'TN' },
  Montpellier: { name: 'Université de Montpellier', country: 'FR' },
  Lyon: { name: 'Université Claude Bernard Lyon 1', country: 'FR' },
  'Paris-Saclay': { name: 'Université Paris-Saclay', country: 'FR' },
  Rabat: { name: 'Université Mohammed V de Rabat', country: 'MA' },
};

const FIRST_NAMES = ['Khira', 'Amira', 'Sarra', 'Léa', 'Manon', 'Yasmine', 'Mohamed', 'Youssef', 'Hugo', 'Lucas', 'Aymen', 'Karim'];
const LAST_NAMES = ['Khadraoui', 'Ben Salah', 'Trabelsi', 'Martin', 'Bernard', 'Dubois', 'Gharbi', 'El Amrani', 'Moreau', 'Jaziri', 'Lefèvre'];

/** Ids by key, once loaded. */
export interface LoadedSet {
  offerIds: Map<string, string>;
  requestKeys: Map<string, string>;
}

/**
 * Writes the set to an empty, migrated database: universities, programmes, one student per request with its CV
 * text (and a cover letter for every third request), a company and its published offers.
 */
export async function loadJudgedSet(dataSource: DataSource): Promise<LoadedSet> {
  const universityIds = new Map<string, string>();
  for (const [key, university] of Object.entries(UNIVERSITIES)) {
    const [row] = await dataSource.query(`INSERT INTO universities (name, country_code, city) VALUES ($1, $2, $3) RETURNING id`, [
      university.name, university.country, key,
    ]);
    universityIds.set(key, row.id);
  }
  const programmeIds = new Map<string, string>();
  const requestKeys = new Map<string, string>();
  for (const [i, request] of JUDGED_REQUESTS.entries()) {
    const programmeKey = `${request.university}|${request.programme}`;
    if (!programmeIds.has(programmeKey)) {
      const [row] = await dataSource.query(`INSERT INTO programmes (university_id, name) VALUES ($1, $2) RETURNING id`, [
        universityIds.get(request.university), request.programme,
      ]);
      programmeIds.set(programmeKey, row.id);
    }
    const [student] = await dataSource.query(
      `INSERT INTO users (email, password_hash, role, first_name, last_name, email_verified_at)
       VALUES ($1, 'not a password', 'student', $2, $3, now()) RETURNING id`,
      [`judged.${request.key.toLowerCase()}@example.test`, FIRST_NAMES[i % FIRST_NAMES.length], LAST_NAMES[i % LAST_NAMES.length]],
    );
    await dataSource.query(`INSERT INTO student_profiles (user_id, programme_id, study_year) VALUES ($1, $2, $3)`, [
      student.id, programmeIds.get(programmeKey), request.studyYear,
    ]);
    const [row] = await dataSource.query(
      `INSERT INTO internship_requests (student_id, title, message, keywords, wanted_nace_divisions, wanted_countries, wanted_cities,
                                        start_date, duration_weeks, languages, visible_to_companies, status, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, true, 'published', now() - make_interval(days => $11)) RETURNING id`,
      [
        student.id, request.title, `Étudiant(e) en ${request.programme.toLowerCase()}, je recherche un stage.`, request.keywords,
        request.wantedNaceDivisions, request.wantedCountries, request.wantedCities, request.startDate, request.durationWeeks,
        request.languages, request.publishedDaysAgo,
      ],
    );
    requestKeys.set(row.id, request.key);
    const documents: Array<[kind: string, text: string]> = [['cv', `FORMATION\n${request.programme}\n\nEXPÉRIENCE\n${request.cvText}\n\nCOMPÉTENCES\n${request.keywords.join(', ')}`]];
    if (i % 3 === 0) documents.push(['letter', `Madame, Monsieur, étudiant(e) en ${request.programme}, je vous propose ma candidature : ${request.title.toLowerCase()}.`]);
    for (const [kind, text] of documents) {
      await dataSource.query(
        `INSERT INTO documents (owner_id, request_id, kind, file_name, storage_key, size_bytes, sha256, content_type, text_status, text)
         VALUES ($1, $2, $3, $4, $5, 2048, repeat('0', 64), 'application/pdf', 'extracted', $6)`,
        [student.id, row.id, kind, `${kind}_${request.key}.pdf`, `judged/${row.id}/${kind}`, text],
      );
    }
  }
  const [company] = await dataSource.query(
    `INSERT INTO companies (name, name_search, country_code, city) VALUES ('Jury du jeu jugé', 'jury du jeu juge', 'FR', 'Montpellier') RETURNING id`,
  );
  const offerIds = new Map<string, string>();
  for (const offer of JUDGED_OFFERS) {
    const [row] = await dataSource.query(
      `INSERT INTO offers (company_id, title, internship_type, mission, duration_weeks, start_date, city, country_code, position, places,
                           application_deadline, wanted_nace_divisions, wanted_study_years, wanted_programmes, skills, languages,
                           wanted_countries, profile_text, targeting, status, published_at)
       VALUES ($1, $2, 'mastery', $3, $4, $5, $6, $7, $2, 1, now() + interval '30 days', $8, $9, $10, $11, $12, $13, $14, 'open', 'published', now())
       RETURNING id`,
      [
        company.id, offer.title, offer.mission, offer.durationWeeks, offer.startDate, offer.city, offer.countryCode,
        offer.wantedNaceDivisions, offer.wantedStudyYears, offer.wantedProgrammes, offer.skills, offer.languages,
        offer.wantedCountries, offer.profileText,
      ],
    );
    offerIds.set(offer.key, row.id);
  }
  return { offerIds, requestKeys };
}
