import { Global, Module, OnApplicationShutdown, Inject } from '@nestjs/common';
import { Client } from '@elastic/elasticsearch';
import { AppConfig } from '../config/app-config';
import { IndexLayout } from './index-layout';
import { IndexNames } from './index-names';
import { createElasticsearchClient } from './elasticsearch-client';

/** The one Elasticsearch client of a process, and the naming of its indices. */
@Global()
@Module({
  providers: [
    {
      provide: Client,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => createElasticsearchClient(config),
    },
    {
      provide: IndexNames,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new IndexNames(config.elasticsearch.indexPrefix),
    },
    {
      provide: IndexLayout,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new IndexLayout(config.elasticsearch.shards, config.elasticsearch.replicas),
    },
  ],
  exports: [Client, IndexNames, IndexLayout],
})
export class ElasticsearchModule implements OnApplicationShutdown {
  constructor(@Inject(Client) private readonly client: Client) {}

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }
}
