import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../src/config/app-config';
import { SearchProjections } from '../core/search-projection';
import { IndexRebuilder } from './index-rebuilder';

/** The full rebuild of every registered projection, one IndexRebuilder each, in the registry's order. */
@Injectable()
export class SearchRebuilds {
  readonly all: readonly IndexRebuilder[];

  constructor(@InjectDataSource() dataSource: DataSource, projections: SearchProjections, config: AppConfig) {
    this.all = projections.all.map(
      (projection) =>
        new IndexRebuilder(dataSource, projection.index, projection.writer, config.searchRebuild.bulkBytes),
    );
  }

  /** The rebuild of one projection, by its index name (`profiles`, `offers`). */
  get(name: string): IndexRebuilder {
    const found = this.all.find((rebuilder) => rebuilder.index.definition.name === name);
    if (!found) throw new Error(`no search index named ${name}`);
    return found;
  }
}
