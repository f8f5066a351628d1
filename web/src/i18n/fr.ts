import { academic } from './fr/academic';
import { personalData } from './fr/personal-data';
import { admin } from './fr/admin';
import { contact } from './fr/contact';
import { studentSpace } from './fr/studentSpace';
import { thread } from './fr/thread';
/** French texts (the reference language); en.ts must have the same keys. */
export const fr = {
  app: { name: 'SEMSEM-stages', skip: 'Aller au contenu', language: 'Langue', logout: 'Se déconnecter', loading: 'Chargement…', error: 'Une erreur est survenue.', home: 'Accueil' },
  home: {
    title: 'Stages : offres, CVthèque et label qualité',
    intro: 'Les entreprises diffusent leurs offres et trouvent les meilleurs profils ; les étudiants publient leurs demandes de stage.',
    login: 'Connectez-vous', email: 'Adresse e-mail', password: 'Mot de passe', submit: 'Se connecter',
    forgot: 'Mot de passe oublié ?', signupStudent: 'Je suis étudiant : créer mon compte', signupCompany: 'Je suis une entreprise : créer mon compte',
    verifyLabel: 'Vérifier un label SEMSEM-stages', badLogin: 'Adresse e-mail ou mot de passe incorrect.',
  },
  forgot: { title: 'Mot de passe oublié', intro: 'Indiquez votre adresse e-mail : nous vous enverrons un lien pour choisir un nouveau mot de passe.', submit: 'Envoyer le lien', sent: 'Si un compte existe pour cette adresse, un e-mail vient de lui être envoyé.' },
  reset: { title: 'Nouveau mot de passe', password: 'Nouveau mot de passe (10 caractères au moins)', submit: 'Enregistrer', done: 'Votre mot de passe est changé. Vous pouvez vous connecter.', noToken: 'Ce lien est incomplet.' },
  verify: { title: 'Confirmation de l’adresse e-mail', pending: 'Vérification en cours…', done: 'Votre adresse e-mail est confirmée. Vous pouvez vous connecter.', failed: 'Ce lien n’est plus valable.' },
  signup: {
    studentTitle: 'Créer mon compte étudiant', companyTitle: 'Créer mon compte entreprise',
    civility: 'Civilité', firstName: 'Prénom', lastName: 'Nom', email: 'Adresse e-mail', password: 'Mot de passe (10 caractères au moins)',
    university: 'Université', programme: 'Filière', studyYear: 'Année d’études', choose: '— Choisir —',
    jobTitle: 'Fonction', phone: 'Téléphone', submit: 'Créer mon compte',
    sent: 'Compte créé. Un lien de confirmation vient d’être envoyé à {{email}} : ouvrez-le pour activer votre compte.',
    pending: 'Votre demande a été transmise aux contacts de l’entreprise, qui la valideront.',
    lookupTitle: 'Votre entreprise est-elle déjà inscrite ?', companyName: 'Nom de l’entreprise', lookup: 'Rechercher',
    found: 'Entreprises trouvées', join: 'Demander à rejoindre {{name}}', noneFound: 'Aucune entreprise trouvée : inscrivez la vôtre.',
    createCompany: 'Inscrire une nouvelle entreprise', registrationNumber: 'Matricule fiscal / registre du commerce',
    country: 'Pays (code ISO, ex. TN)', city: 'Ville', joining: 'Vous demandez à rejoindre {{name}}.', changeCompany: 'Choisir une autre entreprise',
  },
  label: { title: 'Vérifier un label SEMSEM-stages', code: 'Code du label', submit: 'Vérifier', valid: 'Label valide', notFound: 'Aucun label ne porte ce code.',
    student: 'Stagiaire', company: 'Entreprise', internship: 'Stage', period: 'Période', programme: 'Formation', grantedOn: 'Délivré le' },
  company: {
    menu: 'Menu entreprise', recruit: 'Recruter', follow: 'Suivre', profile: 'Gérer mon profil',
    dashboard: 'Tableau de bord', search: 'Accéder aux meilleurs profils', offers: 'Mes offres', responses: 'Réponses à mes offres',
    welcome: 'Bienvenue, {{name}}', publishOffers: 'Diffuser mes offres', seeApplications: 'Consulter les candidatures', exploreCvs: 'Explorer la CVthèque',
    figures: 'La plateforme en chiffres', students: 'étudiants', universities: 'universités', cvs: 'CV publiés', pendingMembership: 'Votre rattachement à l’entreprise attend la validation d’un contact.',
  },
  search: {
    keywords: 'Mots-clés', submit: 'Rechercher', results_one: '{{count}} profil', results_other: '{{count}} profils', refine: 'Affiner',
    facet: { sector: 'Secteur', country: 'Pays', studyYear: 'Année d’études', programme: 'Filière', university: 'Université' },
    cv: 'CV', letter: 'Lettre de motivation', more: 'Profils suivants', first: 'Retour au début', none: 'Aucun profil ne correspond.', clear: 'Tout effacer',
    availability: 'Disponible du {{from}} au {{to}}',
  },
  offers: { title: 'Mes offres', create: 'Nouvelle offre', empty: 'Aucune offre pour le moment.', status: 'Statut', publish: 'Publier', unpublish: 'Retirer', fill: 'Pourvue',
    candidates: 'Candidats classés', applications: 'Candidatures', offerTitle: 'Intitulé', mission: 'Mission', internshipType: 'Type de stage', durationWeeks: 'Durée (semaines)',
    startDate: 'Date de début', city: 'Ville', countryCode: 'Pays (code ISO)', places: 'Places', deadline: 'Date limite de candidature', targeting: 'Diffusion',
    targetingOpen: 'Tous les étudiants', targetingCountry: 'Étudiants d’un pays', targetCountry: 'Pays ciblé (code ISO)', save: 'Enregistrer', why: 'Pourquoi ce profil' },
  responses: { none: 'Aucune candidature pour le moment.', respondBy: 'réponse attendue avant le {{date}}', newStatus: 'Nouveau statut', message: 'Message au candidat (facultatif)', save: 'Mettre à jour',
    status: { received: 'Reçue', read: 'Lue', shortlisted: 'Présélectionnée', interview: 'Entretien', rejected: 'Refusée', selected: 'Retenue' } },
  student: { menu: 'Menu étudiant', requests: 'Mes demandes de stage', matched: 'Offres pour moi', applications: 'Mes candidatures',
    newRequest: 'Nouvelle demande de stage', title: 'Intitulé de la demande', message: 'Message aux entreprises', keywords: 'Mots-clés (séparés par des virgules)',
    countries: 'Pays souhaités (codes ISO, séparés par des virgules)', cities: 'Villes souhaitées', create: 'Enregistrer la demande',
    uploadCv: 'Déposer mon CV (PDF)', uploadLetter: 'Déposer ma lettre de motivation (PDF)', uploading: 'Envoi du fichier', uploaded: '{{name}} est déposé.', publish: 'Publier', hide: 'Masquer',
    noMatch: 'Aucune offre ne correspond encore à vos demandes publiées.', why: 'Pourquoi cette offre', applyMessage: 'Message de candidature',
    apply: 'Postuler', applied: 'Votre candidature est envoyée.' },
  academic,
  notFound: 'Cette page n’existe pas.',
  personalData,
  admin,
  contact,
  studentSpace,
  thread,
};
