import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The e-mail outbox: a row is written in the same transaction as the change that causes the mail, and the
 * worker relays it to the `mail` queue, so no mail is lost while Redis is down.
 */
export class MailOutbox1764353200000 implements MigrationInterface {
  name = 'MailOutbox1764353200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        template varchar(64) NOT NULL,
        locale varchar(2) NOT NULL CHECK (locale IN ('fr', 'en')),
        recipient varchar(320) NOT NULL,
        params jsonb NOT NULL DEFAULT '{}'::jsonb,
        status varchar(16) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'queued', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        queued_at timestamptz,
        sent_at timestamptz
      )`);
    // The relay reads the oldest pending rows and the queued rows that waited too long.
    await queryRunner.query('CREATE INDEX mail_outbox_status_created_at_idx ON mail_outbox (status, created_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE mail_outbox');
  }
}
