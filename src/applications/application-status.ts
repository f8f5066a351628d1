/** Where an application stands, as the company sets it. */
export enum ApplicationStatus {
  Received = 'received',
  Read = 'read',
  Shortlisted = 'shortlisted',
  Interview = 'interview',
  Rejected = 'rejected',
  Selected = 'selected',
}

const next: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  [ApplicationStatus.Received]: [
    ApplicationStatus.Read,
    ApplicationStatus.Shortlisted,
    ApplicationStatus.Interview,
    ApplicationStatus.Rejected,
    ApplicationStatus.Selected,
  ],
  [ApplicationStatus.Read]: [
    ApplicationStatus.Shortlisted,
    ApplicationStatus.Interview,
    ApplicationStatus.Rejected,
    ApplicationStatus.Selected,
  ],
  [ApplicationStatus.Shortlisted]: [
    ApplicationStatus.Interview,
    ApplicationStatus.Rejected,
    ApplicationStatus.Selected,
  ],
  [ApplicationStatus.Interview]: [
    ApplicationStatus.Shortlisted,
    ApplicationStatus.Rejected,
    ApplicationStatus.Selected,
  ],
  // Final: a rejection or a selection has been announced to the student.
  [ApplicationStatus.Rejected]: [],
  [ApplicationStatus.Selected]: [],
};

export function canMoveApplication(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return next[from].includes(to);
}

/**
 * Whether reaching this status answers the student (for the response deadline and the company's response rate).
 * Marking an application read does not: the student still waits for a decision.
 */
export function isAnswer(status: ApplicationStatus): boolean {
  return status !== ApplicationStatus.Received && status !== ApplicationStatus.Read;
}

/** What an application's timeline records. */
export enum ApplicationEventKind {
  Submitted = 'submitted',
  StatusChanged = 'status_changed',
  MessageToStudent = 'message_to_student',
  MessageToCompany = 'message_to_company',
  ReminderSent = 'reminder_sent',
}

/** The role a document plays in an application. */
export enum ApplicationDocumentRole {
  Cv = 'cv',
  Letter = 'letter',
  Other = 'other',
}
