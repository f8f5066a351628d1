import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { renderCvPdf, renderLetterPdf } from '../src/demo/cv-pdf.writer';
import { DEFAULT_PDF_TEXT_LIMITS, PdfTextExtractor } from '../src/documents/text/pdf-text.extractor';
import type { JudgedRequest } from './judged-build/request-text';
import { UNIVERSITIES } from './judged-build/universities';
import judgements from './judged/judgements.json';
import offers from './judged/offers.json';
import requests from './judged/requests.json';

/**
 * The judged set (bench/judged/, see its README): offers as companies write them, requests with CV and letter,
 * and the grade (0–3; absent = 0) of every (offer, request) pair. Dates are in days from the run date.
 */
export type JudgedOffer = (typeof offers)[number];
export type { JudgedRequest };

export const JUDGED_OFFERS: JudgedOffer[] = offers;
export const JUDGED_REQUESTS: JudgedRequest[] = requests as JudgedRequest[];
export const JUDGEMENTS: Record<string, Record<string, number>> = judgements;

/** Ids by key, once loaded. */
export interface LoadedSet {
  /** Offer key → offer id. */
  offerIds: Map<string, string>;
  /** Request id → request key. */
  requestKeys: Map<string, string>;
  /** Offer id → offer key. */
  offerKeys: Map<string, string>;
}

export interface LoadOptions {
  offers?: readonly JudgedOffer[];
  requests?: readonly JudgedRequest[];
  /** The run date the relative dates count from. */
  today?: Date;
  /** Where extracted PDF texts are kept between runs (keyed by the PDF's hash); null: no cache. */
  textCache?: string | null;
  /** PDFs read at once (each in a thread of its own). */
  concurrency?: number;
}

const DAY_MS = 86_400_000;
// Fixed PDF dates: the same request makes the same bytes, so its extracted text can be reused.
const PDF_DATE = new Date('2026-01-05T09:00:00Z');
export const DEFAULT_TEXT_CACHE = join(tmpdir(), 'semsem-judged-pdf-text');

export function isoDay(today: Date, days: number): string {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) + days * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

/**
 * Writes the set to an empty, migrated database as the platform would hold it: universities, programmes, one
 * student per request with its published request, its CV and letter as documents whose text was read from real
 * PDFs by the service's own extractor (text_status 'extracted', as the worker leaves them), a company and its
 * published offers open to everyone.
 */
export async function loadJudgedSet(dataSource: DataSource, options: LoadOptions = {}): Promise<LoadedSet> {
  const today = options.today ?? new Date();
  const chosenRequests = options.requests ?? JUDGED_REQUESTS;
  const chosenOffers = options.offers ?? JUDGED_OFFERS;
  const texts = await readDocuments(
    chosenRequests,
    options.textCache === undefined ? DEFAULT_TEXT_CACHE : options.textCache,
    options.concurrency ?? 2,
  );

  const universityIds = new Map<string, string>();
  for (const [key, university] of Object.entries(UNIVERSITIES)) {
    const [row] = await dataSource.query(
      `INSERT INTO universities (name, country_code, city) VALUES ($1, $2, $3) RETURNING id`,
      [university.name, university.country, key],
    );
    universityIds.set(key, row.id);
  }
  const programmeIds = new Map<string, string>();
  const requestKeys = new Map<string, string>();
  for (const request of chosenRequests) {
    const programmeKey = `${request.university}|${request.programme}`;
    if (!programmeIds.has(programmeKey)) {
      const [row] = await dataSource.query(
        `INSERT INTO programmes (university_id, name) VALUES ($1, $2) RETURNING id`,
        [universityIds.get(request.university), request.programme],
      );
      programmeIds.set(programmeKey, row.id);
    }
    const [student] = await dataSource.query(
      `INSERT INTO users (email, password_hash, role, civility, first_name, last_name, university_id, email_verified_at)
       VALUES ($1, 'not a password', 'student', $2, $3, $4, $5, now()) RETURNING id`,
      [
        `judged.${request.key.toLowerCase()}@example.test`,
        request.civility === 'mrs' ? 'Mme' : 'M.',
        request.firstName,
        request.lastName,
        universityIds.get(request.university),
      ],
    );
    await dataSource.query(
      `INSERT INTO student_profiles (user_id, programme_id, study_year, programme_confirmed_at) VALUES ($1, $2, $3, now())`,
      [student.id, programmeIds.get(programmeKey), request.studyYear],
    );
    const [row] = await dataSource.query(
      `INSERT INTO internship_requests (student_id, title, message, keywords, wanted_nace_divisions, wanted_countries, wanted_cities,
                                        start_date, duration_weeks, languages, visible_to_companies, status, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, true, 'published', now() - make_interval(days => $11)) RETURNING id`,
      [
        student.id,
        request.title,
        request.message,
        request.keywords,
        request.wantedNaceDivisions,
        request.wantedCountries,
        request.wantedCities,
        request.availableInDays === null ? null : isoDay(today, request.availableInDays),
        request.durationWeeks,
        request.languages,
        request.publishedDaysAgo,
      ],
    );
    requestKeys.set(row.id, request.key);
    for (const document of texts.get(request.key) ?? []) {
      await dataSource.query(
        `INSERT INTO documents (owner_id, request_id, kind, file_name, storage_key, size_bytes, sha256, content_type, text_status, text, text_extracted_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'application/pdf', 'extracted', $8, now())`,
        [
          student.id,
          row.id,
          document.kind,
          `${document.kind}_${request.key}.pdf`,
          `judged/${row.id}/${document.kind}`,
          document.size,
          document.sha256,
          document.text,
        ],
      );
    }
  }
  const [company] = await dataSource.query(
    `INSERT INTO companies (name, name_search, country_code, city) VALUES ('Jury du jeu jugé', 'jury du jeu juge', 'FR', 'Montpellier') RETURNING id`,
  );
  const offerIds = new Map<string, string>();
  for (const offer of chosenOffers) {
    const [row] = await dataSource.query(
      `INSERT INTO offers (company_id, title, internship_type, mission, duration_weeks, start_date, city, country_code, position, places,
                           application_deadline, wanted_nace_divisions, wanted_study_years, wanted_programmes, skills, languages,
                           wanted_countries, profile_text, targeting, status, published_at)
       VALUES ($1, $2, 'mastery', $3, $4, $5, $6, $7, $2, 1, now() + interval '30 days', $8, $9, $10, $11, $12, $13, $14, 'open', 'published', now())
       RETURNING id`,
      [
        company.id,
        offer.title,
        offer.mission,
        offer.durationWeeks,
        isoDay(today, offer.startInDays),
        offer.city,
        offer.countryCode,
        offer.wantedNaceDivisions,
        offer.wantedStudyYears,
        offer.wantedProgrammes,
        offer.skills,
        offer.languages,
        offer.wantedCountries,
        offer.profileText,
      ],
    );
    offerIds.set(offer.key, row.id);
  }
  return { offerIds, requestKeys, offerKeys: new Map([...offerIds].map(([key, id]) => [id, key])) };
}

interface ReadDocument {
  kind: 'cv' | 'letter';
  text: string;
  size: number;
  sha256: string;
}

/** Renders each request's CV (and letter) to PDF and reads the text back with the service's extractor. */
async function readDocuments(
  chosen: readonly JudgedRequest[],
  cacheDir: string | null,
  concurrency: number,
): Promise<Map<string, ReadDocument[]>> {
  const extractor = new PdfTextExtractor(DEFAULT_PDF_TEXT_LIMITS, Math.max(1, concurrency));
  if (cacheDir) await mkdir(cacheDir, { recursive: true });
  const jobs = chosen.flatMap((request) => {
    const fullName = `${request.firstName} ${request.lastName}`;
    const cv = () => renderCvPdf({ fullName, ...request.cv }, { createdAt: PDF_DATE });
    const letter = request.letter
      ? () =>
          renderLetterPdf(
            {
              fullName,
              city: request.cv.city ?? '',
              date: PDF_DATE,
              subject: request.letter!.subject,
              paragraphs: request.letter!.paragraphs,
            },
            { createdAt: PDF_DATE },
          )
      : null;
    return [
      { key: request.key, kind: 'cv' as const, render: cv },
      ...(letter ? [{ key: request.key, kind: 'letter' as const, render: letter }] : []),
    ];
  });
  const out = new Map<string, ReadDocument[]>();
  let next = 0;
  const work = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      const pdf = await job.render();
      const sha256 = createHash('sha256').update(pdf).digest('hex');
      const cached = cacheDir ? await readFile(join(cacheDir, `${sha256}.txt`), 'utf8').catch(() => null) : null;
      let text = cached;
      if (text === null) {
        const result = await extractor.extract(pdf);
        if (result.status !== 'extracted')
          throw new Error(`the ${job.kind} of ${job.key} could not be read: ${result.status}`);
        text = result.text;
        if (cacheDir) await writeFile(join(cacheDir, `${sha256}.txt`), text);
      }
      out.set(job.key, [...(out.get(job.key) ?? []), { kind: job.kind, text, size: pdf.length, sha256 }]);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, work));
  } finally {
    await extractor.close();
  }
  return out;
}
