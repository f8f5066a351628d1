import { Locale } from '../../common/i18n/locale';
import { AccountDeletedParams, accountDeleted } from './account-deleted';
import { AgreementSignatureReminderParams, agreementSignatureReminder } from './agreement-signature-reminder';
import { AgreementSignatureRequestParams, agreementSignatureRequest } from './agreement-signature-request';
import { AgreementSignedParams, agreementSigned } from './agreement-signed';
import { ApplicationMessageParams, applicationMessage } from './application-message';
import { ApplicationReceivedParams, applicationReceived } from './application-received';
import { ApplicationReminderParams, applicationReminder } from './application-reminder';
import { ApplicationStatusParams, applicationStatus } from './application-status';
import { CompanyApprovalDecisionParams, companyApprovalDecision } from './company-approval-decision';
import { CompanyJoinDecisionParams, companyJoinDecision } from './company-join-decision';
import { CompanyJoinRequestParams, companyJoinRequest } from './company-join-request';
import { DocumentsRetentionWarningParams, documentsRetentionWarning } from './documents-retention-warning';
import { DocumentUnreadableParams, documentUnreadable } from './document-unreadable';
import { EmailVerificationParams, emailVerification } from './email-verification';
import { InternshipCancelledParams, internshipCancelled } from './internship-cancelled';
import { InternshipLabelDecisionParams, internshipLabelDecision } from './internship-label-decision';
import { InternshipStepReturnedParams, internshipStepReturned } from './internship-step-returned';
import { InternshipStepTurnParams, internshipStepTurn } from './internship-step-turn';
import { MailDraft, MailTemplateDefinition, ParamRule } from './mail-draft';
import { MailContent, layOutMail } from './mail-layout';
import { MatchedOffersDigestParams, matchedOffersDigest } from './matched-offers-digest';
import { PasswordResetParams, passwordReset } from './password-reset';
import { JournalDifficultyParams, journalDifficulty } from './journal-difficulty';
import { StepEscalationParams, stepEscalation } from './step-escalation';
import { StepReminderParams, stepReminder } from './step-reminder';

/** The params each template reads, by template name: the one list to extend with a new template. */
export interface MailParamsByTemplate {
  internship_step_turn: InternshipStepTurnParams;
  internship_label_decision: InternshipLabelDecisionParams;
  internship_step_returned: InternshipStepReturnedParams;
  internship_cancelled: InternshipCancelledParams;
  email_verification: EmailVerificationParams;
  password_reset: PasswordResetParams;
  company_join_request: CompanyJoinRequestParams;
  company_join_decision: CompanyJoinDecisionParams;
  company_approval_decision: CompanyApprovalDecisionParams;
  document_unreadable: DocumentUnreadableParams;
  matched_offers_digest: MatchedOffersDigestParams;
  application_received: ApplicationReceivedParams;
  application_status: ApplicationStatusParams;
  application_message: ApplicationMessageParams;
  application_reminder: ApplicationReminderParams;
  agreement_signature_request: AgreementSignatureRequestParams;
  agreement_signature_reminder: AgreementSignatureReminderParams;
  agreement_signed: AgreementSignedParams;
  journal_difficulty: JournalDifficultyParams;
  step_reminder: StepReminderParams;
  step_escalation: StepEscalationParams;
  account_deleted: AccountDeletedParams;
  documents_retention_warning: DocumentsRetentionWarningParams;
}

export type MailTemplate = keyof MailParamsByTemplate;
export type MailParams<T extends MailTemplate> = MailParamsByTemplate[T];

const mailTemplates: { readonly [T in MailTemplate]: MailTemplateDefinition<MailParamsByTemplate[T]> } = {
  internship_step_turn: internshipStepTurn,
  internship_label_decision: internshipLabelDecision,
  internship_step_returned: internshipStepReturned,
  internship_cancelled: internshipCancelled,
  email_verification: emailVerification,
  password_reset: passwordReset,
  company_join_request: companyJoinRequest,
  company_join_decision: companyJoinDecision,
  company_approval_decision: companyApprovalDecision,
  document_unreadable: documentUnreadable,
  matched_offers_digest: matchedOffersDigest,
  application_received: applicationReceived,
  application_status: applicationStatus,
  application_message: applicationMessage,
  application_reminder: applicationReminder,
  agreement_signature_request: agreementSignatureRequest,
  agreement_signature_reminder: agreementSignatureReminder,
  agreement_signed: agreementSigned,
  journal_difficulty: journalDifficulty,
  step_reminder: stepReminder,
  step_escalation: stepEscalation,
  account_deleted: accountDeleted,
  documents_retention_warning: documentsRetentionWarning,
};

export const MAIL_TEMPLATES = Object.keys(mailTemplates) as MailTemplate[];

export function isMailTemplate(name: string): name is MailTemplate {
  return Object.hasOwn(mailTemplates, name);
}

/**
 * Throws unless `params` holds exactly the template's params, each valid. A failure is a programming error
 * in the caller, so it is reported before any row is written.
 */
export function checkMailParams(template: string, params: Record<string, unknown>): void {
  if (!isMailTemplate(template)) throw new Error(`unknown mail template "${template}"`);
  const rules: Record<string, ParamRule> = mailTemplates[template].params;
  const problems = [
    ...Object.entries(rules).flatMap(([name, rule]) => {
      const problem = checkParam(params[name], rule);
      return problem ? [`${name} ${problem}`] : [];
    }),
    ...Object.keys(params)
      .filter((name) => !Object.hasOwn(rules, name))
      .map((name) => `${name} is not a param of this template`),
  ];
  if (problems.length > 0) throw new Error(`mail template "${template}": ${problems.join('; ')}`);
}

/** The subject, text and HTML of one mail; checks the params first. */
export function renderMail(template: string, locale: Locale, params: Record<string, unknown>): MailContent {
  checkMailParams(template, params);
  // checkMailParams has just proven that params fit this template's draft.
  const draft: (params: never) => MailDraft = mailTemplates[template as MailTemplate].drafts[locale];
  return layOutMail(draft(params as never), locale);
}

function checkParam(value: unknown, rule: ParamRule): string | undefined {
  if (value === undefined) return 'is missing';
  if (rule === 'optional-text') return typeof value === 'string' ? undefined : 'must be a string';
  if (typeof value !== 'string' || value.trim() === '') return 'must be a non-empty string';
  if (rule === 'url') return isWebUrl(value) ? undefined : 'must be an http(s) URL';
  if (Array.isArray(rule) && !rule.includes(value)) return `must be one of ${rule.join(', ')}`;
  return undefined;
}

function isWebUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
