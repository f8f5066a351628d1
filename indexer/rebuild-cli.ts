import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { markStopping, runMain } from '../src/common/run-main';
import { AppConfig } from '../src/config/app-config';
import { ConfigModule } from '../src/config/config.module';
import { loadConfig, loadDotEnv } from '../src/config/load-config';
import { DatabaseModule } from '../src/database/database.module';
import { ensureDatabaseReachable } from '../src/database/ensure-database-reachable';
import { ElasticsearchModule } from '../src/elasticsearch/elasticsearch.module';
import { RebuildProgress } from './rebuild/index-rebuilder';
import { SearchRebuilds } from './rebuild/search-rebuilds';
import { SearchIndexCoreModule } from './search-index-core.module';

/** `npm run search:rebuild`: the nightly job's code for every index, run now, with a progress bar on a terminal. */
runMain('search:rebuild', async () => {
  loadDotEnv();
  const config = loadConfig();
  await ensureDatabaseReachable(config);
  const app = await NestFactory.createApplicationContext(CliModule.with(config), { logger: ['error', 'warn', 'log'] });
  try {
    // Every index, one after the other, with the same alias-swap rules.
    for (const rebuilder of app.get(SearchRebuilds).all) {
      const name = rebuilder.index.definition.name;
      const report = await rebuilder.rebuild(progressPrinter(name));
      process.stdout.write(`\n${name}: ${JSON.stringify(report, null, 2)}\n`);
    }
  } finally {
    markStopping();
    await app.close();
  }
});

@Module({})
class CliModule {
  static with(config: AppConfig) {
    return {
      module: CliModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, ElasticsearchModule, SearchIndexCoreModule],
    };
  }
}

function progressPrinter(name: string): (progress: RebuildProgress) => void {
  let lastLine = 0;
  return ({ loaded, total }) => {
    const ratio = total === 0 ? 1 : loaded / total;
    if (process.stdout.isTTY) {
      const width = 30;
      const filled = Math.round(ratio * width);
      process.stdout.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${loaded}/${total} ${name}`);
    } else if (Date.now() - lastLine > 2000 || loaded === total) {
      lastLine = Date.now();
      process.stdout.write(`rebuild: ${loaded}/${total} ${name} (${Math.round(ratio * 100)} %)\n`);
    }
  };
}
