/** One application with its messages thread, for the student and for the company. */
export const thread = {
  title: 'Candidature : {{title}}', from: '{{name}} — {{company}}', status: 'Statut', respondBy: 'Réponse attendue avant le {{date}}',
  respondedAt: 'Réponse donnée le {{date}}', sentOn: 'Envoyée le {{date}}', messages: 'Échanges', none: 'Aucun échange pour le moment.',
  platform: 'La plateforme', write: 'Votre message', send: 'Envoyer', sent: 'Message envoyé.',
  kinds: { submitted: 'Candidature envoyée', status_changed: 'Statut changé', message_to_student: 'Message de l’entreprise', message_to_company: 'Message du candidat', reminder_sent: 'Relance envoyée' },
  statusChange: '{{from}} → {{to}}', back: 'Retour aux candidatures', documents: 'Documents joints',
};
