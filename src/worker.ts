import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loggerLevels } from './api-app';
import { runMain } from './common/run-main';
import { stopOnSignals } from './common/stop-on-signals';
import { loadConfig, loadDotEnv } from './config/load-config';
import { ensureDatabaseReachable, ensureSchemaCurrent } from './database/ensure-database-reachable';
import { WorkerModule } from './worker.module';

runMain('worker', async () => {
  loadDotEnv();
  const config = loadConfig();
  await ensureDatabaseReachable(config);
  await ensureSchemaCurrent(config);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: loggerLevels(config.logLevel),
  });
  stopOnSignals(app, 'worker');
  new Logger('worker').log('consuming queues');
});
