import { OfferFields } from '../offers/offer.entity';
import { OfferStatus } from '../offers/offer-status';
import { OfferTargeting } from '../offers/offer-targeting';
import { ApplicationStatus } from '../applications/application-status';
import { demoEmail } from './demo-people';

/** The fields the demo writes; status, targets by id and dates come from the other fields of DemoOffer. */
export type DemoOfferFields = Omit<
  OfferFields,
  'status' | 'publishedAt' | 'applicationDeadline' | 'targetUniversityId' | 'targetProgrammeId'
>;

export interface DemoOffer {
  key: string;
  /** The company, by name, and the contact who wrote it, by e-mail. */
  company: string;
  author: string;
  fields: DemoOfferFields;
  /** Targeted at a university or a programme, by their demo keys. */
  targetUniversity?: string;
  targetProgramme?: string;
  state: OfferStatus;
  publishedDaysAgo: number;
  /** Application deadline, days after the load (negative: passed). */
  deadlineInDays: number;
}

export interface DemoApplication {
  /** The student, by e-mail; they apply with the CV and letter of their demo request. */
  student: string;
  offer: string;
  status: ApplicationStatus;
  daysAgo: number;
  message: string;
}

const base: Pick<
  DemoOfferFields,
  'allowanceAmount' | 'allowanceCurrency' | 'allowancePeriod' | 'wantedCountries' | 'targetCountryCode' | 'targeting'
> = {
  allowanceAmount: null,
  allowanceCurrency: null,
  allowancePeriod: null,
  wantedCountries: [],
  targetCountryCode: null,
  targeting: OfferTargeting.Open,
};

export const DEMO_OFFERS: DemoOffer[] = [
  {
    key: 'web-pfe',
    company: 'Medina Soft',
    author: demoEmail('Amira', 'Zouari'),
    state: OfferStatus.Published,
    publishedDaysAgo: 12,
    deadlineInDays: 40,
    fields: {
      ...base,
      title: 'PFE — Développement d’une plateforme web de suivi de chantiers',
      internshipType: 'mastery',
      mission:
        'Au sein de l’équipe produit, vous concevrez et développerez une application web (Angular, NestJS, PostgreSQL) ' +
        'de suivi de chantiers : API REST, tableaux de bord, tests automatisés et intégration continue.',
      durationWeeks: 16,
      startDate: '2027-02-01',
      city: 'Sfax',
      countryCode: 'TN',
      position: 'Ingénieur logiciel stagiaire',
      allowanceAmount: 500,
      allowanceCurrency: 'TND',
      allowancePeriod: 'month',
      places: 2,
      wantedNaceDivisions: ['62', '63'],
      wantedStudyYears: [5],
      wantedProgrammes: ['Génie logiciel', 'Informatique et réseaux'],
      skills: ['typescript', 'angular', 'nestjs', 'postgresql', 'git'],
      languages: ['fr', 'en'],
      wantedCountries: ['TN'],
      profileText: 'Élève ingénieur(e) en dernière année, curieux(se), à l’aise avec le travail en équipe agile.',
    },
  },
  {
    key: 'mobile',
    company: 'Medina Soft',
    author: demoEmail('Karim', 'Hamdi'),
    state: OfferStatus.Published,
    publishedDaysAgo: 5,
    deadlineInDays: 60,
    fields: {
      ...base,
      title: 'Stage d’ingénieur — Application mobile de fidélité',
      internshipType: 'insertion',
      mission: 'Développer les nouveaux écrans de notre application Flutter et son back-end Firebase.',
      durationWeeks: 8,
      startDate: '2027-06-07',
      city: 'Sfax',
      countryCode: 'TN',
      position: 'Développeur mobile stagiaire',
      places: 1,
      wantedNaceDivisions: ['62'],
      wantedStudyYears: [3, 4],
      wantedProgrammes: ['Génie logiciel'],
      skills: ['flutter', 'dart', 'firebase', 'kotlin'],
      languages: ['fr'],
      profileText: 'Sens du détail et goût pour l’expérience utilisateur.',
    },
  },
  {
    key: 'network-istt',
    company: 'Medina Soft',
    author: demoEmail('Amira', 'Zouari'),
    targetUniversity: 'istt',
    state: OfferStatus.Published,
    publishedDaysAgo: 20,
    deadlineInDays: 25,
    fields: {
      ...base,
      targeting: OfferTargeting.University,
      title: 'Stage — Supervision réseau et sécurité',
      internshipType: 'mastery',
      mission: 'Mettre en place la supervision (Zabbix) et durcir la configuration des serveurs de production.',
      durationWeeks: 12,
      startDate: '2027-06-14',
      city: 'Tunis',
      countryCode: 'TN',
      position: 'Administrateur systèmes stagiaire',
      places: 1,
      wantedNaceDivisions: ['62', '63'],
      wantedStudyYears: [4, 5],
      wantedProgrammes: ['Informatique et réseaux'],
      skills: ['linux', 'réseaux', 'sécurité', 'zabbix'],
      languages: ['fr'],
      profileText: 'Offre réservée aux étudiants de l’ISTT (partenariat école).',
    },
  },
  {
    key: 'haccp',
    company: 'Agro Qualité Méditerranée',
    author: demoEmail('Valentin', 'Bouquet'),
    state: OfferStatus.Published,
    publishedDaysAgo: 9,
    deadlineInDays: 30,
    fields: {
      ...base,
      title: 'Stagiaire en qualité agro-industrie (HACCP)',
      internshipType: 'mastery',
      mission:
        'Participer à la mise à jour du plan HACCP, aux audits internes et au suivi des non-conformités sur nos ' +
        'lignes de conditionnement de fruits.',
      durationWeeks: 20,
      startDate: '2027-02-15',
      city: 'Clapiers',
      countryCode: 'FR',
      position: 'Assistant(e) qualité',
      allowanceAmount: 600,
      allowanceCurrency: 'EUR',
      allowancePeriod: 'month',
      places: 1,
      wantedNaceDivisions: ['10', '11'],
      wantedStudyYears: [4, 5],
      wantedProgrammes: ['Génie agroalimentaire'],
      skills: ['haccp', 'qualité', 'audit', 'iso 22000'],
      languages: ['fr'],
      wantedCountries: ['TN', 'FR'],
      profileText: 'Rigueur, sens de l’observation, goût du terrain.',
    },
  },
  {
    key: 'lab-gaa',
    company: 'Agro Qualité Méditerranée',
    author: demoEmail('Claire', 'Roussel'),
    targetProgramme: 'istt-gaa',
    state: OfferStatus.Published,
    publishedDaysAgo: 3,
    deadlineInDays: 45,
    fields: {
      ...base,
      targeting: OfferTargeting.Programme,
      title: 'Stage technicien de laboratoire — analyses microbiologiques',
      internshipType: 'discovery',
      mission: 'Réaliser les analyses microbiologiques de routine et tenir les enregistrements du laboratoire.',
      durationWeeks: 6,
      startDate: '2027-07-01',
      city: 'Clapiers',
      countryCode: 'FR',
      position: 'Technicien(ne) de laboratoire stagiaire',
      places: 2,
      wantedNaceDivisions: ['10'],
      wantedStudyYears: [2, 3],
      wantedProgrammes: ['Génie agroalimentaire'],
      skills: ['microbiologie', 'bonnes pratiques de laboratoire'],
      languages: ['fr'],
      profileText: 'Offre ciblée : filière Génie agroalimentaire de l’ISTT.',
    },
  },
  {
    key: 'methods',
    company: 'Sahel Câblage Automobile',
    author: demoEmail('Hatem', 'Gharbi'),
    state: OfferStatus.Published,
    publishedDaysAgo: 15,
    deadlineInDays: 20,
    fields: {
      ...base,
      targeting: OfferTargeting.Country,
      targetCountryCode: 'TN',
      title: 'PFE — Amélioration continue d’une ligne de câblage (Lean)',
      internshipType: 'mastery',
      mission: 'Analyser les temps de cycle, mener un chantier SMED et équilibrer la ligne d’assemblage.',
      durationWeeks: 16,
      startDate: '2027-02-01',
      city: 'Sousse',
      countryCode: 'TN',
      position: 'Ingénieur méthodes stagiaire',
      places: 1,
      wantedNaceDivisions: ['29', '27'],
      wantedStudyYears: [5],
      wantedProgrammes: ['Génie industriel et mécanique', 'Génie électrique et électronique'],
      skills: ['lean', 'smed', 'vsm', 'catia'],
      languages: ['fr'],
      profileText: 'Offre réservée aux étudiants des établissements tunisiens.',
    },
  },
  {
    key: 'draft-data',
    company: 'Medina Soft',
    author: demoEmail('Karim', 'Hamdi'),
    state: OfferStatus.Draft,
    publishedDaysAgo: 0,
    deadlineInDays: 70,
    fields: {
      ...base,
      title: 'Stage — Tableaux de bord et analyse de données (brouillon)',
      internshipType: 'insertion',
      mission: 'Construire les tableaux de bord de suivi commercial.',
      durationWeeks: 8,
      startDate: '2027-07-05',
      city: 'Sfax',
      countryCode: 'TN',
      position: 'Analyste de données stagiaire',
      places: 1,
      wantedNaceDivisions: ['62'],
      wantedStudyYears: [4],
      wantedProgrammes: [],
      skills: ['sql', 'power bi', 'python'],
      languages: ['fr'],
      profileText: '',
    },
  },
  {
    key: 'filled-electro',
    company: 'Sahel Câblage Automobile',
    author: demoEmail('Hatem', 'Gharbi'),
    state: OfferStatus.Filled,
    publishedDaysAgo: 45,
    deadlineInDays: 10,
    fields: {
      ...base,
      title: 'Stage — Test électrique de faisceaux',
      internshipType: 'insertion',
      mission: 'Mettre au point les programmes de test électrique des nouveaux faisceaux.',
      durationWeeks: 12,
      startDate: '2027-06-07',
      city: 'Sousse',
      countryCode: 'TN',
      position: 'Technicien test stagiaire',
      places: 1,
      wantedNaceDivisions: ['29'],
      wantedStudyYears: [4],
      wantedProgrammes: ['Génie électrique et électronique'],
      skills: ['électronique', 'automates', 'test'],
      languages: ['fr'],
      profileText: '',
    },
  },
];

const letter = (offer: string) =>
  `Madame, Monsieur, votre offre « ${offer} » correspond exactement au stage que je recherche. ` +
  'Vous trouverez ci-joints mon CV et ma lettre de motivation. Je reste à votre disposition pour un entretien.';

/** Answers to the demo offers, at every status, so "Consulter les réponses à mes offres" is filled. */
export const DEMO_APPLICATIONS: DemoApplication[] = [
  {
    student: demoEmail('Talel', 'Jlassi'),
    offer: 'web-pfe',
    status: ApplicationStatus.Interview,
    daysAgo: 10,
    message: letter('plateforme web'),
  },
  {
    student: demoEmail('Nour', 'Kammoun'),
    offer: 'web-pfe',
    status: ApplicationStatus.Received,
    daysAgo: 2,
    message: letter('plateforme web'),
  },
  {
    student: demoEmail('Rania', 'Ferjani'),
    offer: 'web-pfe',
    status: ApplicationStatus.Shortlisted,
    daysAgo: 8,
    message: letter('plateforme web'),
  },
  {
    student: demoEmail('Yasmine', 'Trabelsi'),
    offer: 'mobile',
    status: ApplicationStatus.Read,
    daysAgo: 4,
    message: letter('application mobile'),
  },
  {
    student: demoEmail('Houssem', 'Ouertani'),
    offer: 'network-istt',
    status: ApplicationStatus.Rejected,
    daysAgo: 18,
    message: letter('supervision réseau'),
  },
  {
    student: demoEmail('Chaima', 'Riahi'),
    offer: 'network-istt',
    status: ApplicationStatus.Received,
    daysAgo: 14,
    message: letter('supervision réseau'),
  },
  {
    student: demoEmail('Amal', 'Khemiri'),
    offer: 'haccp',
    status: ApplicationStatus.Selected,
    daysAgo: 8,
    message: letter('qualité HACCP'),
  },
  {
    student: demoEmail('Karim', 'Nasri'),
    offer: 'haccp',
    status: ApplicationStatus.Rejected,
    daysAgo: 7,
    message: letter('qualité HACCP'),
  },
  {
    student: demoEmail('Nesrine', 'Hadj Ali'),
    offer: 'lab-gaa',
    status: ApplicationStatus.Received,
    daysAgo: 1,
    message: letter('laboratoire'),
  },
  {
    student: demoEmail('Malek', 'Chebbi'),
    offer: 'methods',
    status: ApplicationStatus.Received,
    daysAgo: 13,
    message: letter('amélioration continue'),
  },
  {
    student: demoEmail('Firas', 'Mejri'),
    offer: 'methods',
    status: ApplicationStatus.Shortlisted,
    daysAgo: 11,
    message: letter('amélioration continue'),
  },
  {
    student: demoEmail('Skander', 'Gargouri'),
    offer: 'filled-electro',
    status: ApplicationStatus.Selected,
    daysAgo: 40,
    message: letter('test électrique'),
  },
];
