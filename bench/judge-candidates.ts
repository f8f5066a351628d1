import 'reflect-metadata';
import { Client } from '@elastic/elasticsearch';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { OFFERS_INDEX } from '../indexer/offers/offer-document';
import { PROFILES_INDEX } from '../indexer/profiles/profile-document';
import { SearchRebuilds } from '../indexer/rebuild/search-rebuilds';
import { SearchIndexCoreModule } from '../indexer/search-index-core.module';
import { CandidateRanker } from '../src/candidates/candidate-ranker';
import { runMain } from '../src/common/run-main';
import { AppConfig } from '../src/config/app-config';
import { ConfigModule } from '../src/config/config.module';
import { loadConfig, loadDotEnv } from '../src/config/load-config';
import { DatabaseModule } from '../src/database/database.module';
import { OfferMatcherService } from '../src/matched-offers/offer-matcher.service';
import { Offer } from '../src/offers/offer.entity';
import { ReferenceModule } from '../src/reference/reference.module';
import { ProfilesSearchIndex } from '../src/search/profiles-search-index';
import { IndexNames } from '../src/elasticsearch/index-names';
import { ElasticsearchModule } from '../src/elasticsearch/elasticsearch.module';
import { dropDatabase, migrate, recreateDatabase, withDatabase } from './bench-database';
import { Baselines } from './judge-baselines';
import { scoreMatchedOffers } from './judge-metrics';
import { matchedOffersTable, nearMissTable, perOfferTable, summaryTable } from './judge-report';
import { judgeCandidates, judgeMatchedOffers } from './judge-run';
import { JUDGED_OFFERS, JUDGED_REQUESTS, JUDGEMENTS, loadJudgedSet } from './judged-set';

// Names of this run only: helpers tuning in other worktrees may judge at the same time.
const RUN = randomBytes(3).toString('hex');
const DATABASE = `semsem_judge_${RUN}`;
const INDEX_PREFIX = `judge_${RUN}_`;

/**
 * `npm run judge:candidates [-- --keep] [--out file.md] [--json file.json]`: loads the judged set (bench/judged/,
 * its README has the rubric) into a database and an index prefix of its own, CVs and letters as real PDFs read by
 * the service's extractor, then prints nDCG@10 and P@5 of the service's candidate ranking (configured weights:
 * MATCHING_* from the environment or .env) and of three baselines, per offer and on the mean, and the
 * matched-offers direction (precision of the offers sent, nDCG@10 per request). `--keep` leaves the database and
 * indices (their names are printed); `--out` also writes the report, `--json` the scores and ranked lists behind it.
 */
runMain('judge:candidates', async () => {
  loadDotEnv();
  const adminUrl = withDatabase(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', 'postgres');
  const config = loadConfig({
    // Only Postgres and Elasticsearch are used; the rest needs a valid value, not a working service.
    ELASTICSEARCH_URL: 'http://127.0.0.1:9200',
    REDIS_URL: 'redis://127.0.0.1:6379',
    AUTH_JWT_SECRET: randomBytes(32).toString('hex'),
    ...process.env,
    DATABASE_URL: withDatabase(adminUrl, DATABASE),
    ELASTICSEARCH_INDEX_PREFIX: INDEX_PREFIX,
    QUEUE_PREFIX: `semsem_judge_${RUN}`,
  });
  await recreateDatabase(adminUrl, DATABASE);
  await migrate(config);
  const app = await NestFactory.createApplicationContext(JudgeModule.with(config), { logger: ['error', 'warn'] }).catch(
    async (error: unknown) => {
      await dropDatabase(adminUrl, DATABASE);
      throw error;
    },
  );
  try {
    const dataSource = app.get<DataSource>(getDataSourceToken());
    const started = Date.now();
    const loaded = await loadJudgedSet(dataSource);
    await app.get(SearchRebuilds).get(PROFILES_INDEX).rebuild();
    await app.get(SearchRebuilds).get(OFFERS_INDEX).rebuild();
    const loadSeconds = (Date.now() - started) / 1000;
    const ranker = app.get(CandidateRanker);
    const rows = await judgeCandidates(
      { ranker, baselines: new Baselines(app.get(Client), app.get(IndexNames)), dataSource },
      loaded,
      JUDGEMENTS,
    );
    const sent = await judgeMatchedOffers({ matcher: app.get(OfferMatcherService), dataSource }, loaded, JUDGEMENTS);
    const truth = readTruth();
    const report = [
      `judged set: ${JUDGED_OFFERS.length} offers, ${JUDGED_REQUESTS.length} requests (loaded in ${loadSeconds.toFixed(0)} s); ` +
        `run ${new Date().toISOString().slice(0, 16)}Z, load average ${loadavg()
          .map((x) => x.toFixed(2))
          .join(' ')}`,
      '',
      '## Candidates of an offer',
      '',
      summaryTable(rows),
      perOfferTable(rows),
      '## Near misses in the top 10',
      '',
      nearMissTable(rows, truth),
      '## Matched offers of a request',
      '',
      matchedOffersTable(scoreMatchedOffers(sent)),
      `Service ranking settings: ${JSON.stringify(ranker.settings)}`,
      '',
    ].join('\n');
    process.stdout.write(report);
    if (process.argv.includes('--keep')) process.stdout.write(`kept: database ${DATABASE}, indices ${INDEX_PREFIX}*\n`);
    const out = argument('--out');
    if (out) writeFileSync(out, report);
    // Everything behind the tables, for tuning scripts: per offer the scores and each ranker's top 20 request keys.
    const json = argument('--json');
    if (json)
      writeFileSync(
        json,
        JSON.stringify(
          {
            offers: rows,
            matchedOffers: {
              score: scoreMatchedOffers(sent),
              sent: sent.map(({ request, sent: offers }) => ({ request, offers })),
            },
          },
          null,
          1,
        ),
      );
  } finally {
    if (!process.argv.includes('--keep')) await dropIndices(app.get(Client));
    await app.close();
    if (!process.argv.includes('--keep')) await dropDatabase(adminUrl, DATABASE);
  }
});

/** The run's indices, by name (wildcard deletes are refused by the node). */
async function dropIndices(client: Client): Promise<void> {
  const indices = Object.keys(
    await client.indices.get({ index: `${INDEX_PREFIX}*`, allow_no_indices: true, ignore_unavailable: true }),
  );
  if (indices.length > 0) await client.indices.delete({ index: indices });
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** The hidden true profiles: read here only to name the near misses in the report, never by a ranker. */
function readTruth(): Map<string, { kind: string; aimedAt: string }> {
  const path = join(__dirname, '..', '..', 'bench', 'judged', 'truth.json');
  const truth = JSON.parse(readFileSync(path, 'utf8')) as {
    requests: Array<{ key: string; kind: string; aimedAt: string }>;
  };
  return new Map(truth.requests.map((t) => [t.key, t]));
}

@Module({})
class JudgeModule {
  static with(config: AppConfig) {
    return {
      module: JudgeModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        TypeOrmModule.forFeature([Offer]),
        ElasticsearchModule,
        SearchIndexCoreModule,
        ReferenceModule,
      ],
      providers: [CandidateRanker, ProfilesSearchIndex, OfferMatcherService],
    };
  }
}
