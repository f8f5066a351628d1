import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditSource, InternshipAuditEntry } from './internship-audit.entity';

export interface AuditedAct {
  internshipId: string;
  action: string;
  source: AuditSource;
  actorId?: string | null;
  actorLabel?: string | null;
  stepKey?: string | null;
  details?: Record<string, unknown>;
}

/** Writes the audit of an act in the act's own transaction, so the record and its audit never disagree. */
@Injectable()
export class InternshipAudit {
  async record(manager: EntityManager, act: AuditedAct): Promise<void> {
    const entry = manager.create(InternshipAuditEntry, {
      internshipId: act.internshipId,
      at: new Date(),
      actorId: act.actorId ?? null,
      actorLabel: act.actorLabel ?? null,
      source: act.source,
      action: act.action,
      stepKey: act.stepKey ?? null,
      details: act.details ?? {},
    });
    await manager.save(entry);
  }
}
