import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../src/config/app-config';
import { SmtpReceiver } from './smtp-receiver';
import { createTestDatabase, startApi, startWorker, testConfig, TestDatabase } from './test-stack';

/** The API and a worker on the real stack, with their own database and a real SMTP receiver. */
export class TestPlatform {
  private constructor(
    readonly database: TestDatabase,
    readonly smtp: SmtpReceiver,
    readonly config: AppConfig,
    readonly api: INestApplication,
    readonly worker: INestApplicationContext | null,
  ) {}

  static async start(options: { worker?: boolean; env?: Record<string, string> } = {}): Promise<TestPlatform> {
    const database = await createTestDatabase();
    const smtp = await SmtpReceiver.start();
    const config = testConfig(database, { SMTP_URL: smtp.url, ...options.env });
    const api = await startApi(config);
    const worker = options.worker === false ? null : await startWorker(config);
    return new TestPlatform(database, smtp, config, api, worker);
  }

  /** A supertest agent on the API; pass an access token to call as someone. */
  http(accessToken?: string) {
    const server = this.api.getHttpServer();
    const withAuth = <T extends request.Test>(test: T) =>
      accessToken ? test.set('authorization', `Bearer ${accessToken}`) : test;
    return {
      get: (url: string) => withAuth(request(server).get(apiPath(url))),
      post: (url: string) => withAuth(request(server).post(apiPath(url))),
      patch: (url: string) => withAuth(request(server).patch(apiPath(url))),
      put: (url: string) => withAuth(request(server).put(apiPath(url))),
      delete: (url: string) => withAuth(request(server).delete(apiPath(url))),
    };
  }

  get dataSource(): DataSource {
    return this.api.get<DataSource>(getDataSourceToken());
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.api.close();
    await this.smtp.close();
    await this.database.drop();
  }
}

/** Specs name API routes without the /api prefix (as the OpenAPI paths do); URLs already under /api pass as they are. */
export function apiPath(url: string): string {
  return url.startsWith('/api/') ? url : `/api${url}`;
}
