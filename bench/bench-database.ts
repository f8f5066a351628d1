import { Client } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig } from '../src/config/app-config';
import { dataSourceOptions } from '../src/database/data-source-options';

/** The URL of the same server with another database name. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database of the bench's own (any previous one of that name is dropped). */
export async function recreateDatabase(adminUrl: string, name: string): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(name))
    throw new Error(`bench database name must be lowercase letters, digits or _: ${name}`);
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** The service's own migrations, through its own data-source options: the bench schema is the service's schema. */
export async function migrate(config: AppConfig): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(config));
  await dataSource.initialize();
  try {
    return (await dataSource.runMigrations({ transaction: 'each' })).map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

/** A data source on the bench database with the entities the bench writes through (the request change path). */
export async function openDataSource(
  config: AppConfig,
  entities: NonNullable<DataSourceOptions['entities']>,
): Promise<DataSource> {
  const dataSource = new DataSource({
    ...dataSourceOptions(config),
    entities,
    logging: ['error'],
  } as DataSourceOptions);
  return dataSource.initialize();
}
