import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { mask } from '../config/load-config';
import { dataSourceOptions } from './data-source-options';

/**
 * Postgres is the source of truth, so a process does not start without it. One quick connection
 * before Nest boots gives a message that names the variable instead of TypeORM's retry noise.
 */
export async function ensureDatabaseReachable(config: AppConfig): Promise<void> {
  const client = new Client({ connectionString: config.database.url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot use DATABASE_URL=${mask(config.database.url)}: ${reason}`, { cause: error });
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A process refuses to serve on a schema older than its code: the fix is one command, so name it. */
export async function ensureSchemaCurrent(config: AppConfig): Promise<void> {
  const dataSource = new DataSource({ ...dataSourceOptions(config), logging: false });
  await dataSource.initialize();
  try {
    if (await dataSource.showMigrations()) {
      throw new Error('the database schema is behind the code: run `npm run migration:run` first');
    }
  } finally {
    await dataSource.destroy();
  }
}
