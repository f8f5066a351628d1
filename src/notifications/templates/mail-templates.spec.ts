import { Locale } from '../../common/i18n/locale';
import { MAIL_TEMPLATES, MailTemplate, checkMailParams, renderMail } from './mail-templates';

const link = 'https://semsem.example/verify-email?token=abc&x=1';
const sample: Record<MailTemplate, Record<string, string>> = {
  internship_step_turn: {
    firstName: 'Karim',
    studentName: 'Amina Trabelsi',
    stepName: 'Bilan intermédiaire',
    action: 'validate',
    dueOn: '1 mars 2027',
    link,
  },
  internship_label_decision: {
    firstName: 'Amina',
    studentName: 'Amina Trabelsi',
    decision: 'granted',
    reason: '',
    code: 'ABCDEFGH2345',
    link,
  },
  internship_step_returned: {
    firstName: 'Amina',
    studentName: 'Amina Trabelsi',
    stepName: 'Bilan intermédiaire',
    returnedBy: 'Karim Ben Ali',
    comment: 'Détaillez les mesures.',
    link,
  },
  internship_cancelled: {
    firstName: 'Karim',
    studentName: 'Amina Trabelsi',
    title: 'Stage data',
    reason: 'Entreprise fermée.',
    link,
  },
  email_verification: { firstName: 'Amina', link },
  password_reset: { firstName: 'Amina', link },
  company_join_request: { requesterName: 'Karim Ben Ali', companyName: 'Dupont & Fils', link },
  company_join_decision: { firstName: 'Karim', companyName: 'Dupont & Fils', decision: 'approved' },
  company_approval_decision: {
    firstName: 'Karim',
    companyName: 'Dupont & Fils',
    decision: 'rejected',
    reason: 'Entreprise inconnue de l’établissement.',
    link: 'https://stages.example/',
  },
  document_unreadable: { firstName: 'Amina', fileName: 'cv-scanné.pdf' },
  matched_offers_digest: { firstName: 'Amina', count: '2', offerList: 'Stage A — ACME\nStage B — Dupont', link },
  application_received: {
    firstName: 'Karim',
    studentName: 'Amina Trabelsi',
    offerTitle: 'Stage data',
    respondBy: '12/12/2026',
    link,
  },
  application_status: {
    firstName: 'Amina',
    offerTitle: 'Stage data',
    companyName: 'Dupont & Fils',
    status: 'interview',
    message: 'Pouvez-vous venir mardi ?',
    link,
  },
  application_message: {
    firstName: 'Amina',
    senderName: 'Karim Ben Ali',
    companyName: 'Dupont & Fils',
    offerTitle: 'Stage data',
    direction: 'to_student',
    message: 'Bonjour, êtes-vous disponible ?',
    link,
  },
  application_reminder: {
    firstName: 'Karim',
    companyName: 'Dupont & Fils',
    count: '3',
    firstDeadline: '12/12/2026',
    link,
  },
  journal_difficulty: {
    firstName: 'Karim',
    studentName: 'Khira Khadraoui',
    entryDate: '12 mars 2027',
    difficulties: 'Accès au serveur de test refusé',
    link,
  },
  step_reminder: {
    firstName: 'Karim',
    studentName: 'Khira Khadraoui',
    stepName: 'Bilan intermédiaire',
    dueOn: '12 mars 2027',
    kind: 'reminder',
    action: 'validate',
    link,
  },
  account_deleted: { firstName: 'Amina', keptFr: 'Le label reste vérifiable.', keptEn: 'The label stays verifiable.' },
  documents_retention_warning: { firstName: 'Amina', fileNames: 'cv.pdf\nlettre.pdf', purgeOn: '1 mars 2027', link },
  step_escalation: {
    firstName: 'Mohamed',
    studentName: 'Khira Khadraoui',
    stepName: 'Bilan intermédiaire',
    dueOn: '12 mars 2027',
    daysLate: '7',
    waitingFor: 'Karim Ben Ali',
    link,
  },
  agreement_signature_request: {
    name: 'Valentin Bouquet',
    studentName: 'Amina Trabelsi',
    companyName: 'Dupont & Fils',
    internshipTitle: 'Stage data',
    kind: 'amendment',
    expiresOn: '12/12/2026',
    link,
  },
  agreement_signature_reminder: {
    name: 'Valentin Bouquet',
    studentName: 'Amina Trabelsi',
    companyName: 'Dupont & Fils',
    internshipTitle: 'Stage data',
    kind: 'original',
    expiresOn: '12/12/2026',
    link,
  },
  agreement_signed: {
    name: 'Valentin Bouquet',
    studentName: 'Amina Trabelsi',
    companyName: 'Dupont & Fils',
    internshipTitle: 'Stage data',
    kind: 'original',
    via: 'scan',
  },
};

describe('mail templates', () => {
  it.each(MAIL_TEMPLATES.flatMap((t) => (['fr', 'en'] as Locale[]).map((l) => [t, l] as const)))(
    '%s renders in %s with a subject, a text and an HTML part',
    (template, locale) => {
      const mail = renderMail(template, locale, sample[template]);
      expect(mail.subject).not.toBe('');
      expect(mail.subject).not.toMatch(/[\r\n]/);
      expect(mail.text).toContain(locale === 'fr' ? "L'équipe SEMSEM-stages" : 'The SEMSEM-stages team');
      expect(mail.html).toContain(`<html lang="${locale}">`);
      expect(mail.html).not.toContain('undefined');
      expect(mail.text).not.toContain('undefined');
    },
  );

  it('leaves out the company message block when the status change came without one', () => {
    const mail = renderMail('application_status', 'fr', { ...sample.application_status, message: '' });
    expect(mail.text).not.toContain("Message de l'entreprise");
    expect(renderMail('application_status', 'fr', sample.application_status).text).toContain(
      'Pouvez-vous venir mardi ?',
    );
  });

  it('escapes a relayed message written in HTML', () => {
    const mail = renderMail('application_message', 'en', {
      ...sample.application_message,
      message: '<script>x()</script>',
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
  });

  it('writes French first: greeting, link and signature', () => {
    const mail = renderMail('email_verification', 'fr', sample.email_verification);
    expect(mail.subject).toBe('Confirmez votre adresse e-mail');
    expect(mail.text).toMatch(/^Bonjour Amina,\n\n/);
    expect(mail.text).toContain(`\n${link}\n`);
    expect(mail.html).toContain(`href="${link.replace('&', '&amp;')}"`);
  });

  it('speaks English when asked', () => {
    const mail = renderMail('password_reset', 'en', sample.password_reset);
    expect(mail.subject).toBe('Reset your password');
    expect(mail.text).toMatch(/^Hello Amina,/);
  });

  it('words the join decision by its outcome', () => {
    const base = sample.company_join_decision;
    expect(renderMail('company_join_decision', 'fr', base).subject).toBe(
      'Votre demande pour rejoindre Dupont & Fils a été acceptée',
    );
    const rejected = renderMail('company_join_decision', 'fr', { ...base, decision: 'rejected' });
    expect(rejected.text).toContain("n'a pas été acceptée");
  });

  it('escapes every param in the HTML part and keeps the text part as written', () => {
    const hostile = '<script>alert("x")</script> & \'co\'';
    const mail = renderMail('company_join_request', 'fr', {
      requesterName: hostile,
      companyName: '<b>ACME</b>',
      link: 'https://semsem.example/join?a=1&b="2"',
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;');
    expect(mail.html).toContain('href="https://semsem.example/join?a=1&amp;b=&quot;2&quot;"');
    expect(mail.text).toContain(hostile);
  });

  it('keeps the subject on one line whatever a param holds', () => {
    const mail = renderMail('document_unreadable', 'fr', { firstName: 'A', fileName: 'a\r\nBcc: x@example.test' });
    expect(mail.subject).toBe("Votre document « a Bcc: x@example.test » n'a pas pu être lu");
  });
});

describe('checkMailParams', () => {
  it('accepts exactly the params of the template', () => {
    expect(() => checkMailParams('email_verification', sample.email_verification)).not.toThrow();
  });

  it('names a missing param', () => {
    expect(() => checkMailParams('email_verification', { firstName: 'Amina' })).toThrow(
      'mail template "email_verification": link is missing',
    );
  });

  it('refuses an unknown template, an unknown param, a bad link and a bad decision', () => {
    expect(() => checkMailParams('welcome', {})).toThrow('unknown mail template "welcome"');
    expect(() => checkMailParams('password_reset', { ...sample.password_reset, lastName: 'X' })).toThrow(
      'lastName is not a param of this template',
    );
    expect(() => checkMailParams('password_reset', { firstName: 'A', link: 'javascript:alert(1)' })).toThrow(
      'link must be an http(s) URL',
    );
    expect(() =>
      checkMailParams('company_join_decision', { ...sample.company_join_decision, decision: 'maybe' }),
    ).toThrow('decision must be one of approved, rejected');
    expect(() => checkMailParams('document_unreadable', { firstName: ' ', fileName: 'a.pdf' })).toThrow(
      'firstName must be a non-empty string',
    );
  });
});
