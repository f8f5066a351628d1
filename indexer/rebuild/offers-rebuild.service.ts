import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../src/config/app-config';
import { OfferBulkWriter } from '../engine/offer-bulk.writer';
import { OffersIndexService } from '../engine/offers-index.service';
import { OfferState } from '../offers/offer-source';
import { IndexRebuilder } from './index-rebuilder';

/** The full rebuild of the offers index, with the same alias-swap rules as profiles (see IndexRebuilder). */
@Injectable()
export class OffersRebuildService extends IndexRebuilder<OfferState> {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    index: OffersIndexService,
    writer: OfferBulkWriter,
    config: AppConfig,
  ) {
    super(dataSource, index, writer, config.searchRebuild.bulkBytes);
  }
}
