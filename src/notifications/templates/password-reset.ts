import { MailTemplateDefinition } from './mail-draft';

export interface PasswordResetParams {
  firstName: string;
  link: string;
}

/** Sent on a password reset request: the link lets the user choose a new password. */
export const passwordReset: MailTemplateDefinition<PasswordResetParams> = {
  params: { firstName: 'text', link: 'url' },
  drafts: {
    fr: (p) => ({
      subject: 'Réinitialisation de votre mot de passe',
      greeting: `Bonjour ${p.firstName},`,
      blocks: [
        'Nous avons reçu une demande de réinitialisation du mot de passe de votre compte SEMSEM-stages. Pour choisir un nouveau mot de passe, ouvrez le lien suivant :',
        { href: p.link, label: 'Choisir un nouveau mot de passe' },
        "Ce lien est valable pour une durée limitée. Si vous n'avez pas fait cette demande, ignorez ce message : votre mot de passe reste inchangé.",
      ],
    }),
    en: (p) => ({
      subject: 'Reset your password',
      greeting: `Hello ${p.firstName},`,
      blocks: [
        'We received a request to reset the password of your SEMSEM-stages account. To choose a new password, open the following link:',
        { href: p.link, label: 'Choose a new password' },
        'This link is valid for a limited time. If you did not make this request, ignore this message: your password stays unchanged.',
      ],
    }),
  },
};
