/** "Mes données" (/account/data): French texts; en/personal-data.ts has the same keys. */
export const personalData = {
  title: 'Mes données',
  intro: 'Vous pouvez télécharger tout ce que SEMSEM-stages conserve sur vous, ou supprimer votre compte.',
  exportTitle: 'Télécharger mes données',
  exportIntro: 'Une archive ZIP : vos informations (fichiers JSON, manifest.json en tête) et vos documents déposés.',
  exportButton: 'Télécharger mes données',
  exportAnnounced_one: '{{count}} document ({{size}}) à recevoir avec vos données.',
  exportAnnounced_other: '{{count}} documents ({{size}}) à recevoir avec vos données.',
  exportProgress: '{{received}} reçus',
  kilobytes: '{{value}} Ko',
  megabytes: '{{value}} Mo',
  exportDone: 'Archive téléchargée.',
  deleteTitle: 'Supprimer mon compte',
  deleteIntro:
    'Votre compte, vos demandes, vos documents, vos candidatures et votre historique seront supprimés définitivement. Un label déjà délivré reste vérifiable par son code, sans votre nom.',
  password: 'Mot de passe actuel (pour confirmer)',
  confirm: 'Je comprends que cette suppression est définitive.',
  deleteButton: 'Supprimer mon compte',
  deleted: 'Votre compte est supprimé. Un e-mail de confirmation vous a été envoyé.',
  anonymisedHolder: 'Nom retiré à la demande du titulaire (compte supprimé)',
  errors: {
    password_incorrect: 'Mot de passe incorrect : votre compte n’a pas été supprimé.',
    internship_running:
      'Un de vos stages est en cours : le compte pourra être supprimé une fois le stage labellisé ou annulé.',
    last_company_contact:
      'Vous êtes le dernier contact actif de votre entreprise : faites-y entrer un collègue d’abord, ou contactez un administrateur.',
  },
};
