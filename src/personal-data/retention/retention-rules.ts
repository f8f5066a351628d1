import { RetentionSettings } from '../../config/app-config';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The instants one sweep compares with, all from the settings and the sweep's "now". */
export interface RetentionCutoffs {
  /** A document whose request's last activity is older than this is due to be warned about. */
  warnBefore: Date;
  /** … and purged once older than this, if warned at least `warningDays` ago. */
  purgeBefore: Date;
  warnedBefore: Date;
  /** The day a warning sent now announces. */
  purgeOn: Date;
  /** Accounts created before this and never confirmed are deleted. */
  unverifiedBefore: Date;
}

export function retentionCutoffs(settings: RetentionSettings, now: Date): RetentionCutoffs {
  const purgeBefore = new Date(now);
  purgeBefore.setUTCMonth(purgeBefore.getUTCMonth() - settings.documentsMonths);
  return {
    purgeBefore,
    warnBefore: new Date(purgeBefore.getTime() + settings.warningDays * DAY_MS),
    warnedBefore: new Date(now.getTime() - settings.warningDays * DAY_MS),
    purgeOn: new Date(now.getTime() + settings.warningDays * DAY_MS),
    unverifiedBefore: new Date(now.getTime() - settings.unverifiedDays * DAY_MS),
  };
}

/**
 * The documents a retention rule applies to: those attached to a request (CV, letter, others), not sent with an
 * application (those are the application's, kept while it exists). Their activity is the later of the request's last change
 * and the upload. `$1` is the cut-off instant.
 */
export const RETAINED_DOCUMENTS = `
  FROM documents d JOIN internship_requests r ON r.id = d.request_id
 WHERE NOT EXISTS (SELECT 1 FROM application_documents ad WHERE ad.document_id = d.id)
   AND greatest(r.updated_at, d.created_at) < $1`;
