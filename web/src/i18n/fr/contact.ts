/** The company contact's further screens: offer edit and history, join requests, company profile. */
export const contact = {
  edit: 'Modifier', editTitle: 'Modifier l’offre', history: 'Historique', historyTitle: 'Historique de l’offre « {{title}} »', noHistory: 'Aucun changement.',
  version: 'Version {{version}}', field: 'Champ', before: 'Avant', after: 'Après', back: 'Retour à mes offres', saved: 'Offre enregistrée.',
  actions: { created: 'Création', updated: 'Modification', published: 'Publication', unpublished: 'Retrait', filled: 'Pourvue', expired: 'Expirée' },
  joinRequests: 'Demandes de rattachement', joinTitle: 'Demandes pour rejoindre {{name}}', noJoin: 'Aucune demande en attente.', requestedOn: 'demandé le {{date}}',
  accept: 'Accepter', refuse: 'Refuser', accepted: '{{name}} fait désormais partie de l’entreprise.', refusedJoin: 'La demande de {{name}} est refusée.',
  myCompany: 'Mon entreprise', companyTitle: 'Profil de l’entreprise', name: 'Nom de l’entreprise', registrationNumber: 'Matricule fiscal / registre du commerce',
  naceDivision: 'Secteur d’activité (division NACE)', countryCode: 'Pays (code ISO)', city: 'Ville', address: 'Adresse', website: 'Site web', save: 'Enregistrer',
  companySaved: 'Profil de l’entreprise enregistré.', approval: 'Validation par la plateforme', approvalStatus: { pending: 'en attente', approved: 'validée', rejected: 'refusée' },
  openApplication: 'Ouvrir la candidature et les messages',
};
