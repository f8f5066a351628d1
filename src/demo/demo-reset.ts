import { EntityManager } from 'typeorm';
import { OffersOutbox } from '../../indexer/offers/offers-outbox';
import { ProfilesOutbox } from '../../indexer/profiles/profiles-outbox';
import { DEMO_EMAIL_DOMAIN } from './demo-people';
import { DemoWorld } from './demo-world';

export interface DemoRemoval {
  users: number;
  requests: number;
  /** Files to delete from the document storage once the transaction has committed. */
  storageKeys: string[];
}

/**
 * Removes the demo world inside the caller's transaction: the accounts under the demo domain with everything that
 * hangs off them, and the demo universities and companies those accounts belong to. Nothing else is touched: if
 * other data points at a demo organisation (someone registered into a demo programme, joined a demo company…),
 * a foreign key refuses the delete and the whole transaction rolls back.
 * The removed requests get search outbox rows, so the worker drops them from the index.
 */
export async function removeDemoWorld(
  manager: EntityManager,
  world: DemoWorld,
  outbox: { profiles: ProfilesOutbox; offers: OffersOutbox },
): Promise<DemoRemoval> {
  const ids = async (sql: string, params: unknown[]): Promise<string[]> =>
    ((await manager.query(sql, params)) as Array<{ id: string }>).map((row) => row.id);

  const userIds = await ids(`SELECT id FROM users WHERE lower(email) LIKE $1`, [`%@${DEMO_EMAIL_DOMAIN}`]);
  if (userIds.length === 0) return { users: 0, requests: 0, storageKeys: [] };
  const companyIds = await ids(
    `SELECT DISTINCT c.id FROM companies c JOIN company_memberships m ON m.company_id = c.id
      WHERE m.user_id = ANY ($1::uuid[]) AND c.name = ANY ($2::text[])`,
    [userIds, world.companies.map((company) => company.name)],
  );
  const universityIds = await ids(
    `SELECT DISTINCT un.id FROM universities un JOIN users u ON u.university_id = un.id
      WHERE u.id = ANY ($1::uuid[]) AND un.name = ANY ($2::text[])`,
    [userIds, world.universities.map((university) => university.name)],
  );
  const requestIds = await ids(`SELECT id FROM internship_requests WHERE student_id = ANY ($1::uuid[])`, [userIds]);
  const keys: Array<{ storage_key: string }> = await manager.query(
    `SELECT storage_key FROM documents WHERE owner_id = ANY ($1::uuid[])`,
    [userIds],
  );

  const offerIds = await ids(`SELECT id FROM offers WHERE company_id = ANY ($1::uuid[])`, [companyIds]);
  await outbox.profiles.requestsChanged(manager, requestIds);
  // Offers (with their applications) go with their companies; the offers index must drop them too.
  await outbox.offers.offersChanged(manager, offerIds);
  await manager.query(`DELETE FROM company_memberships WHERE user_id = ANY ($1::uuid[])`, [userIds]);
  // Applications first: the files they hold are protected from deletion while an application refers to them.
  await manager.query(`DELETE FROM applications WHERE student_id = ANY ($1::uuid[])`, [userIds]);
  // Offers may target the demo programmes and universities.
  await manager.query(`DELETE FROM offers WHERE id = ANY ($1::uuid[])`, [offerIds]);
  // Students next: their profiles point at the programmes; requests, documents and history go with them.
  await manager.query(`DELETE FROM users WHERE id = ANY ($1::uuid[]) AND role = 'student'`, [userIds]);
  await manager.query(`DELETE FROM programmes WHERE university_id = ANY ($1::uuid[])`, [universityIds]);
  await manager.query(`DELETE FROM users WHERE id = ANY ($1::uuid[])`, [userIds]);
  await manager.query(`DELETE FROM companies WHERE id = ANY ($1::uuid[])`, [companyIds]);
  await manager.query(`DELETE FROM universities WHERE id = ANY ($1::uuid[])`, [universityIds]);
  return { users: userIds.length, requests: requestIds.length, storageKeys: keys.map((row) => row.storage_key) };
}
