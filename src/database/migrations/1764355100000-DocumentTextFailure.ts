import { MigrationInterface, QueryRunner } from 'typeorm';

/** Why a document's text is unreadable (timeout, PDF bomb, damaged...), kept with the document. */
export class DocumentTextFailure1764355100000 implements MigrationInterface {
  name = 'DocumentTextFailure1764355100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE documents
        ADD COLUMN text_failure varchar(32)
          CHECK (text_failure IN ('damaged','timeout','out_of_memory','too_many_pages','stream_too_large','missing_file'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE documents DROP COLUMN text_failure`);
  }
}
