import { arabic, fr, Hand, t } from './hand-written-parts';

const en = (level: string) => ({ name: 'Anglais', level });

/** More hand-written requests (see hand-written.ts): the offers where the ranking failed most, and their near misses. */
export const HAND_WRITTEN_MORE: Hand[] = [
  {
    truth: t('H15', 'cyber', ['siem', 'python', 'linux', 'networks'], 5, 'MA', [], 40, 24, 'fit_other_words', 'O22'),
    request: {
      firstName: 'Imane', lastName: 'Alaoui', civility: 'mrs', university: 'Rabat', programme: 'Sécurité des systèmes d’information',
      title: 'PFE – détection d’intrusions et réponse aux incidents',
      keywords: ['ELK', 'Wireshark', 'Bash', 'détection d’intrusion'],
      message: 'Je veux faire mon PFE côté défense : écrire des règles de détection, comprendre les alertes, automatiser ce qui peut l’être.',
      wantedNaceDivisions: ['62'], wantedCities: ['Casablanca', 'Rabat'], languages: ['fr', 'en', 'ar'], publishedDaysAgo: 4,
      cv: {
        headline: 'Élève ingénieure en sécurité des systèmes d’information (5e année)', city: 'Rabat',
        profile: 'Blue team avant tout : j’ai monté un petit centre de supervision de sécurité pour le campus et je joue aux CTF le week-end.',
        education: [{ period: 'depuis 2022', title: 'Sécurité des systèmes d’information', place: 'Université Mohammed V de Rabat' }],
        experience: [
          { period: 'juin – septembre 2025', title: 'Stage analyste sécurité', place: 'Opérateur de paiement, Casablanca', details: [
            'Centralisation des journaux des pare-feu et des serveurs dans une pile ELK, tableaux de bord d’alertes',
            'Analyse de captures Wireshark lors de deux incidents, rédaction des comptes rendus',
            'Scripts Bash et Python de tri automatique des alertes récurrentes',
          ] },
        ],
        skills: ['ELK (Elasticsearch, Logstash, Kibana)', 'Wireshark', 'Bash, Python', 'administration de serveurs Debian', 'TCP/IP, VLAN'],
        languages: [fr, arabic, en('C1')], interests: ['CTF', 'course à pied'],
      },
      letter: null,
    },
    earlier: { school: 'Classes préparatoires MP, CPGE Moulay Youssef, Rabat (2020 – 2022)', activity: 'Co-fondatrice du club de sécurité informatique : ateliers hebdomadaires et organisation d’un CTF national' },
  },
  {
    truth: t('H16', 'webdev', ['python', 'linux', 'docker', 'git'], 5, 'MA', [], 40, 24, 'neighbour_field', 'O22'),
    request: {
      firstName: 'Reda', lastName: 'Chraibi', civility: 'mr', university: 'Casablanca', programme: 'Génie logiciel',
      title: 'Stage ingénieur DevOps / automatisation',
      keywords: ['Python', 'Linux', 'Docker', 'CI/CD'],
      message: 'Développeur orienté infrastructure, je cherche un PFE où automatiser des déploiements et des contrôles.',
      wantedNaceDivisions: ['62'], wantedCities: ['Casablanca'], languages: ['fr', 'en', 'ar'], publishedDaysAgo: 12,
      cv: {
        headline: 'Génie logiciel – 5e année', city: 'Casablanca',
        profile: 'J’écris du Python pour que les machines fassent le travail répétitif ; Linux est mon environnement de tous les jours.',
        education: [{ period: 'depuis 2022', title: 'Génie logiciel', place: 'Université Hassan II de Casablanca' }],
        experience: [
          { period: 'juillet – septembre 2025', title: 'Stage développeur', place: 'ESN, Casablanca', details: [
            'Conteneurisation de trois applications internes avec Docker, pipelines GitLab CI',
            'Scripts Python de sauvegarde et de vérification des serveurs Linux',
            'Documentation des procédures de mise en production',
            'Supervision des serveurs de recette et correction des alertes de disque plein',
          ] },
        ],
        skills: ['Python', 'Linux', 'Docker', 'GitLab CI', 'Ansible (notions)'],
        languages: [fr, arabic, en('B2')], interests: ['football', 'domotique'],
      },
      letter: null,
    },
    earlier: { school: 'Baccalauréat sciences mathématiques, Lycée Mohammed V, Casablanca (2020)', activity: 'Mainteneur d’un petit outil libre de supervision de serveurs domestiques' },
  },
  {
    truth: t('H17', 'textile', ['dyeing', 'textile_qc', 'production_planning'], 5, 'TN', ['TN'], 60, 16, 'fit_other_words', 'O04'),
    request: {
      firstName: 'Fatma', lastName: 'Boughanmi', civility: 'mrs', university: 'Monastir', programme: 'Ingénierie textile et habillement',
      title: 'PFE délavage et finition du jean',
      keywords: ['délavage', 'solidité des coloris', 'apprêts', 'suivi des OF'],
      message: 'Je cherche un PFE dans une laverie industrielle ou un site de finition denim de la région de Monastir.',
      wantedNaceDivisions: ['13', '14'], wantedCities: ['Monastir', 'Ksar Hellal'], languages: ['fr', 'ar'], publishedDaysAgo: 10,
      cv: {
        headline: 'Ingénierie textile et habillement · 5e année', city: 'Monastir',
        profile: 'Le jean me passionne depuis mon stage en laverie : chaque recette de délavage est un compromis entre aspect, solidité et coût.',
        education: [{ period: 'depuis 2022', title: 'Ingénierie textile et habillement', place: 'Université de Monastir' }],
        experience: [
          { period: 'juillet – août 2025', title: 'Stage ingénieur', place: 'Laverie industrielle denim, Ksar Hellal', details: [
            'Essais de recettes de délavage à la pierre et aux enzymes, mesure de la solidité des coloris au frottement',
            'Réglage des apprêts adoucissants avec le chef d’atelier',
            'Suivi des ordres de fabrication et des retouches par client',
          ] },
        ],
        skills: ['délavage et apprêts', 'solidité des coloris', 'suivi des OF', 'Excel'],
        languages: [fr, arabic, en('B1')], interests: ['couture', 'photographie'],
      },
      letter: null,
    },
    earlier: { school: 'Classes préparatoires physique-chimie, IPEIM, Monastir (2020 – 2022)', activity: 'Organisation d’un défilé de créations des étudiants de la filière habillement' },
  },
  {
    truth: t('H18', 'textile', ['dyeing', 'textile_qc', 'weaving'], 5, 'MA', ['MA', 'TN'], 60, 16, 'country_off', 'O04'),
    request: {
      firstName: 'Ayoub', lastName: 'Berrada', civility: 'mr', university: 'Casablanca', programme: 'Génie textile',
      title: 'Stage ingénieur textile – teinture et contrôle qualité',
      keywords: ['teinture', 'contrôle qualité textile', 'tissage'],
      message: 'Je vis à Casablanca et cherche un stage en teinture ou en qualité, au Maroc ou en Tunisie si l’entreprise aide au logement.',
      wantedNaceDivisions: ['13'], wantedCities: [], languages: ['fr', 'ar'], publishedDaysAgo: 22,
      cv: {
        headline: 'Génie textile – 5e année', city: 'Casablanca',
        profile: 'Deux stages en teinturerie et en tissage m’ont donné une vue complète de la chaîne du tissu.',
        education: [{ period: 'depuis 2022', title: 'Génie textile', place: 'Université Hassan II de Casablanca' }],
        experience: [
          { period: 'été 2025', title: 'Stage qualité', place: 'Teinturerie, Casablanca', details: [
            'Contrôle des écarts de nuance au spectrocolorimètre, essais de solidité au lavage',
            'Analyse des défauts de teinture et proposition de réglages de bain',
          ] },
          { period: 'été 2024', title: 'Stage ouvrier', place: 'Tissage, Fès', details: ['Préparation des chaînes et suivi des métiers à tisser'] },
        ],
        skills: ['teinture', 'contrôle qualité textile', 'tissage', 'spectrocolorimétrie'],
        languages: [fr, arabic, en('B1')], interests: ['basket-ball'],
      },
      letter: null,
    },
    earlier: { school: 'Baccalauréat sciences physiques, Lycée Al Khansaa, Casablanca (2020)', activity: 'Bénévole dans une association de réinsertion par la couture' },
  },
  {
    truth: t('H19', 'hr', ['recruiting', 'sourcing', 'onboarding'], 5, 'FR', ['FR'], 30, 24, 'fit_other_words', 'O27'),
    request: {
      firstName: 'Pauline', lastName: 'Delattre', civility: 'mrs', university: 'Lille', programme: 'Psychologie du travail',
      title: 'Stage talent acquisition – profils ingénieurs',
      keywords: ['entretiens structurés', 'chasse sur LinkedIn', 'marque employeur'],
      message: 'En M2 de psychologie du travail, je cherche un stage de six mois en recrutement, idéalement sur des métiers techniques.',
      wantedNaceDivisions: ['78', '70'], wantedCities: ['Lille'], languages: ['fr', 'en'], publishedDaysAgo: 7,
      cv: {
        headline: 'M2 Psychologie du travail et des organisations', city: 'Lille',
        profile: 'Évaluer sans juger : mes entretiens suivent une grille, mes approches directes une vraie connaissance des métiers.',
        education: [{ period: 'depuis 2021', title: 'Psychologie du travail et des organisations', place: 'Université de Lille' }],
        experience: [
          { period: 'février – juillet 2025', title: 'Stage chargée de recrutement', place: 'Cabinet de recrutement industriel, Roubaix', details: [
            'Chasse sur LinkedIn de techniciens de maintenance et d’automaticiens, 25 approches directes par semaine',
            'Entretiens structurés et restitutions écrites aux clients',
            'Parcours d’accueil des intérimaires longue durée',
          ] },
        ],
        skills: ['entretiens structurés', 'chasse sur LinkedIn', 'intégration des nouveaux salariés', 'tests psychométriques'],
        languages: [fr, en('B2')], interests: ['théâtre d’improvisation', 'randonnée'],
      },
      letter: null,
    },
    earlier: { school: 'Licence de psychologie, Université de Lille (2021)', activity: 'Écoutante bénévole dans une association d’aide aux étudiants' },
  },
  {
    truth: t('H20', 'hr', ['recruiting', 'payroll', 'excel'], 3, 'FR', ['FR'], 30, 12, 'year_next', 'O27'),
    request: {
      firstName: 'Kevin', lastName: 'Leroy', civility: 'mr', university: 'Lille', programme: 'Gestion des ressources humaines',
      title: 'Stage assistant RH polyvalent',
      keywords: ['recrutement', 'paie', 'tableur'],
      message: 'Étudiant en licence professionnelle RH, je cherche un stage de trois mois pour découvrir le recrutement et la paie.',
      wantedNaceDivisions: ['78'], wantedCities: ['Lille'], languages: ['fr'], publishedDaysAgo: 36,
      cv: {
        headline: 'Licence professionnelle Gestion des ressources humaines', city: 'Lille',
        profile: 'Après deux ans d’IUT, je veux voir les RH de l’intérieur, du tri des CV au bulletin de paie.',
        education: [{ period: 'depuis 2025', title: 'Licence professionnelle GRH', place: 'Université de Lille' }],
        experience: [
          { period: 'avril – juin 2025', title: 'Stage assistant RH', place: 'Agence d’intérim, Tourcoing', details: [
            'Tri des candidatures et premiers entretiens téléphoniques',
            'Saisie des heures des intérimaires et contrôle des éléments de paie',
            'Suivi des contrats sur tableur',
            'Accueil physique et téléphonique des candidats, mise à jour du vivier de l’agence',
          ] },
        ],
        skills: ['recrutement', 'paie', 'tableur', 'droit du travail (bases)'],
        languages: [fr, en('B1')], interests: ['football', 'jeux vidéo'],
      },
      letter: null,
    },
    earlier: { school: 'BUT Gestion des entreprises et des administrations, IUT de Roubaix (2025)', activity: 'Arbitre de football en district le dimanche' },
  },
  {
    truth: t('H21', 'logistics', ['sap', 'wms', 'stock', 'excel'], 5, 'FR', [], 0, 24, 'fit_other_words', 'O19'),
    request: {
      firstName: 'Mathis', lastName: 'Fabre', civility: 'mr', university: 'Lyon', programme: 'Management de la chaîne logistique',
      title: 'Stage de fin d’études – pilotage d’entrepôt',
      keywords: ['SAP MM', 'Reflex', 'inventaires', 'TCD'],
      message: 'Disponible immédiatement pour un stage de six mois en entrepôt ou en plateforme de distribution, région lyonnaise.',
      wantedNaceDivisions: ['52'], wantedCities: ['Lyon'], languages: ['fr', 'en'], publishedDaysAgo: 15,
      cv: {
        headline: 'Master 2 Management de la chaîne logistique', city: 'Lyon',
        profile: 'Un an d’alternance en entrepôt : je connais le terrain, les quais et les chiffres du soir.',
        education: [{ period: 'depuis 2022', title: 'Management de la chaîne logistique', place: 'Université Claude Bernard Lyon 1' }],
        experience: [
          { period: '2024 – 2025', title: 'Alternant gestionnaire de stocks', place: 'Plateforme de distribution, Saint-Priest', details: [
            'Réceptions et mouvements dans SAP MM, rapprochement avec le logiciel d’entrepôt Reflex',
            'Inventaires tournants et analyse des écarts',
            'Indicateurs hebdomadaires de préparation en TCD',
          ] },
        ],
        skills: ['SAP MM', 'Reflex WMS', 'inventaires', 'TCD, RECHERCHEV', 'lean (5S)'],
        languages: [fr, en('B2')], interests: ['trail', 'jeux de stratégie'],
      },
      letter: null,
    },
    earlier: { school: 'Licence gestion, Université Lumière Lyon 2 (2022)', activity: 'Responsable logistique du festival étudiant : 40 bénévoles, transport du matériel' },
  },
  {
    truth: t('H22', 'electronics', ['embedded_c', 'stm32', 'electronic_tests', 'git'], 5, 'TN', [], 50, 24, 'fit_other_words', 'O08'),
    request: {
      firstName: 'Mehdi', lastName: 'Karoui', civility: 'mr', university: 'Sousse', programme: 'Électronique et systèmes embarqués',
      title: 'PFE firmware basse consommation',
      keywords: ['FreeRTOS', 'ARM Cortex-M', 'oscilloscope', 'GitHub'],
      message: 'Je cherche un PFE embarqué : pilotes, temps réel, mesures de consommation. Sousse ou Tunis.',
      wantedNaceDivisions: ['26', '27'], wantedCities: ['Sousse', 'Tunis'], languages: ['fr', 'en', 'ar'], publishedDaysAgo: 9,
      cv: {
        headline: 'Électronique et systèmes embarqués – 5e année', city: 'Sousse',
        profile: 'Entre le fer à souder et le débogueur : j’aime quand une carte consomme moins et tient plus longtemps.',
        education: [{ period: 'depuis 2022', title: 'Électronique et systèmes embarqués', place: 'Université de Sousse' }],
        experience: [
          { period: 'juillet – août 2025', title: 'Stage ingénieur', place: 'Fabricant de compteurs connectés, Sousse', details: [
            'Pilotes I2C et SPI en C sur microcontrôleur ARM Cortex-M sous FreeRTOS',
            'Mesures de consommation à l’oscilloscope et au multimètre, modes veille',
            'Code versionné sur GitHub, revues avec le tuteur',
          ] },
        ],
        skills: ['C', 'ARM Cortex-M (STM32)', 'FreeRTOS', 'oscilloscope', 'GitHub'],
        languages: [fr, arabic, en('B2')], interests: ['robotique', 'échecs'],
      },
      letter: null,
    },
    earlier: { school: 'Classes préparatoires technologie, IPEIS, Sfax (2020 – 2022)', activity: 'Capitaine de l’équipe de la coupe de robotique de l’école' },
  },
  {
    truth: t('H23', 'telecom', ['embedded_c', 'linux', 'radio'], 5, 'TN', [], 50, 24, 'neighbour_field', 'O08'),
    request: {
      firstName: 'Hela', lastName: 'Zribi', civility: 'mrs', university: 'Tunis', programme: 'Génie des télécommunications',
      title: 'Stage télécoms / IoT',
      keywords: ['LoRa', 'langage C', 'Linux'],
      message: 'Ingénieure télécoms en dernière année, je cherche un PFE autour des objets connectés et de la radio.',
      wantedNaceDivisions: ['61', '26'], wantedCities: [], languages: ['fr', 'en', 'ar'], publishedDaysAgo: 19,
      cv: {
        headline: 'Génie des télécommunications – 5e année', city: 'Tunis',
        profile: 'La radio m’intéresse de l’antenne au paquet : couverture, protocoles, passerelles.',
        education: [{ period: 'depuis 2022', title: 'Génie des télécommunications', place: 'Université de Tunis El Manar' }],
        experience: [
          { period: 'été 2025', title: 'Stage ingénieur radio', place: 'Opérateur télécom, Tunis', details: [
            'Mesures de couverture 4G en zone rurale et rapport d’optimisation',
            'Passerelle LoRa sous Linux pour des capteurs agricoles, petit programme en C',
            'Participation aux astreintes de supervision du réseau d’accès pendant deux semaines',
            'Rédaction d’une note de synthèse sur le déploiement de la 5G en bande 3,5 GHz',
          ] },
        ],
        skills: ['planification radio', 'LoRa', 'langage C', 'Linux'],
        languages: [fr, arabic, en('B2')], interests: ['radioamateurisme'],
      },
      letter: null,
    },
    earlier: { school: 'Classes préparatoires MP, IPEIT, Tunis (2020 – 2022)', activity: 'Animation d’un atelier d’initiation à l’électronique pour collégiens' },
  },
  {
    truth: t('H24', 'finance', ['fin_analysis', 'credit_risk', 'vba', 'excel'], 5, 'TN', ['TN'], 30, 16, 'fit_other_words', 'O24'),
    request: {
      firstName: 'Oussama', lastName: 'Hadj Taieb', civility: 'mr', university: 'Sfax', programme: 'Monnaie, banque, finance',
      title: 'Stage analyste engagements PME',
      keywords: ['analyse de bilans', 'notation interne', 'macros Excel'],
      message: 'Je cherche un stage en direction des engagements ou des risques d’une banque à Tunis ou Sfax.',
      wantedNaceDivisions: ['64'], wantedCities: ['Tunis', 'Sfax'], languages: ['fr', 'ar'], publishedDaysAgo: 13,
      cv: {
        headline: 'Master Monnaie, banque, finance – 5e année', city: 'Sfax',
        profile: 'Lire un bilan de PME et dire si elle remboursera : c’est ce que j’ai appris à faire en agence.',
        education: [{ period: 'depuis 2021', title: 'Monnaie, banque, finance', place: 'Université de Sfax' }],
        experience: [
          { period: 'février – mai 2025', title: 'Stage chargé d’affaires entreprises', place: 'Banque commerciale, Sfax', details: [
            'Analyse de bilans et de plans de trésorerie de PME industrielles',
            'Pré-notation interne des dossiers présentés au comité régional',
            'Macros Excel pour consolider les échéanciers des clients',
            'Participation aux visites de clients avec le chargé d’affaires et comptes rendus de visite',
          ] },
        ],
        skills: ['analyse de bilans', 'notation interne', 'macros Excel (VBA)', 'Excel'],
        languages: [fr, arabic, en('B1')], interests: ['bourse', 'tennis'],
      },
      letter: null,
    },
    earlier: { school: 'Licence fondamentale en finance, FSEG Sfax (2023)', activity: 'Trésorier du club d’investissement étudiant' },
  },
  {
    truth: t('H25', 'marketing', ['seo', 'sea', 'analytics', 'copywriting'], 4, 'FR', ['FR'], 25, 24, 'fit_other_words', 'O26'),
    request: {
      firstName: 'Clara', lastName: 'Morel', civility: 'mrs', university: 'Paris-Saclay', programme: 'Marketing et communication numérique',
      title: 'Stage acquisition / trafic',
      keywords: ['Semrush', 'Search Console', 'campagnes payantes', 'GA4'],
      message: 'Je cherche un stage de six mois en acquisition pour un site marchand : contenus, mots-clés et budgets.',
      wantedNaceDivisions: ['73', '47'], wantedCities: ['Paris'], languages: ['fr', 'en'], publishedDaysAgo: 6,
      cv: {
        headline: 'Master 1 Marketing et communication numérique', city: 'Paris',
        profile: 'Les mots-clés d’abord, puis les contenus, puis les chiffres : j’aime voir le trafic monter pour de bonnes raisons.',
        education: [{ period: 'depuis 2022', title: 'Marketing et communication numérique', place: 'Université Paris-Saclay' }],
        experience: [
          { period: 'avril – août 2025', title: 'Stage assistante webmarketing', place: 'Marque de thés en ligne, Paris', details: [
            'Audit des mots-clés sur Semrush et Search Console, réécriture de 60 fiches produits',
            'Campagnes payantes sur le réseau de recherche, suivi quotidien des coûts par clic',
            'Rapports mensuels dans GA4',
          ] },
        ],
        skills: ['Semrush', 'Search Console', 'campagnes payantes', 'GA4', 'rédaction de fiches produits'],
        languages: [fr, en('C1')], interests: ['cuisine', 'vidéo'],
      },
      letter: null,
    },
    earlier: { school: 'BUT Métiers du multimédia et de l’internet, IUT de Vélizy (2024)', activity: 'Blog de recettes tenu depuis quatre ans, 8 000 visites par mois' },
  },
  {
    truth: t('H26', 'biotech', ['pcr', 'mol_bio', 'r_stats', 'cell_culture'], 5, 'FR', ['FR'], 80, 24, 'fit_other_words', 'O16'),
    request: {
      firstName: 'Élise', lastName: 'Caron', civility: 'mrs', university: 'Montpellier', programme: 'Biologie-Santé',
      title: 'Stage M2 – diagnostic moléculaire',
      keywords: ['RT-qPCR', 'extraction d’ARN', 'RStudio'],
      message: 'Je cherche un stage de M2 de six mois en laboratoire de diagnostic ou de recherche à Montpellier.',
      wantedNaceDivisions: ['72', '86'], wantedCities: ['Montpellier'], languages: ['fr', 'en'], publishedDaysAgo: 20,
      cv: {
        headline: 'Master 2 Biologie-Santé', city: 'Montpellier',
        profile: 'Paillasse le matin, scripts l’après-midi : je conçois mes amorces et j’analyse mes courbes moi-même.',
        education: [{ period: 'depuis 2021', title: 'Biologie-Santé', place: 'Université de Montpellier' }],
        experience: [
          { period: 'janvier – juin 2025', title: 'Stage de M1', place: 'Laboratoire de virologie, Montpellier', details: [
            'Extraction d’ARN et RT-qPCR sur des échantillons de culture cellulaire infectée',
            'Conception et validation de couples d’amorces',
            'Analyse des Ct et statistiques sous RStudio',
            'Présentation des résultats au journal club de l’équipe et rédaction du rapport de stage',
          ] },
        ],
        skills: ['RT-qPCR', 'extraction d’ARN', 'culture cellulaire', 'RStudio'],
        languages: [fr, en('C1')], interests: ['vulgarisation scientifique', 'danse'],
      },
      letter: null,
    },
    earlier: { school: 'Licence sciences de la vie, Université de Montpellier (2023)', activity: 'Animatrice à la Fête de la science : ateliers d’extraction d’ADN de fraise' },
  },
  {
    truth: t('H27', 'pharma', ['chromatography', 'gmp', 'western'], 5, 'FR', ['FR'], 80, 24, 'neighbour_field', 'O16'),
    request: {
      firstName: 'Nora', lastName: 'Saidi', civility: 'mrs', university: 'Montpellier', programme: 'Pharmacie industrielle',
      title: 'Stage laboratoire – santé',
      keywords: ['HPLC', 'BPF', 'western blot'],
      message: 'Je cherche un stage en laboratoire dans la santé, production ou recherche.',
      wantedNaceDivisions: ['21', '72'], wantedCities: ['Montpellier'], languages: ['fr', 'en'], publishedDaysAgo: 45,
      cv: {
        headline: 'Pharmacie industrielle – 5e année', city: 'Montpellier',
        profile: 'Formée au contrôle des médicaments, curieuse des biomarqueurs ; je veux garder un pied dans le laboratoire et découvrir la recherche appliquée.',
        education: [{ period: 'depuis 2021', title: 'Pharmacie industrielle', place: 'Université de Montpellier' }],
        experience: [
          { period: 'été 2025', title: 'Stage contrôle qualité', place: 'Façonnier pharmaceutique, Gard', details: [
            'Dosages HPLC de produits finis selon les BPF',
            'Participation à un projet de dosage de protéines par western blot avec un laboratoire partenaire',
            'Revue des dossiers de lot avant libération et rédaction de deux fiches d’anomalie',
            'Formation des nouveaux techniciens aux règles d’habillage en zone contrôlée',
          ] },
        ],
        skills: ['HPLC', 'BPF', 'western blot'],
        languages: [fr, en('B2')], interests: ['natation'],
      },
      letter: null,
    },
    earlier: { school: 'PASS, Université de Montpellier (2021)', activity: 'Tutorat des étudiants de première année en chimie' },
  },
  {
    truth: t('H28', 'civil', ['vrd', 'quantity', 'site_follow', 'autocad'], 3, 'FR', ['FR'], 25, 12, 'fit_other_words', 'O13'),
    request: {
      firstName: 'Antoine', lastName: 'Guérin', civility: 'mr', university: 'Nantes', programme: 'Génie Civil-Infrastructures',
      title: 'Stage travaux publics – terrassement et réseaux',
      keywords: ['terrassements', 'assainissement', 'avant-métré', 'Covadis'],
      message: 'Étudiant en 3e année, je cherche un stage de trois mois sur chantier de travaux publics autour de Nantes. Permis B.',
      wantedNaceDivisions: ['42', '43'], wantedCities: ['Nantes'], languages: ['fr'], publishedDaysAgo: 11,
      cv: {
        headline: 'Génie Civil-Infrastructures · 3e année', city: 'Nantes',
        profile: 'Fils de maçon, à l’aise sur un chantier ; je veux devenir conducteur de travaux en TP.',
        education: [{ period: 'depuis 2024', title: 'Génie Civil-Infrastructures', place: 'Nantes Université' }],
        experience: [
          { period: 'juin – août 2025', title: 'Stage ouvrier', place: 'Entreprise de terrassement, Loire-Atlantique', details: [
            'Pose de réseaux d’assainissement et de bordures sur un lotissement',
            'Avant-métré des tranchées et des enrobés pour le chef de chantier',
            'Plans de récolement sous Covadis (AutoCAD)',
            'Présence aux réunions de chantier du mardi avec le maître d’œuvre et la commune',
          ] },
        ],
        skills: ['terrassements', 'assainissement', 'avant-métré', 'Covadis / AutoCAD', 'suivi de chantier'],
        languages: [fr, en('A2')], interests: ['rugby', 'mécanique'],
      },
      letter: null,
    },
    earlier: { school: 'BTS Travaux publics, Lycée Livet, Nantes (2024)', activity: 'Chantier de jeunes bénévoles : restauration d’un lavoir en pierre' },
  },
];
