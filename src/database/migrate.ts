import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig, loadDotEnv } from '../config/load-config';
import { runMain } from '../common/run-main';
import { ensureDatabaseReachable } from './ensure-database-reachable';
import { dataSourceOptions } from './data-source-options';

/** `npm run migration:run` applies pending migrations; `--revert` undoes the last one. */
runMain('migrate', async () => {
  loadDotEnv();
  const config = loadConfig();
  await ensureDatabaseReachable(config);
  const dataSource = new DataSource(dataSourceOptions(config));
  await dataSource.initialize();
  try {
    if (process.argv.includes('--revert')) {
      const last = await lastAppliedMigration(dataSource);
      if (!last) {
        console.log('migrations: nothing to revert');
        return;
      }
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log(`migrations: reverted ${last}`);
    } else {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      console.log(`migrations: ${applied.length} applied${applied.map((m) => `\n  ${m.name}`).join('')}`);
    }
  } finally {
    await dataSource.destroy();
  }
});

async function lastAppliedMigration(dataSource: DataSource): Promise<string | null> {
  const table = String(dataSource.options.migrationsTableName);
  const [{ present }] = (await dataSource.query('SELECT to_regclass($1) IS NOT NULL AS present', [table])) as Array<{
    present: boolean;
  }>;
  if (!present) return null;
  const [last] = (await dataSource.query(`SELECT name FROM "${table}" ORDER BY id DESC LIMIT 1`)) as Array<{
    name: string;
  }>;
  return last?.name ?? null;
}
