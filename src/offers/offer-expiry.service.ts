import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Offer } from './offer.entity';
import { OfferChangeRecorder } from './offer-change-recorder';
import { EXPIRABLE_STATUSES, OfferAction, OfferStatus } from './offer-status';

/** How many offers one transaction expires; the sweep loops until none are left. */
const BATCH = 100;

/** Moves offers past their application deadline to expired, as the system (null actor) with a history row each. */
@Injectable()
export class OfferExpiryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly recorder: OfferChangeRecorder,
  ) {}

  /** Returns how many offers it expired. Safe to run from several workers at once (rows are skipped if locked). */
  async expireDue(now: Date = new Date()): Promise<number> {
    let expired = 0;
    for (;;) {
      const done = await this.dataSource.transaction(async (manager) => {
        const due = await manager
          .createQueryBuilder(Offer, 'o')
          .where('o.status IN (:...statuses)', { statuses: EXPIRABLE_STATUSES })
          .andWhere('o.application_deadline <= :now', { now })
          .orderBy('o.application_deadline', 'ASC')
          .limit(BATCH)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        for (const offer of due) {
          await this.recorder.record(manager, offer, {
            action: OfferAction.Expired,
            actorId: null,
            set: { status: OfferStatus.Expired },
          });
        }
        return due.length;
      });
      expired += done;
      if (done < BATCH) return expired;
    }
  }
}
