import { HAND_WRITTEN_MORE } from './hand-written-more';
import { arabic, fr, Hand, t } from './hand-written-parts';
import type { JudgedRequest } from './request-text';

/**
 * Requests written by hand, not from the phrase banks, for the cases the independent set showed failing: a skill in
 * other words ("Odoo", "HACCP", "mesures vibratoires"), a programme with a hyphen or another morphology, a right
 * skill in the wrong trade. Each has its true profile, graded by the same rubric as the generated ones.
 */
const FIRST: Array<Omit<Hand, 'earlier'>> = [
  {
    truth: t('H01', 'trade', ['phoning', 'crm', 'negotiation'], 3, 'TN', [], 15, 16, 'fit_other_words', 'O17'),
    request: {
      firstName: 'Ons',
      lastName: 'Kallel',
      civility: 'mrs',
      university: 'Sfax',
      programme: 'Techniques de commercialisation',
      title: 'Stage commercial terrain et sédentaire',
      keywords: ['Odoo', 'relances téléphoniques', 'vente B2B'],
      message:
        'Je termine ma licence en techniques de commercialisation et je veux passer mon stage côté vente aux entreprises. J’aime décrocher le téléphone et convaincre.',
      wantedNaceDivisions: ['46'],
      wantedCities: ['Sfax'],
      languages: ['fr', 'ar'],
      publishedDaysAgo: 6,
      cv: {
        headline: 'Licence 3 Techniques de commercialisation',
        city: 'Sfax',
        profile:
          'Trois étés passés dans la vente m’ont appris à tenir un fichier clients propre et à ne pas lâcher un prospect après le premier refus.',
        education: [
          {
            period: 'depuis 2024',
            title: 'Licence Techniques de commercialisation',
            place: 'Université de Sfax',
            details: ['Cours de négociation, droit commercial, marketing opérationnel'],
          },
        ],
        experience: [
          {
            period: 'juillet – août 2025',
            title: 'Assistante commerciale',
            place: 'Distributeur de matériel de soudure, Sfax',
            details: [
              'Appels sortants vers une liste de 300 ateliers de la région, prise de rendez-vous pour deux commerciaux terrain',
              'Saisie des opportunités et des devis dans l’ERP Odoo (module ventes), relances à J+7',
              'Préparation des conditions tarifaires avec le responsable, discussion des remises sur les gros volumes',
            ],
          },
          {
            period: 'été 2024',
            title: 'Vendeuse',
            place: 'Magasin d’électroménager',
            details: ['Conseil client, ventes additionnelles, encaissement'],
          },
        ],
        skills: ['Odoo (ventes, CRM)', 'argumentaire commercial', 'relances téléphoniques', 'Word, Excel'],
        languages: [fr, arabic, { name: 'Anglais', level: 'B1' }],
        interests: ['handball en club', 'cuisine'],
      },
      letter: null,
    },
  },
  {
    truth: t(
      'H02',
      'marketing',
      ['phoning', 'crm', 'social', 'copywriting'],
      4,
      'TN',
      ['TN'],
      20,
      16,
      'neighbour_field',
      'O17',
    ),
    request: {
      firstName: 'Wassim',
      lastName: 'Ghorbel',
      civility: 'mr',
      university: 'Tunis',
      programme: 'Marketing digital',
      title: 'Stage marketing / growth',
      keywords: ['HubSpot', 'community management', 'rédaction de contenus', 'phoning'],
      message:
        'Étudiant en master marketing digital, je cherche un stage où je pourrai lancer des campagnes et suivre les leads jusqu’à la vente.',
      wantedNaceDivisions: ['73', '46'],
      wantedCities: [],
      languages: ['fr', 'en', 'ar'],
      publishedDaysAgo: 21,
      cv: {
        headline: 'Master 1 Marketing digital',
        city: 'Tunis',
        profile:
          'Je fais le lien entre le contenu et la vente : j’écris, je publie, puis j’appelle les contacts qui ont réagi.',
        education: [
          { period: 'depuis 2022', title: 'Marketing digital (4e année)', place: 'Université de Tunis El Manar' },
        ],
        experience: [
          {
            period: 'février – mai 2025',
            title: 'Stage assistant marketing',
            place: 'Éditeur de logiciels de paie, Tunis',
            details: [
              'Animation des pages LinkedIn et Facebook de la marque, trois publications par semaine',
              'Rédaction de deux livres blancs et des séquences d’e-mails associées',
              'Qualification par téléphone des contacts ayant téléchargé un livre blanc, mise à jour des fiches dans HubSpot',
            ],
          },
          {
            period: 'été 2024',
            title: 'Job d’été',
            place: 'Centre d’appels',
            details: ['Campagne d’appels sortants pour un opérateur, objectifs quotidiens tenus'],
          },
        ],
        skills: ['HubSpot', 'Canva', 'community management', 'rédaction de contenus', 'phoning'],
        languages: [fr, arabic, { name: 'Anglais', level: 'C1' }],
        interests: ['photographie', 'podcasts'],
      },
      letter: null,
    },
  },
  {
    truth: t(
      'H03',
      'food',
      ['haccp', 'microbio', 'food_standards', 'formulation'],
      5,
      'TN',
      [],
      30,
      24,
      'fit_other_words',
      'O02',
    ),
    request: {
      firstName: 'Mariem',
      lastName: 'Dhieb',
      civility: 'mrs',
      university: 'Monastir',
      programme: 'Sciences biologiques appliquées aux agroalimentaires',
      title: 'Projet de fin d’études – qualité et sécurité des aliments',
      keywords: ['hygiène alimentaire', 'HACCP', 'FSSC 22000', 'microbiologie'],
      message:
        'Je cherche mon PFE dans une usine agroalimentaire, de préférence produits laitiers : j’ai fait mon stage de 4e année dans une fromagerie.',
      wantedNaceDivisions: ['10'],
      wantedCities: ['Sousse', 'Monastir'],
      languages: ['fr', 'ar'],
      publishedDaysAgo: 11,
      cv: {
        headline: 'Ingénieure en sciences biologiques appliquées aux agroalimentaires – 5e année',
        city: 'Monastir',
        profile:
          'Quatre ans de formation entre laboratoire et atelier ; ce qui me plaît, c’est de rendre un plan de maîtrise sanitaire vivant sur la ligne.',
        education: [
          {
            period: 'depuis 2022',
            title: 'Cycle ingénieur, sciences biologiques appliquées aux agroalimentaires',
            place: 'Université de Monastir',
            details: ['Microbiologie alimentaire, génie des procédés alimentaires, management de la qualité'],
          },
        ],
        experience: [
          {
            period: 'juin – août 2025',
            title: 'Stage qualité',
            place: 'Fromagerie artisanale, Mahdia',
            details: [
              'Révision de l’étude HACCP de l’atelier ricotta : diagramme de fabrication, dangers, points critiques',
              'Dénombrements de coliformes et de levures-moisissures sur les produits finis, suivi des tendances',
              'Préparation d’un pré-audit FSSC 22000 avec la responsable qualité',
            ],
          },
          {
            period: 'juillet 2024',
            title: 'Stage ouvrier',
            place: 'Conserverie de harissa, Nabeul',
            details: [
              'Travail sur la ligne de remplissage, contrôle des poids',
              'Essais de formulation d’une recette moins salée avec la R&D',
            ],
          },
        ],
        skills: ['HACCP', 'microbiologie alimentaire', 'FSSC 22000', 'formulation', 'Excel'],
        languages: [fr, arabic, { name: 'Anglais', level: 'B2' }],
        interests: ['randonnée', 'pâtisserie'],
      },
      letter: {
        subject: 'Candidature – projet de fin d’études en qualité',
        paragraphs: [
          'Élève ingénieure en dernière année, je vous propose ma candidature pour un projet de fin d’études au service qualité.',
          'En fromagerie, j’ai repris une étude HACCP de bout en bout et réalisé les contrôles microbiologiques de routine ; je souhaite poursuivre dans l’industrie laitière.',
          'Je serais ravie d’en parler avec vous.',
        ],
      },
    },
  },
  {
    truth: t(
      'H04',
      'hotel',
      ['service', 'haccp', 'front_office'],
      3,
      'TN',
      [],
      30,
      24,
      'skill_from_other_trade',
      'O02',
    ),
    request: {
      firstName: 'Hamza',
      lastName: 'Feki',
      civility: 'mr',
      university: 'Sousse',
      programme: 'Hôtellerie et restauration',
      title: 'Stage restauration / cuisine collective',
      keywords: ['HACCP', 'service en salle', 'hygiène alimentaire', 'accueil'],
      message:
        'En 3e année d’hôtellerie, je cherche un stage en restauration ou dans une cuisine centrale. Sérieux et habitué au rush.',
      wantedNaceDivisions: ['55', '56', '10'],
      wantedCities: [],
      languages: ['fr', 'en', 'ar'],
      publishedDaysAgo: 33,
      cv: {
        headline: 'Étudiant en Hôtellerie et restauration – 3e année',
        city: 'Sousse',
        profile:
          'Formé en cuisine et en salle, j’applique au quotidien les règles d’hygiène et j’aime le contact avec les clients.',
        education: [
          { period: 'depuis 2024', title: 'Licence Hôtellerie et restauration', place: 'Université de Sousse' },
        ],
        experience: [
          {
            period: 'été 2025',
            title: 'Commis de cuisine',
            place: 'Hôtel club, Port El Kantaoui',
            details: [
              'Mise en place, cuisson des garnitures pour 600 couverts, respect de la marche en avant et des températures',
              'Tenue des enregistrements HACCP de la chambre froide',
            ],
          },
          {
            period: 'été 2024',
            title: 'Serveur',
            place: 'Restaurant de plage, Sousse',
            details: ['Service en salle, prise de commandes en trois langues, encaissement'],
          },
        ],
        skills: ['HACCP', 'service en salle', 'accueil client', 'anglais et italien'],
        languages: [fr, arabic, { name: 'Anglais', level: 'B2' }, { name: 'Italien', level: 'B1' }],
        interests: ['football', 'cuisine du monde'],
      },
      letter: null,
    },
  },
  {
    truth: t(
      'H05',
      'maintenance',
      ['vibration', 'preventive', 'cmms', 'hydraulics'],
      4,
      'FR',
      ['FR'],
      95,
      20,
      'fit_other_words',
      'O09',
    ),
    request: {
      firstName: 'Baptiste',
      lastName: 'Lemaire',
      civility: 'mr',
      university: 'Lille',
      programme: 'Génie industriel et maintenance',
      title: 'Stage fiabilité / surveillance des équipements tournants',
      keywords: ['mesures vibratoires', 'Coswin', 'plan de maintenance', 'hydraulique'],
      message:
        'Alternant pendant deux ans dans une papeterie, je cherche un stage de 4e année orienté fiabilité et maintenance conditionnelle.',
      wantedNaceDivisions: ['28', '17'],
      wantedCities: [],
      languages: ['fr', 'en'],
      publishedDaysAgo: 9,
      cv: {
        headline: 'Élève ingénieur en génie industriel et maintenance (4e année)',
        city: 'Lille',
        profile:
          'Deux ans d’alternance en papeterie : je connais les tournées de mesures, les historiques de pannes et le dialogue avec les équipes postées.',
        education: [
          { period: 'depuis 2023', title: 'Génie industriel et maintenance', place: 'Université de Lille' },
          { period: '2021 – 2023', title: 'BUT Génie industriel et maintenance', place: 'IUT de Béthune' },
        ],
        experience: [
          {
            period: '2021 – 2023',
            title: 'Technicien maintenance en alternance',
            place: 'Papeterie, Nord',
            details: [
              'Collecteur de données : mesures vibratoires mensuelles sur 40 pompes et ventilateurs, suivi des niveaux globaux',
              'Création des gammes préventives dans Coswin et suivi du taux de réalisation',
              'Dépannage de circuits hydrauliques de la presse, remplacement de vérins',
            ],
          },
          {
            period: 'juillet 2025',
            title: 'Job d’été',
            place: 'Entrepôt frigorifique',
            details: ['Rondes techniques sur les groupes froids'],
          },
        ],
        skills: [
          'mesures vibratoires (niveau 1)',
          'Coswin',
          'plan de maintenance',
          'hydraulique',
          'lecture de schémas',
        ],
        languages: [fr, { name: 'Anglais', level: 'B2' }],
        interests: ['VTT', 'mécanique moto'],
      },
      letter: null,
    },
  },
  {
    truth: t(
      'H06',
      'auto',
      ['fmea', 'preventive', 'lean', 'problem_solving'],
      4,
      'FR',
      [],
      90,
      20,
      'neighbour_field',
      'O09',
    ),
    request: {
      firstName: 'Jade',
      lastName: 'Roussel',
      civility: 'mrs',
      university: 'Nantes',
      programme: 'Génie mécanique et productique',
      title: 'Stage amélioration continue en production',
      keywords: ['AMDEC', 'TPM', 'lean', '8D'],
      message: 'Je souhaite un stage en usine, sur la performance des lignes : pannes, arrêts, causes racines.',
      wantedNaceDivisions: ['29', '28'],
      wantedCities: [],
      languages: ['fr', 'en'],
      publishedDaysAgo: 40,
      cv: {
        headline: 'Génie mécanique et productique · 4e année',
        city: 'Nantes',
        profile:
          'Curieuse des machines autant que des méthodes, j’ai travaillé sur la disponibilité d’une ligne d’emboutissage.',
        education: [{ period: 'depuis 2023', title: 'Génie mécanique et productique', place: 'Nantes Université' }],
        experience: [
          {
            period: 'avril – juin 2025',
            title: 'Stage technicien méthodes',
            place: 'Équipementier automobile, Vendée',
            details: [
              'AMDEC moyens sur une presse d’emboutissage, proposition de huit actions',
              'Mise en place d’une routine TPM de premier niveau : nettoyage, inspection, maintenance préventive simple par les opérateurs',
              'Animation de deux 8D sur des défauts de soudure',
            ],
          },
        ],
        skills: ['AMDEC', 'TPM / maintenance préventive', 'lean', '8D', 'SolidWorks'],
        languages: [fr, { name: 'Anglais', level: 'B2' }, { name: 'Espagnol', level: 'B1' }],
        interests: ['voile', 'bricolage'],
      },
      letter: null,
    },
  },
  {
    truth: t(
      'H07',
      'chem',
      ['aspen', 'distillation', 'mass_balance', 'process_safety'],
      5,
      'TN',
      [],
      75,
      24,
      'fit_other_words',
      'O05',
    ),
    request: {
      firstName: 'Aziz',
      lastName: 'Ben Amor',
      civility: 'mr',
      university: 'Carthage',
      programme: 'Génie Chimique-Procédés',
      title: 'PFE procédés – simulation et optimisation énergétique',
      keywords: ['HYSYS', 'rectification', 'bilans de matière', 'HAZOP'],
      message:
        'Élève ingénieur en Génie Chimique-Procédés, je cherche un PFE de six mois en raffinerie ou chimie lourde, de préférence sur la modélisation d’unités.',
      wantedNaceDivisions: ['20', '19'],
      wantedCities: ['Gabès', 'Bizerte'],
      languages: ['fr', 'en', 'ar'],
      publishedDaysAgo: 14,
      cv: {
        headline: 'Élève ingénieur – Génie Chimique-Procédés (5e année)',
        city: 'Tunis',
        profile:
          'La simulation m’intéresse quand elle sert l’usine : caler un modèle sur des données réelles et trouver des kilowatts.',
        education: [
          {
            period: 'depuis 2022',
            title: 'Génie Chimique-Procédés',
            place: 'Université de Carthage',
            details: ['Thermodynamique, opérations unitaires, sécurité industrielle'],
          },
        ],
        experience: [
          {
            period: 'juillet – août 2025',
            title: 'Stage ingénieur',
            place: 'Raffinerie, Bizerte',
            details: [
              'Modèle HYSYS de la colonne de rectification du naphta, comparaison aux relevés de marche',
              'Bilans de matière et d’énergie de l’unité, identification d’une perte sur le préchauffage',
              'Participation à une revue HAZOP d’une modification de tuyauterie',
            ],
          },
          {
            period: 'juillet 2024',
            title: 'Stage ouvrier',
            place: 'Cimenterie, Enfidha',
            details: ['Suivi des quarts en salle de contrôle'],
          },
        ],
        skills: ['Aspen HYSYS', 'rectification', 'bilans de matière', 'HAZOP', 'Python'],
        languages: [fr, arabic, { name: 'Anglais', level: 'B2' }],
        interests: ['échecs', 'natation'],
      },
      letter: null,
    },
  },
  {
    truth: t('H08', 'chem', ['aspen', 'distillation', 'chromatography'], 4, 'TN', [], 70, 24, 'year_next', 'O05'),
    request: {
      firstName: 'Rim',
      lastName: 'Jlassi',
      civility: 'mrs',
      university: 'Sfax',
      programme: 'Génie des procédés',
      title: 'Stage d’été 4e année – génie des procédés',
      keywords: ['Aspen Plus', 'distillation', 'chromatographie'],
      message: 'Étudiante en 4e année, je cherche un stage de perfectionnement dans une unité chimique.',
      wantedNaceDivisions: ['20'],
      wantedCities: [],
      languages: ['fr', 'ar'],
      publishedDaysAgo: 27,
      cv: {
        headline: 'Étudiante en 4e année de génie des procédés',
        city: 'Sfax',
        profile: 'J’ai découvert la distillation en travaux pratiques et je voudrais la voir à l’échelle d’une usine.',
        education: [
          {
            period: 'depuis 2023',
            title: 'Génie des procédés',
            place: 'Université de Sfax',
            details: ['Projet : simulation d’une colonne méthanol-eau sous Aspen Plus'],
          },
        ],
        experience: [
          {
            period: 'juin – juillet 2025',
            title: 'Stage technicien',
            place: 'Fabricant de détergents, Sfax',
            details: [
              'Analyses de contrôle des matières premières par chromatographie en phase gazeuse',
              'Relevés des paramètres de la tour de séchage',
            ],
          },
        ],
        skills: ['Aspen Plus', 'distillation', 'chromatographie', 'Excel'],
        languages: [fr, arabic, { name: 'Anglais', level: 'B1' }],
        interests: ['lecture', 'bénévolat au Croissant-Rouge'],
      },
      letter: null,
    },
  },
  {
    truth: t(
      'H09',
      'pharma',
      ['chromatography', 'gmp', 'validation', 'quality_docs'],
      5,
      'TN',
      ['TN'],
      40,
      20,
      'fit_other_words',
      'O06',
    ),
    request: {
      firstName: 'Nesrine',
      lastName: 'Hammami',
      civility: 'mrs',
      university: 'Tunis',
      programme: 'Biologie',
      title: 'Stage laboratoire de contrôle – industrie pharmaceutique',
      keywords: ['HPLC', 'GMP', 'qualification des équipements', 'modes opératoires'],
      message:
        'Master en biologie, parcours contrôle qualité, je cherche un stage de fin d’études dans un laboratoire pharmaceutique à Tunis.',
      wantedNaceDivisions: ['21'],
      wantedCities: ['Tunis'],
      languages: ['fr', 'en', 'ar'],
      publishedDaysAgo: 3,
      cv: {
        headline: 'Master 2 Biologie – contrôle qualité des produits de santé',
        city: 'Tunis',
        profile: 'Analyses physico-chimiques, documentation et rigueur des BPF : c’est le métier que je veux faire.',
        education: [
          {
            period: 'depuis 2022',
            title: 'Master Biologie, parcours contrôle qualité',
            place: 'Université de Tunis El Manar',
          },
        ],
        experience: [
          {
            period: 'mars – juin 2025',
            title: 'Stage de master 1',
            place: 'Laboratoire de contrôle des médicaments, Tunis',
            details: [
              'Dosages par HPLC de principes actifs, préparation des phases mobiles et des étalons',
              'Participation à la qualification opérationnelle d’un dissolutest',
              'Rédaction de trois modes opératoires selon les exigences GMP',
            ],
          },
        ],
        skills: ['HPLC', 'GMP / BPF', 'qualification des équipements', 'rédaction de modes opératoires'],
        languages: [fr, arabic, { name: 'Anglais', level: 'B2' }],
        interests: ['théâtre', 'lecture'],
      },
      letter: null,
    },
  },
  {
    truth: t('H10', 'food', ['chromatography', 'microbio', 'haccp'], 4, 'TN', [], 40, 20, 'neighbour_field', 'O06'),
    request: {
      firstName: 'Yosra',
      lastName: 'Mabrouk',
      civility: 'mrs',
      university: 'Carthage',
      programme: 'Industries alimentaires',
      title: 'Stage laboratoire d’analyses',
      keywords: ['chromatographie liquide', 'analyses microbiologiques', 'HACCP'],
      message: 'Je cherche un stage de laboratoire, en agroalimentaire ou en pharmacie.',
      wantedNaceDivisions: ['10', '21'],
      wantedCities: [],
      languages: ['fr', 'ar'],
      publishedDaysAgo: 50,
      cv: {
        headline: 'Industries alimentaires · 4e année',
        city: 'Tunis',
        profile:
          'À l’aise à la paillasse, je cherche à élargir mon expérience d’analyses : après les aliments, j’aimerais découvrir le contrôle des médicaments ou des cosmétiques.',
        education: [{ period: 'depuis 2023', title: 'Industries alimentaires', place: 'Université de Carthage' }],
        experience: [
          {
            period: 'juillet 2025',
            title: 'Stage laboratoire',
            place: 'Laboratoire d’analyses des aliments, Ariana',
            details: [
              'Dosage des vitamines dans les jus par chromatographie liquide',
              'Recherche de salmonelles et de listeria sur des échantillons de viande',
              'Vérification des enregistrements HACCP des clients',
            ],
          },
        ],
        skills: ['chromatographie liquide', 'analyses microbiologiques', 'HACCP'],
        languages: [fr, arabic, { name: 'Anglais', level: 'B1' }],
        interests: ['course à pied'],
      },
      letter: null,
    },
  },
  {
    truth: t(
      'H11',
      'webdev',
      ['typescript', 'react', 'node', 'sql', 'git'],
      5,
      'FR',
      ['FR'],
      55,
      24,
      'fit_other_words',
      'O21',
    ),
    request: {
      firstName: 'Maxime',
      lastName: 'Colin',
      civility: 'mr',
      university: 'Paris-Saclay',
      programme: 'Sciences informatiques',
      title: 'Stage de fin d’études – développeur JS',
      keywords: ['Next.js', 'NestJS', 'Postgres', 'GitHub'],
      message: 'Dev JS de bout en bout, je cherche un stage de six mois dans une équipe produit qui livre souvent.',
      wantedNaceDivisions: ['62', '58'],
      wantedCities: ['Paris'],
      languages: ['fr', 'en'],
      publishedDaysAgo: 5,
      cv: {
        headline: 'M2 Sciences informatiques – Université Paris-Saclay',
        city: 'Paris',
        profile: 'Je code en JS/TS depuis le lycée ; j’aime les API propres et les interfaces rapides.',
        education: [
          { period: 'depuis 2022', title: 'Master Sciences informatiques', place: 'Université Paris-Saclay' },
        ],
        experience: [
          {
            period: 'avril – août 2025',
            title: 'Stage développeur',
            place: 'Start-up de réservation de salles, Paris',
            details: [
              'Front en Next.js, API NestJS, base Postgres ; 40 pull requests relues et fusionnées',
              'Écriture des migrations et des index pour les recherches par date',
              'Mise en place des revues de code obligatoires sur GitHub',
            ],
          },
          {
            period: '2024',
            title: 'Projet personnel',
            place: 'Open source',
            details: ['Contributions à une bibliothèque de formulaires pour React'],
          },
        ],
        skills: ['JS/TS', 'Next.js', 'NestJS', 'Postgres', 'GitHub Actions'],
        languages: [fr, { name: 'Anglais', level: 'C1' }],
        interests: ['escalade', 'jeux de société'],
      },
      letter: null,
    },
  },
  {
    truth: t('H12', 'data', ['python', 'ml', 'sql', 'stats'], 5, 'FR', ['FR'], 50, 24, 'country_off', 'O23'),
    request: {
      firstName: 'Sofia',
      lastName: 'Benkirane',
      civility: 'mrs',
      university: 'Lyon',
      programme: 'Data Science et intelligence artificielle',
      title: 'Stage data scientist – séries temporelles',
      keywords: ['Python', 'machine learning', 'SQL', 'prévision'],
      message: 'Je cherche un stage de fin d’études en France uniquement (Lyon ou Paris), sur des sujets de prévision.',
      wantedNaceDivisions: ['63', '62'],
      wantedCities: ['Lyon', 'Paris'],
      languages: ['fr', 'en'],
      publishedDaysAgo: 8,
      cv: {
        headline: 'Data Science et IA – 5e année',
        city: 'Lyon',
        profile:
          'Séries temporelles, modèles de gradient boosting et un peu de deep learning ; j’aime expliquer mes modèles aux métiers.',
        education: [
          {
            period: 'depuis 2022',
            title: 'Data Science et intelligence artificielle',
            place: 'Université Claude Bernard Lyon 1',
          },
        ],
        experience: [
          {
            period: 'avril – août 2025',
            title: 'Stage data analyst',
            place: 'Réseau de boulangeries, Lyon',
            details: [
              'Prévision des ventes par magasin et par jour en Python (LightGBM), gain de 12 % sur l’erreur',
              'Requêtes SQL sur l’entrepôt de données des caisses',
              'Tests statistiques sur l’effet des promotions',
            ],
          },
        ],
        skills: ['Python', 'machine learning', 'SQL', 'statistiques', 'Git'],
        languages: [fr, { name: 'Anglais', level: 'C1' }, { name: 'Arabe', level: 'courant' }],
        interests: ['Kaggle', 'piano'],
      },
      letter: null,
    },
  },
  {
    truth: t('H13', 'energy', ['pv', 'pvsyst', 'autocad', 'power_grid'], 5, 'FR', ['FR'], 200, 20, 'dates_off', 'O11'),
    request: {
      firstName: 'Lucie',
      lastName: 'Marchand',
      civility: 'mrs',
      university: 'Montpellier',
      programme: 'Génie électrique et énergies renouvelables',
      title: 'PFE énergie solaire – à partir de l’été prochain',
      keywords: ['PVsyst', 'centrales PV', 'AutoCAD', 'raccordement au réseau'],
      message:
        'Je pars en semestre d’échange et ne serai disponible que dans six à sept mois, pour un PFE de 20 semaines dans le photovoltaïque.',
      wantedNaceDivisions: ['35'],
      wantedCities: ['Montpellier'],
      languages: ['fr', 'en'],
      publishedDaysAgo: 2,
      cv: {
        headline: 'Élève ingénieure – génie électrique et énergies renouvelables',
        city: 'Montpellier',
        profile:
          'Le solaire est ce qui m’a fait choisir l’école ; j’ai déjà dimensionné des toitures et suivi une mise en service.',
        education: [
          {
            period: 'depuis 2022',
            title: 'Génie électrique et énergies renouvelables',
            place: 'Université de Montpellier',
          },
        ],
        experience: [
          {
            period: 'juin – août 2025',
            title: 'Stage assistante chargée d’études',
            place: 'Installateur photovoltaïque, Hérault',
            details: [
              'Études de productible sous PVsyst pour des toitures agricoles',
              'Plans d’implantation sous AutoCAD',
              'Préparation de demandes de raccordement au réseau basse tension',
            ],
          },
        ],
        skills: ['PVsyst', 'centrales PV', 'AutoCAD', 'raccordement au réseau'],
        languages: [fr, { name: 'Anglais', level: 'C1' }],
        interests: ['randonnée', 'vélo'],
      },
      letter: null,
    },
  },
  {
    truth: t(
      'H14',
      'audit',
      ['statutory_audit', 'bookkeeping', 'ifrs', 'excel'],
      5,
      'FR',
      [],
      35,
      12,
      'fit_other_words',
      'O25',
    ),
    request: {
      firstName: 'Thomas',
      lastName: 'Vidal',
      civility: 'mr',
      university: 'Bordeaux',
      programme: 'Expertise comptable',
      title: 'Stage saison fiscale – audit',
      keywords: ['CAC', 'DSCG', 'normes internationales', 'tableur'],
      message:
        'En DSCG, je cherche un stage d’audit pour la saison de janvier à mars, en cabinet de commissariat aux comptes.',
      wantedNaceDivisions: ['69'],
      wantedCities: ['Paris', 'Bordeaux'],
      languages: ['fr', 'en'],
      publishedDaysAgo: 17,
      cv: {
        headline: 'DSCG – Expertise comptable (5e année)',
        city: 'Bordeaux',
        profile:
          'Une première saison en cabinet m’a convaincu : l’audit est le meilleur endroit pour comprendre une entreprise.',
        education: [
          {
            period: 'depuis 2022',
            title: 'DSCG, préparation à l’expertise comptable',
            place: 'Université de Bordeaux',
          },
        ],
        experience: [
          {
            period: 'janvier – mars 2025',
            title: 'Assistant auditeur stagiaire',
            place: 'Cabinet de CAC, Bordeaux',
            details: [
              'Contrôle des comptes de PME industrielles : stocks, créances, dettes fournisseurs',
              'Révision des comptes avant la certification, feuilles de travail sur tableur',
              'Retraitements aux normes internationales pour la filiale d’un groupe allemand',
            ],
          },
        ],
        skills: ['commissariat aux comptes', 'révision des comptes', 'normes internationales', 'tableur'],
        languages: [fr, { name: 'Anglais', level: 'B2' }, { name: 'Allemand', level: 'B1' }],
        interests: ['rugby', 'histoire'],
      },
      letter: null,
    },
  },
];

/** What each of these students also did before: schooling and side activities, written by hand too. */
const EARLIER: Record<string, Hand['earlier']> = {
  H01: {
    school: 'Baccalauréat économie et gestion, Lycée 15 Novembre, Sfax (2023)',
    activity:
      'Trésorière du club Enactus de la faculté : vente de paniers solidaires, suivi des encaissements et des relances auprès des partenaires',
  },
  H02: {
    school: 'Licence en gestion, spécialité marketing, Institut supérieur de gestion de Tunis (2024)',
    activity:
      'Bénévole au festival de courts-métrages de Kélibia : gestion des comptes Instagram et des relations presse pendant une semaine',
  },
  H03: {
    school: 'Classes préparatoires biologie-géologie, IPEI de Monastir (2020 – 2022)',
    activity:
      'Membre du club qualité de l’école : organisation d’une journée sur la sécurité des aliments avec trois industriels de la région',
  },
  H04: {
    school: 'Baccalauréat sciences expérimentales, Lycée de Hammam Sousse (2023)',
    activity:
      'Extra en banquets les week-ends d’hiver : mariages de 300 à 500 invités, service à l’assiette et débarrassage',
  },
  H05: {
    school: 'Baccalauréat STI2D, Lycée Baggio, Lille (2021)',
    activity:
      'Participation au challenge maintenance inter-IUT 2022 : diagnostic d’une pompe défaillante en équipe de quatre',
  },
  H06: {
    school: 'Classes préparatoires PTSI-PT, Lycée Clemenceau, Nantes (2021 – 2023)',
    activity:
      'Membre de l’équipe Formula Student de l’école : responsable des fiches de défaillances du groupe motopropulseur',
  },
  H07: {
    school: 'Classes préparatoires physique-chimie, IPEST (2020 – 2022)',
    activity:
      'Projet de 4e année : dimensionnement d’un échangeur à plaques pour une huilerie, avec visite du site et rapport au client',
  },
  H08: {
    school: 'Classes préparatoires physique-chimie, IPEIS (2021 – 2023)',
    activity: 'Tutrice bénévole en chimie générale pour les étudiants de première année, deux heures par semaine',
  },
  H09: {
    school: 'Licence en sciences biologiques, Faculté des sciences de Tunis (2023)',
    activity:
      'Stage d’observation d’un mois en officine : réception des commandes, rangement selon les températures de conservation',
  },
  H10: {
    school: 'Classes préparatoires biologie-géologie, IPEIT (2021 – 2023)',
    activity: 'Projet de fin d’année : suivi de la conservation d’un jus de grenade, analyses à J0, J15 et J30',
  },
  H11: {
    school: 'Licence informatique, Université Paris-Saclay (2023)',
    activity:
      'Organisation d’un hackathon étudiant de 120 participants : site d’inscription et outil de vote des jurys',
  },
  H12: {
    school: 'Licence mathématiques appliquées, Université Mohammed V de Rabat (2023)',
    activity: 'Deux compétitions Kaggle de prévision terminées dans les 10 % de tête',
  },
  H13: {
    school: 'Classes préparatoires PCSI-PSI, Lycée Joffre, Montpellier (2020 – 2022)',
    activity:
      'Association Énergie Partagée de l’école : visite de trois centrales citoyennes et rédaction de leurs fiches techniques',
  },
  H14: {
    school: 'DCG, Lycée Gustave Eiffel, Bordeaux (2019 – 2022)',
    activity:
      'Trésorier de l’association sportive : budget annuel, notes de frais et préparation des comptes pour l’assemblée générale',
  },
};

export const HAND_WRITTEN: Hand[] = [
  ...FIRST.map((hand) => ({ ...hand, earlier: EARLIER[hand.truth.key] })),
  ...HAND_WRITTEN_MORE,
];

/** The hand-written request, completed from its true profile (year, wishes and dates are the truth's). */
export function handWrittenRequest({ truth, request, earlier }: Hand): JudgedRequest {
  // "title, place (period)"
  const [, title, place, period] = /^(.*?), (.*) \((.*)\)$/.exec(earlier.school)!;
  const cv = {
    ...request.cv,
    education: [...request.cv.education, { period, title, place }],
    experience: [
      ...request.cv.experience,
      { period: '', title: 'Engagement étudiant', place: 'Vie associative et projets', details: [earlier.activity] },
    ],
  };
  return {
    ...request,
    cv,
    key: truth.key,
    studyYear: truth.studyYear,
    wantedCountries: truth.wantedCountries,
    availableInDays: truth.availableInDays,
    durationWeeks: truth.durationWeeks,
  };
}
