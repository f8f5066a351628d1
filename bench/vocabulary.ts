/**
 * The words of the generated platform: fields of study with the sectors their students aim at, and what their CVs
 * and requests say. Weights shape the sector mix of a real platform: NACE 62 first, then 06, 26, 29 and 10, then a
 * long tail. (test/support/profile-factory.ts keeps its own small vocabulary for precise tests; the bench needs the
 * whole mix, so it extends the same idea here and reuses the factory's seeded generator.)
 */
export interface Domain {
  /** Field of study, as a programme name ("filière") and inside sentences. */
  programmes: string[];
  field: string;
  /** The field after "domaine"/"secteur": "du génie logiciel", "de la finance". */
  of: string;
  /** NACE divisions, the first being the most wanted. */
  divisions: string[];
  weight: number;
  titles: string[];
  skills: string[];
  tasks: string[];
  projects: string[];
}

export const DOMAINS: Domain[] = [
  {
    programmes: ['Génie logiciel', 'Informatique', 'Licence en sciences de l’informatique', 'Ingénierie des systèmes d’information'],
    field: 'génie logiciel',
    of: 'du génie logiciel',
    divisions: ['62', '63', '58'],
    weight: 22,
    titles: [
      'Stage de fin d’études en développement full-stack', 'Stage PFE : développeur back-end Java / Spring Boot',
      'Stage en développement web (React, Node.js)', 'Stage développeur mobile Flutter', 'Stage d’été en développement web',
      'Stage ingénieur DevOps et cloud', 'Stage en développement d’applications .NET', 'Stage en test et qualité logicielle',
    ],
    skills: [
      'Java', 'Spring Boot', 'TypeScript', 'Angular', 'React', 'Node.js', 'NestJS', 'Python', 'Django', 'PHP', 'Laravel',
      'C#', '.NET', 'Flutter', 'Kotlin', 'PostgreSQL', 'MySQL', 'MongoDB', 'Docker', 'Kubernetes', 'Git', 'Jenkins',
      'GitLab CI', 'Scrum', 'UML', 'API REST', 'Microservices', 'Tests unitaires', 'Linux',
    ],
    tasks: [
      'Développement d’une API REST avec Spring Boot et PostgreSQL pour la gestion des commandes',
      'Conception et réalisation d’une application web de réservation en Angular et Node.js',
      'Mise en place d’une chaîne d’intégration continue avec Jenkins et Docker',
      'Migration d’une application monolithique vers une architecture microservices',
      'Développement d’une application mobile Flutter de suivi des livraisons',
      'Écriture de tests unitaires et d’intégration (JUnit, Jest), couverture portée à 80 %',
      'Refonte de l’interface d’un back-office en React avec gestion des rôles',
      'Déploiement d’une application sur Kubernetes avec supervision Prometheus et Grafana',
      'Participation aux cérémonies Scrum et à la revue de code au sein d’une équipe de six développeurs',
    ],
    projects: [
      'Plateforme de gestion des stages d’une faculté (Spring Boot, Angular)',
      'Application de covoiturage étudiant (Flutter, Firebase)', 'Site de commerce en ligne (Laravel, MySQL)',
      'Outil de gestion de tickets d’incidents (NestJS, React)',
    ],
  },
  {
    programmes: ['Science des données et intelligence artificielle', 'Mathématiques appliquées et data science'],
    field: 'science des données',
    of: 'de la science des données',
    divisions: ['62', '63', '72'],
    weight: 8,
    titles: [
      'Stage PFE en data science', 'Stage en apprentissage automatique', 'Stage data engineer (Spark, Airflow)',
      'Stage en vision par ordinateur', 'Stage en traitement automatique du langage naturel', 'Stage analyste de données',
    ],
    skills: [
      'Python', 'Pandas', 'Scikit-learn', 'TensorFlow', 'PyTorch', 'SQL', 'Spark', 'Airflow', 'Power BI', 'Tableau',
      'Statistiques', 'Apprentissage automatique', 'Deep learning', 'NLP', 'Vision par ordinateur', 'MLOps', 'R',
    ],
    tasks: [
      'Construction d’un modèle de prédiction de l’attrition des clients (XGBoost, précision de 87 %)',
      'Mise en place d’un pipeline de données avec Airflow et Spark',
      'Classification d’images de défauts sur une ligne de production avec un réseau convolutif',
      'Analyse des ventes et réalisation de tableaux de bord sous Power BI',
      'Entraînement d’un modèle de classification de textes en arabe et en français',
      'Nettoyage et préparation d’un jeu de données de deux millions de transactions',
    ],
    projects: [
      'Détection de fraude bancaire par apprentissage automatique', 'Chatbot d’orientation universitaire (NLP)',
      'Prévision de la consommation électrique par séries temporelles',
    ],
  },
  {
    programmes: ['Réseaux et télécommunications', 'Sécurité des systèmes informatiques'],
    field: 'réseaux et télécommunications',
    of: 'des réseaux et télécommunications',
    divisions: ['61', '62'],
    weight: 6,
    titles: [
      'Stage en administration systèmes et réseaux', 'Stage ingénieur cybersécurité', 'Stage en réseaux mobiles 4G/5G',
      'Stage SOC analyste sécurité', 'Stage en virtualisation et cloud privé',
    ],
    skills: [
      'Cisco', 'CCNA', 'Routage et commutation', 'Fortinet', 'Pare-feu', 'Linux', 'Windows Server', 'VMware',
      'Cybersécurité', 'Tests d’intrusion', 'SIEM', 'Wireshark', '5G', 'VoIP', 'Fibre optique', 'Active Directory',
    ],
    tasks: [
      'Configuration des routeurs et commutateurs Cisco du réseau d’un campus',
      'Audit de sécurité et tests d’intrusion d’une infrastructure Linux',
      'Déploiement d’un pare-feu Fortinet et segmentation du réseau en VLAN',
      'Supervision du réseau avec Zabbix et rédaction des procédures d’exploitation',
      'Mise en place d’une solution de téléphonie sur IP pour une PME',
      'Analyse des journaux de sécurité dans un SIEM et traitement des alertes',
    ],
    projects: [
      'Conception d’un réseau d’entreprise multi-sites sécurisé', 'Plateforme de détection d’intrusions basée sur Suricata',
    ],
  },
  {
    programmes: ['Génie pétrolier', 'Géosciences et géologie appliquée', 'Génie des procédés pétroliers'],
    field: 'génie pétrolier',
    of: 'du génie pétrolier',
    divisions: ['06', '09', '19'],
    weight: 9,
    titles: [
      'Stage ingénieur en production pétrolière', 'Stage en géologie de réservoir', 'Stage en forage et complétion',
      'Stage en HSE sur site pétrolier', 'Stage en géophysique et interprétation sismique',
    ],
    skills: [
      'Géologie', 'Géophysique', 'Forage', 'Petrel', 'Eclipse', 'Interprétation sismique', 'Diagraphies',
      'Ingénierie de réservoir', 'HSE', 'Production pétrolière', 'Gaz naturel', 'Pipeline', 'Corrosion', 'AutoCAD',
    ],
    tasks: [
      'Suivi des opérations de forage sur un champ pétrolier du sud tunisien',
      'Interprétation de profils sismiques et cartographie des horizons sous Petrel',
      'Analyse des diagraphies de trois puits et estimation des réserves',
      'Étude de la corrosion d’un pipeline de transport de gaz',
      'Participation aux audits HSE et à l’analyse des risques d’une station de compression',
      'Optimisation du débit de production par gas-lift',
    ],
    projects: [
      'Modélisation d’un réservoir gréseux sous Eclipse', 'Étude de faisabilité d’un puits horizontal',
    ],
  },
  {
    programmes: ['Électronique et systèmes embarqués', 'Génie électronique et microélectronique'],
    field: 'systèmes embarqués',
    of: 'des systèmes embarqués',
    divisions: ['26', '27', '62'],
    weight: 8,
    titles: [
      'Stage en systèmes embarqués', 'Stage PFE : conception de cartes électroniques', 'Stage en électronique de puissance',
      'Stage développeur firmware (C, STM32)', 'Stage en Internet des objets', 'Stage en test et validation électronique',
    ],
    skills: [
      'C', 'C++', 'STM32', 'Arduino', 'Raspberry Pi', 'FreeRTOS', 'VHDL', 'FPGA', 'Altium Designer', 'KiCad',
      'Électronique analogique', 'Électronique de puissance', 'IoT', 'Bus CAN', 'MATLAB', 'Simulink', 'Oscilloscope',
    ],
    tasks: [
      'Développement du firmware d’un capteur connecté sur microcontrôleur STM32 sous FreeRTOS',
      'Conception du schéma et du routage d’une carte d’acquisition sous Altium Designer',
      'Validation de cartes électroniques sur banc de test automatisé',
      'Implémentation d’un filtre numérique en VHDL sur FPGA',
      'Mise en place d’une passerelle IoT LoRaWAN pour la télérelève',
      'Rédaction des dossiers de test et analyse des défaillances en production',
    ],
    projects: [
      'Station météo connectée à base d’ESP32', 'Commande d’un moteur brushless par FPGA', 'Robot suiveur de ligne',
    ],
  },
  {
    programmes: ['Génie mécanique', 'Génie industriel et automobile', 'Mécatronique'],
    field: 'génie mécanique',
    of: 'du génie mécanique',
    divisions: ['29', '28', '30'],
    weight: 8,
    titles: [
      'Stage en conception mécanique (CATIA)', 'Stage ingénieur méthodes industrialisation', 'Stage en maintenance industrielle',
      'Stage qualité fournisseurs automobile', 'Stage en amélioration continue (Lean)', 'Stage en câblage automobile',
    ],
    skills: [
      'CATIA V5', 'SolidWorks', 'AutoCAD', 'Ansys', 'Lean manufacturing', 'Six Sigma', 'AMDEC', '5S', 'Kaizen',
      'Maintenance préventive', 'Automatisme', 'API Siemens', 'Cotation fonctionnelle', 'Fabrication additive', 'IATF 16949',
    ],
    tasks: [
      'Conception d’un outillage de contrôle sous CATIA V5 pour une ligne de câblage automobile',
      'Réduction des temps de changement de série (SMED) de 35 % sur une presse d’injection',
      'Mise en place d’un plan de maintenance préventive sur GMAO',
      'Analyse AMDEC d’un processus d’assemblage et plan d’actions',
      'Calcul de structure par éléments finis sous Ansys',
      'Animation de chantiers 5S et Kaizen dans un atelier de production',
      'Programmation d’un automate Siemens S7 pour un poste de vissage',
    ],
    projects: [
      'Conception d’un bras robotisé de tri', 'Optimisation d’une ligne d’assemblage par simulation de flux',
    ],
  },
  {
    programmes: ['Industries agroalimentaires', 'Génie biologique et agroalimentaire'],
    field: 'agroalimentaire',
    of: 'de l’agroalimentaire',
    divisions: ['10', '11', '01'],
    weight: 7,
    titles: [
      'Stage en qualité et sécurité alimentaire', 'Stage en production agroalimentaire', 'Stage en recherche et développement produits',
      'Stage responsable HACCP', 'Stage en laboratoire de microbiologie alimentaire',
    ],
    skills: [
      'HACCP', 'ISO 22000', 'IFS', 'BRC', 'Microbiologie', 'Analyses physico-chimiques', 'Traçabilité', 'Production',
      'Formulation', 'Emballage', 'Huile d’olive', 'Produits laitiers', 'Contrôle qualité',
    ],
    tasks: [
      'Mise à jour du plan HACCP d’une unité de production de produits laitiers',
      'Analyses microbiologiques et physico-chimiques des matières premières',
      'Suivi des rendements et des pertes d’une huilerie pendant la campagne oléicole',
      'Formulation d’un biscuit enrichi en fibres et tests sensoriels',
      'Préparation de l’audit de certification IFS Food',
      'Contrôle de la traçabilité des lots et gestion des non-conformités',
    ],
    projects: [
      'Valorisation des grignons d’olive', 'Étude de la durée de conservation d’un jus de fruits',
    ],
  },
  {
    programmes: ['Génie civil', 'Bâtiment et travaux publics'],
    field: 'génie civil',
    of: 'du génie civil',
    divisions: ['41', '42', '71'],
    weight: 5,
    titles: ['Stage en bureau d’études structures', 'Stage conducteur de travaux', 'Stage ingénieur en génie civil', 'Stage en modélisation BIM'],
    skills: ['Béton armé', 'Eurocode 2', 'Robot Structural Analysis', 'AutoCAD', 'Revit', 'BIM', 'Métré', 'Géotechnique', 'Routes', 'MS Project'],
    tasks: [
      'Dimensionnement d’un bâtiment R+5 en béton armé selon l’Eurocode 2',
      'Suivi de chantier, métrés et réception des ouvrages de gros œuvre',
      'Modélisation BIM d’un immeuble de bureaux sous Revit',
      'Étude géotechnique et choix des fondations d’un ouvrage d’art',
      'Planification des travaux d’une route de 12 km sous MS Project',
    ],
    projects: ['Conception d’un pont en béton précontraint', 'Étude d’un immeuble R+8 à Tunis'],
  },
  {
    programmes: ['Finance et comptabilité', 'Banque et assurance', 'Comptabilité, contrôle, audit'],
    field: 'finance',
    of: 'de la finance',
    divisions: ['64', '69', '66'],
    weight: 5,
    titles: ['Stage en audit financier', 'Stage assistant comptable', 'Stage en contrôle de gestion', 'Stage analyste crédit bancaire'],
    skills: ['Comptabilité générale', 'Audit', 'Fiscalité', 'Contrôle de gestion', 'Excel', 'VBA', 'SAP FI', 'Normes IFRS', 'Analyse financière', 'Sage'],
    tasks: [
      'Participation à l’audit légal des comptes d’un groupe industriel',
      'Tenue de la comptabilité générale et préparation des déclarations fiscales',
      'Élaboration des tableaux de bord mensuels de contrôle de gestion sous Excel',
      'Analyse des dossiers de crédit des PME et notation du risque',
      'Rapprochements bancaires et suivi de la trésorerie',
    ],
    projects: ['Évaluation d’une entreprise par la méthode des flux actualisés', 'Mise en place d’une comptabilité analytique'],
  },
  {
    programmes: ['Marketing digital', 'Commerce international', 'Management et commerce'],
    field: 'marketing',
    of: 'du marketing',
    divisions: ['73', '46', '47'],
    weight: 5,
    titles: ['Stage en marketing digital', 'Stage community manager', 'Stage chargé(e) d’études de marché', 'Stage en commerce international'],
    skills: ['Marketing digital', 'SEO', 'SEA', 'Google Analytics', 'Réseaux sociaux', 'Community management', 'Canva', 'CRM', 'Études de marché', 'Négociation'],
    tasks: [
      'Gestion des réseaux sociaux et des campagnes publicitaires d’une marque de cosmétiques',
      'Optimisation du référencement naturel d’un site de commerce en ligne',
      'Réalisation d’une étude de marché sur l’export de dattes vers l’Europe',
      'Prospection de nouveaux clients et suivi dans le CRM',
    ],
    projects: ['Plan marketing du lancement d’une application mobile', 'Étude du comportement d’achat en ligne des étudiants'],
  },
  {
    programmes: ['Génie chimique', 'Génie des procédés et pharmacie industrielle'],
    field: 'génie chimique',
    of: 'du génie chimique',
    divisions: ['20', '21'],
    weight: 4,
    titles: ['Stage en génie des procédés', 'Stage en production pharmaceutique', 'Stage assurance qualité pharmaceutique', 'Stage en traitement des eaux'],
    skills: ['Génie des procédés', 'Aspen Plus', 'BPF', 'Validation', 'Chromatographie HPLC', 'Traitement des eaux', 'Sécurité des procédés', 'ISO 9001'],
    tasks: [
      'Suivi d’une unité de production d’acide phosphorique et bilans matière',
      'Validation d’un procédé de fabrication de comprimés selon les BPF',
      'Analyses HPLC au laboratoire de contrôle qualité',
      'Optimisation d’une station de traitement des eaux usées industrielles',
    ],
    projects: ['Simulation d’une colonne de distillation sous Aspen Plus'],
  },
  {
    programmes: ['Génie électrique', 'Énergies renouvelables'],
    field: 'génie électrique',
    of: 'du génie électrique',
    divisions: ['35', '27'],
    weight: 4,
    titles: ['Stage en énergies renouvelables', 'Stage en installations électriques', 'Stage en efficacité énergétique', 'Stage en automatisme industriel'],
    skills: ['Photovoltaïque', 'PVsyst', 'Efficacité énergétique', 'Caneco', 'Automatisme', 'Schneider Electric', 'Haute tension', 'MATLAB'],
    tasks: [
      'Dimensionnement d’une centrale photovoltaïque de 2 MWc sous PVsyst',
      'Audit énergétique d’une usine textile et plan d’économies',
      'Étude des installations électriques basse tension d’un hôpital',
      'Programmation d’automates Schneider pour le pompage solaire',
    ],
    projects: ['Micro-réseau hybride solaire et stockage', 'Supervision d’une installation photovoltaïque'],
  },
  {
    programmes: ['Logistique et transport', 'Supply chain management'],
    field: 'logistique',
    of: 'de la logistique',
    divisions: ['52', '49', '50'],
    weight: 3,
    titles: ['Stage en logistique et supply chain', 'Stage en gestion des stocks', 'Stage transit et dédouanement'],
    skills: ['Supply chain', 'Gestion des stocks', 'SAP MM', 'WMS', 'Transport', 'Douane', 'Incoterms', 'Excel'],
    tasks: [
      'Réorganisation des emplacements d’un entrepôt et réduction des temps de préparation',
      'Suivi des opérations de dédouanement au port de Radès',
      'Analyse ABC des stocks et calcul des points de commande',
    ],
    projects: ['Optimisation des tournées de livraison'],
  },
  {
    programmes: ['Textile et habillement'],
    field: 'textile',
    of: 'du textile',
    divisions: ['13', '14'],
    weight: 2,
    titles: ['Stage en production textile', 'Stage en qualité confection', 'Stage bureau des méthodes textile'],
    skills: ['Confection', 'Lectra', 'Contrôle qualité', 'Méthodes', 'Chronométrage', 'Ennoblissement'],
    tasks: [
      'Équilibrage d’une chaîne de confection de jeans',
      'Contrôle qualité des tissus à réception et suivi des défauts',
      'Gradation et placement des patrons sous Lectra',
    ],
    projects: ['Réduction des chutes de tissu en salle de coupe'],
  },
  {
    programmes: ['Tourisme et hôtellerie'],
    field: 'tourisme',
    of: 'du tourisme',
    divisions: ['55', '79', '56'],
    weight: 2,
    titles: ['Stage en hôtellerie (réception)', 'Stage en agence de voyages', 'Stage revenue management hôtelier'],
    skills: ['Accueil', 'Opera PMS', 'Revenue management', 'Réservation', 'Anglais', 'Tourisme durable'],
    tasks: [
      'Accueil et gestion des réservations à la réception d’un hôtel cinq étoiles',
      'Conception de circuits touristiques dans le sud tunisien',
      'Suivi des tarifs et du taux d’occupation',
    ],
    projects: ['Développement du tourisme saharien'],
  },
  {
    programmes: ['Biotechnologie', 'Génie biomédical'],
    field: 'biotechnologie',
    of: 'de la biotechnologie',
    divisions: ['72', '86', '21'],
    weight: 2,
    titles: ['Stage en biotechnologie', 'Stage ingénieur biomédical', 'Stage en laboratoire de recherche'],
    skills: ['Biologie moléculaire', 'PCR', 'Culture cellulaire', 'Maintenance biomédicale', 'Bioinformatique', 'ISO 13485'],
    tasks: [
      'Extraction d’ADN et amplification par PCR au laboratoire de recherche',
      'Maintenance préventive des équipements d’imagerie d’une clinique',
      'Analyse de séquences avec des outils de bioinformatique',
    ],
    projects: ['Conception d’un oxymètre de pouls connecté'],
  },
];

export const SOFT_SKILLS = [
  'Travail en équipe', 'Autonomie', 'Rigueur', 'Esprit d’analyse', 'Communication', 'Gestion du temps', 'Adaptabilité',
  'Sens de l’organisation', 'Curiosité', 'Prise d’initiative',
];

export const INTERESTS = [
  'Club robotique', 'Bénévolat au Croissant-Rouge', 'Football', 'Photographie', 'Échecs', 'Randonnée', 'Club Enactus',
  'IEEE Student Branch', 'Théâtre', 'Lecture', 'Natation', 'Hackathons', 'Musique (oud)', 'Club Google Developer Students',
];

/** Universities with their country and city; the weight is their share of students. */
export const UNIVERSITIES: Array<{ name: string; country: string; city: string; weight: number }> = [
  { name: 'Université de Sfax', country: 'TN', city: 'Sfax', weight: 9 },
  { name: 'Université de Tunis El Manar', country: 'TN', city: 'Tunis', weight: 9 },
  { name: 'Université de Carthage', country: 'TN', city: 'Tunis', weight: 8 },
  { name: 'Université de Monastir', country: 'TN', city: 'Monastir', weight: 6 },
  { name: 'Université de Sousse', country: 'TN', city: 'Sousse', weight: 6 },
  { name: 'Université de la Manouba', country: 'TN', city: 'La Manouba', weight: 5 },
  { name: 'Université de Gabès', country: 'TN', city: 'Gabès', weight: 4 },
  { name: 'Université de Kairouan', country: 'TN', city: 'Kairouan', weight: 3 },
  { name: 'Université de Jendouba', country: 'TN', city: 'Jendouba', weight: 2 },
  { name: 'Université de Gafsa', country: 'TN', city: 'Gafsa', weight: 2 },
  { name: 'Université Virtuelle de Tunis', country: 'TN', city: 'Tunis', weight: 2 },
  { name: 'École supérieure privée d’ingénierie et de technologies', country: 'TN', city: 'Ariana', weight: 5 },
  { name: 'Université Centrale', country: 'TN', city: 'Tunis', weight: 3 },
  { name: 'Université de Montpellier', country: 'FR', city: 'Montpellier', weight: 3 },
  { name: 'Université Claude Bernard Lyon 1', country: 'FR', city: 'Lyon', weight: 2 },
  { name: 'Université Grenoble Alpes', country: 'FR', city: 'Grenoble', weight: 2 },
  { name: 'Université Paris-Saclay', country: 'FR', city: 'Orsay', weight: 2 },
  { name: 'Université Toulouse III – Paul Sabatier', country: 'FR', city: 'Toulouse', weight: 2 },
  { name: 'Aix-Marseille Université', country: 'FR', city: 'Marseille', weight: 1 },
  { name: 'Université Mohammed V de Rabat', country: 'MA', city: 'Rabat', weight: 3 },
  { name: 'Université Hassan II de Casablanca', country: 'MA', city: 'Casablanca', weight: 3 },
  { name: 'Université Cadi Ayyad', country: 'MA', city: 'Marrakech', weight: 2 },
  { name: 'Université Abdelmalek Essaâdi', country: 'MA', city: 'Tétouan', weight: 2 },
  { name: 'Université des sciences et de la technologie Houari-Boumédiène', country: 'DZ', city: 'Alger', weight: 3 },
  { name: 'Université d’Oran 1', country: 'DZ', city: 'Oran', weight: 2 },
  { name: 'Université Frères Mentouri Constantine 1', country: 'DZ', city: 'Constantine', weight: 2 },
  { name: 'Université Ferhat Abbas Sétif 1', country: 'DZ', city: 'Sétif', weight: 1 },
];

/** Countries where students want their internship: mostly Tunisia, then France, Morocco, Algeria. */
export const WANTED_COUNTRIES: Array<[code: string, weight: number]> = [
  ['TN', 58], ['FR', 18], ['MA', 8], ['DZ', 6], ['BE', 2], ['CA', 2], ['DE', 2], ['QA', 1], ['AE', 1], ['IT', 1],
  ['SN', 0.5], ['CI', 0.5],
];

export const CITIES: Record<string, string[]> = {
  TN: ['Tunis', 'Sfax', 'Sousse', 'Monastir', 'Nabeul', 'Bizerte', 'Gabès', 'Ariana', 'Ben Arous', 'Kairouan'],
  FR: ['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Montpellier', 'Lille', 'Grenoble', 'Nantes', 'Bordeaux'],
  MA: ['Casablanca', 'Rabat', 'Tanger', 'Marrakech', 'Fès', 'Agadir'],
  DZ: ['Alger', 'Oran', 'Constantine', 'Annaba', 'Sétif'],
  BE: ['Bruxelles', 'Liège'],
  CA: ['Montréal', 'Québec'],
  DE: ['Munich', 'Stuttgart'],
  QA: ['Doha'],
  AE: ['Dubaï'],
  IT: ['Milan', 'Turin'],
  SN: ['Dakar'],
  CI: ['Abidjan'],
};

export const STUDY_YEARS: Array<[year: number, weight: number]> = [[1, 6], [2, 12], [3, 28], [4, 22], [5, 32]];

export const FIRST_NAMES_WOMEN = [
  'Amira', 'Sarra', 'Yasmine', 'Ines', 'Rim', 'Salma', 'Khira', 'Mariem', 'Nour', 'Eya', 'Fatma', 'Oumaima', 'Chaima',
  'Hiba', 'Asma', 'Meriem', 'Imane', 'Kenza', 'Lina', 'Léa', 'Manon', 'Chloé', 'Camille', 'Sofia', 'Aya',
];
export const FIRST_NAMES_MEN = [
  'Mohamed', 'Youssef', 'Ahmed', 'Aymen', 'Karim', 'Mehdi', 'Skander', 'Hamza', 'Oussama', 'Wassim', 'Amine', 'Firas',
  'Bilel', 'Anis', 'Rayen', 'Yassine', 'Omar', 'Walid', 'Nabil', 'Hugo', 'Lucas', 'Théo', 'Nicolas', 'Adam', 'Ilyes',
];
export const LAST_NAMES = [
  'Ben Salah', 'Trabelsi', 'Gharbi', 'Jaziri', 'Mansouri', 'Khadraoui', 'Ben Ali', 'Hammami', 'Bouaziz', 'Chaabane',
  'Ayari', 'Dridi', 'Mejri', 'Sassi', 'Ben Amor', 'Karray', 'Masmoudi', 'Ellouze', 'Feki', 'Kammoun', 'Zouari',
  'Baccouche', 'Ben Youssef', 'Jlassi', 'Rekik', 'El Amrani', 'Benjelloun', 'El Idrissi', 'Alaoui', 'Bennani',
  'Tazi', 'Benali', 'Boudiaf', 'Belkacem', 'Haddad', 'Meziane', 'Saidi', 'Martin', 'Bernard', 'Dubois', 'Moreau',
  'Lefèvre', 'Laurent', 'Garcia', 'Roux', 'Fontaine',
];

export const COMPANY_STEMS = [
  'Atlas', 'Carthage', 'Medina', 'Horizon', 'Nova', 'Delta', 'Sahel', 'Cap Bon', 'Oasis', 'Méditerranée', 'Hannibal',
  'Elissa', 'Djerba', 'Kerkennah', 'Numidia', 'Orion', 'Vega', 'Sigma', 'Alpha', 'Zitouna', 'Jasmin', 'Phénix',
];
export const COMPANY_FORMS = ['SARL', 'SA', 'SUARL', 'SAS', 'Group', ''];

/** What a company of a division calls itself, for its name. */
export const COMPANY_TRADES: Record<string, string[]> = {
  '62': ['Digital', 'Software', 'Informatique', 'Tech Solutions', 'Consulting IT'],
  '63': ['Data', 'Cloud Services', 'Web Services'],
  '58': ['Éditions Logicielles'],
  '61': ['Télécom', 'Networks'],
  '72': ['Recherche & Innovation', 'Labs'],
  '06': ['Pétrole Services', 'Oil & Gas', 'Énergie Exploration'],
  '09': ['Forage Services'],
  '19': ['Raffinage'],
  '26': ['Électronique', 'Embedded Systems', 'Microtech'],
  '27': ['Équipements Électriques', 'Câbles'],
  '29': ['Automotive', 'Câblage Auto', 'Composants Auto'],
  '28': ['Machines', 'Mécanique Industrielle'],
  '30': ['Aéronautique'],
  '10': ['Agro', 'Conserveries', 'Huileries', 'Laiterie'],
  '11': ['Boissons', 'Eaux Minérales'],
  '01': ['Agricole'],
  '41': ['Bâtiment', 'Promotion Immobilière'],
  '42': ['Travaux Publics', 'Génie Civil'],
  '71': ['Bureau d’Études', 'Ingénierie Conseil'],
  '64': ['Banque', 'Finance'],
  '66': ['Assurances'],
  '69': ['Audit & Conseil', 'Expertise Comptable'],
  '73': ['Communication', 'Marketing'],
  '46': ['Distribution', 'Import-Export'],
  '47': ['Retail'],
  '20': ['Chimie'],
  '21': ['Pharma', 'Laboratoires'],
  '35': ['Énergie Solaire', 'Électricité'],
  '52': ['Logistique'],
  '49': ['Transport'],
  '50': ['Navigation'],
  '13': ['Textile'],
  '14': ['Confection'],
  '55': ['Hôtels & Resorts'],
  '79': ['Voyages'],
  '56': ['Restauration'],
  '86': ['Clinique'],
};

export const LANGUAGE_LINES: Record<string, string[]> = {
  ar: ['Arabe : langue maternelle'],
  fr: ['Français : courant', 'Français : courant (DELF B2)', 'Français : langue maternelle', 'Français : bilingue'],
  en: ['Anglais : bon niveau (TOEIC 850)', 'Anglais : B2', 'Anglais : courant (IELTS 7)', 'Anglais : intermédiaire'],
  de: ['Allemand : notions (A2)', 'Allemand : B1'],
  es: ['Espagnol : notions', 'Espagnol : B1'],
  it: ['Italien : notions'],
};

/** Languages a request lists, each with its probability. */
export const LANGUAGE_ODDS: Array<[code: string, probability: number]> = [
  ['fr', 0.95], ['en', 0.78], ['ar', 0.55], ['de', 0.06], ['es', 0.05], ['it', 0.03],
];

export const BAC_SECTIONS = ['Mathématiques', 'Sciences expérimentales', 'Sciences techniques', 'Informatique', 'Économie et gestion'];
export const MENTIONS = ['Passable', 'Assez bien', 'Bien', 'Très bien'];
export const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
