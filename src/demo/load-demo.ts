import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { markStopping, runMain } from '../common/run-main';
import { loadConfig, loadDotEnv } from '../config/load-config';
import { ensureDatabaseReachable } from '../database/ensure-database-reachable';
import { DemoLoadReport, DemoLoaderService } from './demo-loader.service';
import { DemoModule } from './demo.module';

const USAGE = 'usage: npm run demo:load [-- --reset]';

/**
 * `npm run demo:load`: a small demo world to try every screen (see demo-world.ts). Running it again changes
 * nothing; `--reset` removes the demo data (and only it) and loads it afresh. The worker need not be running:
 * the PDFs' text is read once it runs.
 */
runMain('demo:load', async () => {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== '--reset');
  if (unknown.length > 0) throw new Error(`unknown argument ${unknown.join(' ')} (${USAGE})`);
  loadDotEnv();
  const config = loadConfig();
  // The demo's accounts share a password printed in the README: never on a production platform.
  if (config.env === 'production')
    throw new Error('refused with NODE_ENV=production: the demo accounts have a published password');
  await ensureDatabaseReachable(config);
  const app = await NestFactory.createApplicationContext(DemoModule.forRoot(config), {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  try {
    const report = await app.get(DemoLoaderService).load({ reset: args.includes('--reset') });
    process.stdout.write(summary(report));
  } finally {
    markStopping();
    await app.close();
  }
});

function summary(report: DemoLoadReport): string {
  const { counts, accounts, textExtraction, removed } = report;
  const lines: string[] = [];
  if (removed)
    lines.push(`demo: removed the previous demo data (${removed.users} accounts, ${removed.requests} requests)`);
  if (report.outcome === 'already-loaded') {
    lines.push(`demo: already loaded (${accounts[0].email} exists); nothing changed. Use --reset to load it afresh.`);
  } else {
    lines.push(
      `demo: loaded ${counts.universities} universities (${counts.programmes} programmes, ${counts.staff} staff), ` +
        `${counts.companies} companies (${counts.activeContacts} contacts, ${counts.pendingJoinRequests} pending join request), ` +
        `${counts.students} students with ${counts.requests} requests (${counts.visibleRequests} visible to companies), ` +
        `${counts.documents} PDFs`,
      `demo: text extraction queued for ${textExtraction.queued} PDFs` +
        (textExtraction.leftForSweep > 0
          ? `; ${textExtraction.leftForSweep} left for the worker's sweep (Redis unreachable?)`
          : '') +
        '; the worker reads them and indexes the requests',
    );
  }
  lines.push(`demo: every demo account's password is ${report.password}; accounts to start with:`);
  for (const account of accounts)
    lines.push(`  ${account.role.padEnd(18)} ${account.email.padEnd(46)} ${account.note}`);
  return `${lines.join('\n')}\n`;
}
