import { Global, Module, OnApplicationShutdown, Inject } from '@nestjs/common';
import { Client } from '@elastic/elasticsearch';
import { AppConfig } from '../config/app-config';
import { IndexNames } from './index-names';

/** The one Elasticsearch client of a process, and the naming of its indices. */
@Global()
@Module({
  providers: [
    {
      provide: Client,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        new Client({ node: config.elasticsearch.url, requestTimeout: 30_000, maxRetries: 2 }),
    },
    {
      provide: IndexNames,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new IndexNames(config.elasticsearch.indexPrefix),
    },
  ],
  exports: [Client, IndexNames],
})
export class SearchEngineModule implements OnApplicationShutdown {
  constructor(@Inject(Client) private readonly client: Client) {}

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }
}
