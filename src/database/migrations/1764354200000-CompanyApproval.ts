import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A company registered through the platform waits for approval (by an admin, or by a programme manager of the
 * university it names as its partner) before its contacts may read student profiles and CVs or publish offers.
 * Companies that exist already keep their access: they are approved.
 */
export class CompanyApproval1764354200000 implements MigrationInterface {
  name = 'CompanyApproval1764354200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE companies
        ADD COLUMN approval_status varchar(16) NOT NULL DEFAULT 'approved'
          CHECK (approval_status IN ('pending', 'approved', 'rejected')),
        ADD COLUMN partner_university_id uuid REFERENCES universities(id) ON DELETE SET NULL,
        ADD COLUMN approval_decided_at timestamptz,
        ADD COLUMN approval_decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
        ADD COLUMN approval_reason text CHECK (length(approval_reason) <= 2000)`);
    // The approval queues: everything pending (admins), pending per partner university (programme managers).
    await q.query(
      `CREATE INDEX companies_pending_idx ON companies (partner_university_id, created_at) WHERE approval_status = 'pending'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX companies_pending_idx');
    await q.query(`
      ALTER TABLE companies
        DROP COLUMN approval_reason, DROP COLUMN approval_decided_by, DROP COLUMN approval_decided_at,
        DROP COLUMN partner_university_id, DROP COLUMN approval_status`);
  }
}
