import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApiApp } from './api-app';
import { runMain } from './common/run-main';
import { stopOnSignals } from './common/stop-on-signals';
import { loadConfig, loadDotEnv } from './config/load-config';
import { ensureDatabaseReachable, ensureSchemaCurrent } from './database/ensure-database-reachable';

runMain('api', async () => {
  loadDotEnv();
  const config = loadConfig();
  await ensureDatabaseReachable(config);
  await ensureSchemaCurrent(config);
  const app = await createApiApp(config);
  stopOnSignals(app, 'api');
  await app.listen(config.http.port, config.http.host);
  new Logger('api').log(`listening on http://${config.http.host}:${config.http.port} (OpenAPI at /api/docs)`);
});
