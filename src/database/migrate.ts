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
      await dataSource.undoLastMigration({ transaction: 'each' });
    } else {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      console.log(`migrations: ${applied.length} applied${applied.map((m) => `\n  ${m.name}`).join('')}`);
    }
  } finally {
    await dataSource.destroy();
  }
});
