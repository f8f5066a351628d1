import { Client, estypes } from '@elastic/elasticsearch';
import { DataSource } from 'typeorm';
import { OFFERS_INDEX } from '../indexer/offers/offer-document';
import { PROFILES_INDEX } from '../indexer/profiles/profile-document';
import { ReceivedMail } from '../test/support/smtp-receiver';

/** One disagreement between Postgres (the truth) and what Elasticsearch or the mailbox holds. */
export interface Difference {
  where: string;
  id: string;
  what: string;
}

export interface Comparison {
  profiles: number;
  offers: number;
  mails: number;
  duplicateMails: number;
  differences: Difference[];
  /** Work the worker has not finished yet: an outbox row, a queued mail, a document's text. */
  pending: { searchOutbox: number; mailOutbox: number; documentText: number; matchQueue: number };
}

interface Expected {
  id: string;
  version: number;
  indexable: boolean;
  names: Record<string, string>;
}

/**
 * Compares, document by document, what Postgres says each index should hold (ids, versions, visibility, names)
 * with what it holds, and every mail of the outbox with what the SMTP receiver got. The expectations are written
 * here in SQL of their own, not through the indexer's loaders, so a bug there cannot hide itself.
 */
export async function compare(
  dataSource: DataSource,
  client: Client,
  prefix: string,
  received: ReceivedMail[],
): Promise<Comparison> {
  const differences: Difference[] = [];
  const profiles: Expected[] = (
    await dataSource.query(
      `SELECT r.id, r.version::int AS version, (r.status = 'published' AND r.visible_to_companies AND u.disabled_at IS NULL) AS indexable,
              u.first_name, u.last_name
         FROM internship_requests r JOIN users u ON u.id = r.student_id`,
    )
  ).map((row: Record<string, unknown>) => ({
    id: row.id as string,
    version: Number(row.version),
    indexable: row.indexable as boolean,
    names: { first_name: row.first_name as string, last_name: row.last_name as string },
  }));
  const offers: Expected[] = (
    await dataSource.query(
      `SELECT o.id, o.version::int AS version, o.status = 'published' AS indexable, c.name AS company_name
         FROM offers o JOIN companies c ON c.id = o.company_id`,
    )
  ).map((row: Record<string, unknown>) => ({
    id: row.id as string,
    version: Number(row.version),
    indexable: row.indexable as boolean,
    names: { company_name: row.company_name as string },
  }));
  differences.push(...(await compareIndex(client, `${prefix}${PROFILES_INDEX}`, profiles)));
  differences.push(...(await compareIndex(client, `${prefix}${OFFERS_INDEX}`, offers)));

  const mails: Array<{ id: string; status: string; recipient: string }> = await dataSource.query(
    `SELECT id, status, recipient FROM mail_outbox`,
  );
  const got = new Map<string, number>();
  for (const mail of received) {
    const id = /^<?([0-9a-f-]{36})@/.exec(mail.messageId)?.[1] ?? mail.messageId;
    got.set(id, (got.get(id) ?? 0) + 1);
  }
  for (const mail of mails) {
    if (mail.status === 'failed') differences.push({ where: 'mail', id: mail.id, what: 'failed for good' });
    else if (mail.status === 'sent' && !got.has(mail.id))
      differences.push({ where: 'mail', id: mail.id, what: 'marked sent, never received' });
  }
  const known = new Set(mails.map((mail) => mail.id));
  for (const id of got.keys())
    if (!known.has(id)) differences.push({ where: 'mail', id, what: 'received, not in the outbox' });

  const [pending] = await dataSource.query(
    `SELECT (SELECT count(*) FROM search_outbox WHERE processed_at IS NULL)::int AS "searchOutbox",
            (SELECT count(*) FROM mail_outbox WHERE status IN ('pending', 'queued'))::int AS "mailOutbox",
            (SELECT count(*) FROM documents WHERE text_status = 'pending')::int AS "documentText",
            (SELECT count(*) FROM offer_match_queue)::int AS "matchQueue"`,
  );
  return {
    profiles: profiles.length,
    offers: offers.length,
    mails: mails.length,
    duplicateMails: [...got.values()].filter((count) => count > 1).length,
    differences,
    pending,
  };
}

async function compareIndex(client: Client, alias: string, expected: Expected[]): Promise<Difference[]> {
  const differences: Difference[] = [];
  await client.indices.refresh({ index: alias });
  const fields = [...new Set(expected.flatMap((e) => Object.keys(e.names)))];
  const held = new Map<string, { version: number; source: Record<string, unknown> }>();
  // Point in time + search_after: every document once, however many.
  const pit = await client.openPointInTime({ index: alias, keep_alive: '1m' });
  try {
    let after: estypes.SortResults | undefined;
    for (;;) {
      const page = await client.search<Record<string, unknown>>({
        size: 1000,
        version: true,
        _source: fields,
        pit: { id: pit.id, keep_alive: '1m' },
        sort: [{ _shard_doc: 'asc' }],
        ...(after ? { search_after: after } : {}),
        query: { match_all: {} },
      });
      for (const hit of page.hits.hits) held.set(hit._id!, { version: hit._version!, source: hit._source ?? {} });
      if (page.hits.hits.length < 1000) break;
      after = page.hits.hits[page.hits.hits.length - 1].sort;
    }
  } finally {
    await client.closePointInTime({ id: pit.id }).catch(() => undefined);
  }
  for (const row of expected) {
    const doc = held.get(row.id);
    held.delete(row.id);
    if (!row.indexable) {
      if (doc)
        differences.push({
          where: alias,
          id: row.id,
          what: `held though not visible (version ${doc.version} of ${row.version})`,
        });
      continue;
    }
    if (!doc) {
      differences.push({ where: alias, id: row.id, what: `missing (version ${row.version})` });
      continue;
    }
    if (doc.version !== row.version)
      differences.push({ where: alias, id: row.id, what: `version ${doc.version}, Postgres ${row.version}` });
    for (const [field, value] of Object.entries(row.names)) {
      if (doc.source[field] !== value)
        differences.push({
          where: alias,
          id: row.id,
          what: `${field} "${String(doc.source[field])}", Postgres "${value}"`,
        });
    }
  }
  for (const id of held.keys()) differences.push({ where: alias, id, what: 'held, no such row in Postgres' });
  return differences;
}
