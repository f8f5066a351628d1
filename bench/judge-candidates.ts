import 'reflect-metadata';
import { Client } from '@elastic/elasticsearch';
import { Module } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ProfilesRebuildService } from '../indexer/rebuild/profiles-rebuild.service';
import { SearchIndexCoreModule } from '../indexer/search-index-core.module';
import { PROFILES_INDEX } from '../indexer/profiles/profile-document';
import { CandidateRanker } from '../src/candidates/candidate-ranker';
import { mean, ndcgAt, precisionAt } from '../src/candidates/evaluation/ranking-metrics';
import { NO_HARD_FILTERS } from '../src/candidates/query/candidate-search.query';
import { RankingSettings } from '../src/candidates/wanted-profile';
import { runMain } from '../src/common/run-main';
import { AppConfig } from '../src/config/app-config';
import { ConfigModule } from '../src/config/config.module';
import { loadConfig, loadDotEnv } from '../src/config/load-config';
import { DatabaseModule } from '../src/database/database.module';
import { Offer } from '../src/offers/offer.entity';
import { emptySelection, ProfileSort } from '../src/search/profile-search-criteria';
import { ProfilesSearchIndex } from '../src/search/profiles-search-index';
import { IndexNames } from '../src/search-engine/index-names';
import { SearchEngineModule } from '../src/search-engine/search-engine.module';
import { dropDatabase, migrate, recreateDatabase, withDatabase } from './bench-database';
import { JUDGED_OFFERS, JUDGED_REQUESTS, JUDGEMENTS, LoadedSet, loadJudgedSet } from './judged-set';

const DATABASE = 'semsem_judge';
const INDEX_PREFIX = 'judge_';
const K_NDCG = 10;
const K_PRECISION = 5;

/**
 * `npm run judge:candidates [-- --keep]`: loads the judged set (bench/judged/) into a database and an index prefix of
 * its own, ranks each offer's candidates with the configured weights (CANDIDATES_* from the environment or .env)
 * and with a keyword-only baseline, and prints nDCG@10 and precision@5 of both. `--keep` leaves the database.
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
    QUEUE_PREFIX: 'semsem_judge',
  });
  await recreateDatabase(adminUrl, DATABASE);
  await migrate(config);
  const app = await NestFactory.createApplicationContext(JudgeModule.with(config), { logger: ['error', 'warn'] });
  try {
    const loaded = await loadJudgedSet(app.get<DataSource>(getDataSourceToken()));
    await app.get(ProfilesRebuildService).rebuild();
    process.stdout.write(`judged set: ${JUDGED_OFFERS.length} offers, ${JUDGED_REQUESTS.length} requests\n\n`);
    const ranker = app.get(CandidateRanker);
    const rows = await judgeAll(ranker, app.get(Client), app.get(IndexNames), app.get<DataSource>(getDataSourceToken()), loaded);
    process.stdout.write(report(rows, ranker.settings));
  } finally {
    await app.close();
    if (!process.argv.includes('--keep')) await dropDatabase(adminUrl, DATABASE);
  }
});

@Module({})
class JudgeModule {
  static with(config: AppConfig) {
    return {
      module: JudgeModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, TypeOrmModule.forFeature([Offer]), SearchEngineModule, SearchIndexCoreModule],
      providers: [CandidateRanker, ProfilesSearchIndex],
    };
  }
}

interface Row {
  offer: string;
  ranking: { ndcg: number | null; precision: number };
  baseline: { ndcg: number | null; precision: number };
}

async function judgeAll(ranker: CandidateRanker, client: Client, names: IndexNames, dataSource: DataSource, loaded: LoadedSet): Promise<Row[]> {
  const rows: Row[] = [];
  for (const judged of JUDGED_OFFERS) {
    const offer = await dataSource.getRepository(Offer).findOneByOrFail({ id: loaded.offerIds.get(judged.key)! });
    const grades = new Map(Object.entries(JUDGEMENTS[judged.key] ?? {}));
    const profile = await ranker.wantedProfile(offer);
    const ranked = await ranker.search(
      profile,
      { q: null, selected: emptySelection(), sections: [], languages: [], availableFrom: null, availableTo: null, sort: ProfileSort.Relevance, limit: K_NDCG, after: null },
      NO_HARD_FILTERS,
    );
    const ranking = keysOf(ranked?.hits.hits ?? [], loaded).slice(0, K_NDCG);
    const baseline = keysOf((await keywordBaseline(client, names, offer)).hits.hits, loaded);
    rows.push({
      offer: `${judged.key} ${judged.title}`,
      ranking: { ndcg: ndcgAt(ranking, grades, K_NDCG), precision: precisionAt(ranking, grades, K_PRECISION) },
      baseline: { ndcg: ndcgAt(baseline, grades, K_NDCG), precision: precisionAt(baseline, grades, K_PRECISION) },
    });
  }
  return rows;
}

function keysOf(hits: Array<{ _id?: string | null }>, loaded: LoadedSet): string[] {
  return hits.map((hit) => loaded.requestKeys.get(hit._id ?? '') ?? '?');
}

/**
 * The keyword-only baseline: the offer's title and skills as free words against everything the student wrote
 * (BM25 over all_text, title and keywords boosted as in the guided search), no structured criterion.
 */
function keywordBaseline(client: Client, names: IndexNames, offer: Offer) {
  const words = [offer.title, ...offer.skills].join(' ');
  return client.search({
    index: names.alias(PROFILES_INDEX),
    size: K_NDCG,
    _source: false,
    query: {
      bool: {
        should: [{ match: { all_text: words } }, { multi_match: { query: words, fields: ['title^3', 'keywords^3'] } }],
        minimum_should_match: 1,
      },
    },
  });
}

function report(rows: Row[], settings: RankingSettings): string {
  const f = (value: number | null) => (value === null ? '  –  ' : value.toFixed(3));
  const lines = [
    `| offer | nDCG@${K_NDCG} ranking | nDCG@${K_NDCG} keywords | P@${K_PRECISION} ranking | P@${K_PRECISION} keywords |`,
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.offer} | ${f(r.ranking.ndcg)} | ${f(r.baseline.ndcg)} | ${f(r.ranking.precision)} | ${f(r.baseline.precision)} |`),
    `| **mean** | **${f(mean(rows.map((r) => r.ranking.ndcg)))}** | **${f(mean(rows.map((r) => r.baseline.ndcg)))}** | ` +
      `**${f(mean(rows.map((r) => r.ranking.precision)))}** | **${f(mean(rows.map((r) => r.baseline.precision)))}** |`,
  ];
  return `${lines.join('\n')}\n\nRelevant for precision: grade ≥ 2. Settings: ${JSON.stringify(settings)}\n`;
}
