/** The student's further screens: profile and schooling, offers browsing and detail. */
export const studentSpace = {
  profile: 'Mon profil', profileTitle: 'Mon profil et ma scolarité', identity: 'Identité', civility: 'Civilité', none: '—', firstName: 'Prénom', lastName: 'Nom',
  locale: 'Langue des e-mails', save: 'Enregistrer', saved: 'Enregistré.', schooling: 'Scolarité', university: 'Université', programme: 'Filière',
  studyYear: 'Année d’études', residenceCountry: 'Pays de résidence (code ISO)', choose: '— Choisir —',
  offers: 'Parcourir les offres', offersTitle: 'Offres de stage', titleFilter: 'Mot de l’intitulé', search: 'Rechercher', total_one: '{{formatted}} offre', total_other: '{{formatted}} offres',
  noOffer: 'Aucune offre ne correspond.', previous: 'Offres précédentes', next: 'Offres suivantes', see: 'Voir l’offre', deadline: 'Candidatures jusqu’au {{date}}',
  duration: '{{count}} semaines', start: 'Début le {{date}}', places_one: '{{count}} place', places_other: '{{count}} places', mission: 'Mission', position: 'Poste', skills: 'Compétences',
  allowance: 'Gratification', perPeriod: { month: 'par mois', week: 'par semaine', total: 'au total' }, responseRate: 'Taux de réponse de l’entreprise',
  applyTitle: 'Postuler', applyMessage: 'Message de candidature', withRequest: 'Joindre les documents de ma demande', noRequest: 'Aucune (message seul)',
  apply: 'Postuler', applied: 'Votre candidature est envoyée.', seeApplication: 'Voir ma candidature', backToOffers: 'Retour aux offres',
  openApplication: 'Ouvrir la candidature et les messages',
};
