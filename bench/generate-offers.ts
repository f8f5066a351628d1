import { Client } from '@elastic/elasticsearch';
import { DataSource } from 'typeorm';
import { loadOffers } from '../indexer/offers/offer-source';
import { Random } from '../test/support/profile-factory';
import { CITIES, DOMAINS, STUDY_YEARS } from './vocabulary';

export interface GeneratedOffers {
  offers: number;
  /** Published offers written to Postgres and loaded into the offers index. */
  ids: string[];
  writeMs: number;
  indexMs: number;
}

const BATCH = 500;

/**
 * Published offers of the bench company with wanted profiles drawn from the same domains as the generated requests.
 * They are loaded into the offers index directly, with the documents the search sync would write (loadOffers),
 * rather than through the outbox: the outbox would also start matching every new offer against every request,
 * which is the digest side of the system, not what these measures are about.
 */
export async function generateOffers(
  dataSource: DataSource,
  client: Client,
  alias: string,
  options: { count: number; seed: number },
): Promise<GeneratedOffers> {
  const random = new Random(options.seed + 7);
  const [company] = await dataSource.query(
    `SELECT c.id FROM companies c JOIN company_memberships m ON m.company_id = c.id
      WHERE m.user_id = (SELECT id FROM users WHERE email = 'bench.contact@example.test')`,
  );
  const ids: string[] = [];
  const started = Date.now();
  for (let written = 0; written < options.count; written += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, options.count - written) }, () => offerRow(random));
    const values: unknown[] = [];
    const tuples = rows.map((row, i) => {
      values.push(company.id, ...row);
      const at = i * 15;
      const placeholders = Array.from({ length: 15 }, (_, k) => `$${at + k + 1}`).join(', ');
      return `(${placeholders}, 'open', 'published', now(), now() + interval '60 days')`;
    });
    const inserted: Array<{ id: string }> = await dataSource.query(
      `INSERT INTO offers (company_id, title, internship_type, mission, duration_weeks, start_date, city, country_code,
                           position, places, wanted_nace_divisions, wanted_study_years, wanted_programmes, skills,
                           languages, targeting, status, published_at, application_deadline)
       VALUES ${tuples.join(', ')}
       RETURNING id`,
      values,
    );
    ids.push(...inserted.map((row) => row.id));
  }
  const writeMs = Date.now() - started;
  const indexStarted = Date.now();
  for (let at = 0; at < ids.length; at += BATCH) {
    const states = await loadOffers(dataSource.manager, ids.slice(at, at + BATCH));
    const operations = states.flatMap((state) => [{ index: { _index: alias, _id: state.offerId } }, state.document]);
    const response = await client.bulk({ operations });
    if (response.errors) throw new Error('loading the bench offers into the offers index failed');
  }
  await client.indices.refresh({ index: alias });
  return { offers: ids.length, ids, writeMs, indexMs: Date.now() - indexStarted };
}

/** title, type, mission, weeks, start, city, country, position, places, divisions, years, programmes, skills, languages. */
function offerRow(random: Random): unknown[] {
  const domain = random.weighted(DOMAINS.map((d) => [d, d.weight] as const));
  const year = random.weighted(STUDY_YEARS);
  const years = random.chance(0.5) ? [year] : [...new Set([year, Math.min(5, year + 1)])];
  return [
    random.pick(domain.titles),
    year >= 4 ? 'mastery' : 'insertion',
    random.pick(domain.tasks),
    random.pick([8, 12, 16]),
    random.pick(['2027-02-01', '2027-06-07', '2027-07-01']),
    random.pick(CITIES.TN ?? ['Tunis']),
    'TN',
    random.pick(domain.titles).slice(0, 140),
    random.int(1, 3),
    domain.divisions.slice(0, random.int(1, 2)),
    years,
    [domain.programmes[0]],
    random.sample(domain.skills, random.int(2, 5)).map((skill) => skill.toLowerCase()),
    ['fr'],
  ];
}
