/**
 * What the demo students look for, per programme: the subject of their internship, the sectors (NACE divisions)
 * they want, keywords, and what their CV says. `project` and `past` appear only in the CV, so a word of them can
 * be found by the guided search only through the extracted CV text.
 */
export interface DemoTopic {
  /** Completes "Stage …": "en développement web full-stack". */
  subject: string;
  sectors: string[];
  keywords: string[];
  skills: string[];
  /** One sentence of the letter and the request: what the student wants to do. */
  pitch: string;
  /** A school project, described in the CV only. */
  project: string;
  /** An earlier internship, in the CV only. */
  past: { title: string; place: string; detail: string };
}

export const DEMO_TOPICS: Record<string, DemoTopic[]> = {
  'esis-gl': [
    {
      subject: 'en développement web full-stack',
      sectors: ['62'],
      keywords: ['TypeScript', 'Angular', 'NestJS', 'PostgreSQL'],
      skills: ['TypeScript', 'Angular', 'NestJS', 'PostgreSQL', 'Git', 'Docker'],
      pitch: 'Je souhaite participer à la conception et au développement d’applications web, du front-end à l’API.',
      project: 'plateforme de réservation de salles de sport (Angular, NestJS)',
      past: {
        title: 'Stagiaire développeur web',
        place: 'Nuage Numérique SARL, Sfax',
        detail: 'Développement d’un tableau de bord de suivi des ventes',
      },
    },
    {
      subject: 'en développement mobile',
      sectors: ['62'],
      keywords: ['Flutter', 'Kotlin', 'Firebase', 'applications mobiles'],
      skills: ['Flutter', 'Dart', 'Kotlin', 'Firebase', 'UX design'],
      pitch: 'Je souhaite développer des applications mobiles utiles au quotidien, soignées et accessibles.',
      project: 'application mobile de covoiturage étudiant (Flutter, Firebase)',
      past: {
        title: 'Stagiaire développeur mobile',
        place: 'Appli’Sud, Sfax',
        detail: 'Publication d’une application de fidélité sur Android',
      },
    },
    {
      subject: 'en DevOps et cloud',
      sectors: ['62', '63'],
      keywords: ['DevOps', 'Docker', 'Kubernetes', 'CI/CD'],
      skills: ['Linux', 'Docker', 'Kubernetes', 'GitLab CI', 'Terraform', 'Bash'],
      pitch: 'Je souhaite automatiser le déploiement et la supervision d’applications dans le cloud.',
      project: 'chaîne d’intégration continue pour un projet open source (GitLab CI, Kubernetes)',
      past: {
        title: 'Stagiaire administrateur systèmes',
        place: 'Centre de calcul universitaire, Sfax',
        detail: 'Migration de services vers des conteneurs Docker',
      },
    },
    {
      subject: 'en science des données et intelligence artificielle',
      sectors: ['62', '72'],
      keywords: ['Python', 'machine learning', 'NLP', 'science des données'],
      skills: ['Python', 'pandas', 'scikit-learn', 'PyTorch', 'SQL', 'statistiques'],
      pitch:
        'Je souhaite appliquer l’apprentissage automatique à des données réelles, de la préparation au déploiement.',
      project: 'classification automatique d’avis clients en arabe dialectal (PyTorch)',
      past: {
        title: 'Stagiaire data scientist',
        place: 'Laboratoire de recherche en informatique, Sfax',
        detail: 'Prévision de la consommation électrique par réseaux de neurones',
      },
    },
  ],
  'esis-gee': [
    {
      subject: 'en électronique embarquée et robotique',
      sectors: ['26'],
      keywords: ['électronique', 'robotique', 'STM32', 'C embarqué'],
      skills: ['C embarqué', 'STM32', 'FreeRTOS', 'Proteus', 'soudure CMS'],
      pitch:
        'Je souhaite concevoir et programmer des systèmes électroniques embarqués, en particulier pour la robotique.',
      project: 'robot suiveur de ligne présenté au concours national de robotique',
      past: {
        title: 'Stagiaire technicien électronique',
        place: 'Atelier ÉlectroSfax, Sfax',
        detail: 'Test et réparation de cartes de commande',
      },
    },
    {
      subject: 'en conception de cartes électroniques',
      sectors: ['26', '27'],
      keywords: ['PCB', 'Altium', 'CEM', 'électronique analogique'],
      skills: ['Altium Designer', 'LTspice', 'CEM', 'électronique analogique', 'oscilloscope'],
      pitch: 'Je souhaite participer à la conception de cartes électroniques, du schéma au prototype.',
      project: 'carte d’acquisition de température à huit voies (Altium Designer)',
      past: {
        title: 'Stagiaire en bureau d’études',
        place: 'Circuits Imprimés du Centre, Sousse',
        detail: 'Routage d’une carte d’alimentation à découpage',
      },
    },
    {
      subject: 'en systèmes embarqués et objets connectés',
      sectors: ['26', '62'],
      keywords: ['IoT', 'ESP32', 'MQTT', 'capteurs'],
      skills: ['ESP32', 'MQTT', 'C++', 'Node-RED', 'capteurs', 'LoRa'],
      pitch: 'Je souhaite développer des objets connectés, des capteurs jusqu’au tableau de bord.',
      project: 'serre hydroponique connectée avec capteurs d’humidité et tableau de bord',
      past: {
        title: 'Stagiaire IoT',
        place: 'AgriTech Lab, Tunis',
        detail: 'Déploiement de capteurs LoRa dans une oliveraie',
      },
    },
    {
      subject: 'en énergies renouvelables et électrotechnique',
      sectors: ['35', '27'],
      keywords: ['photovoltaïque', 'électrotechnique', 'Matlab', 'onduleurs'],
      skills: ['Matlab/Simulink', 'PVsyst', 'électrotechnique', 'AutoCAD Electrical'],
      pitch: 'Je souhaite contribuer à des projets d’énergie solaire, du dimensionnement à la mise en service.',
      project: 'dimensionnement d’une centrale photovoltaïque pour un lycée (PVsyst)',
      past: {
        title: 'Stagiaire électrotechnicien',
        place: 'Soleil du Sud Énergies, Gabès',
        detail: 'Mise en service d’onduleurs sur des toitures solaires',
      },
    },
  ],
  'esis-gpp': [
    {
      subject: 'en ingénierie de production pétrolière',
      sectors: ['06', '09'],
      keywords: ['production pétrolière', 'forage', 'réservoir', 'gaz naturel'],
      skills: ['ingénierie de réservoir', 'PIPESIM', 'Excel avancé', 'géologie pétrolière'],
      pitch: 'Je souhaite découvrir l’exploitation d’un champ pétrolier et l’optimisation de la production des puits.',
      project: 'étude du déclin de production d’un puits par courbes d’Arps',
      past: {
        title: 'Stagiaire opérateur de production',
        place: 'Champ pétrolier du Sud, Tataouine',
        detail: 'Suivi journalier des débits et des pressions',
      },
    },
    {
      subject: 'en raffinage et génie des procédés',
      sectors: ['06', '19'],
      keywords: ['raffinage', 'distillation', 'HYSYS', 'procédés'],
      skills: ['Aspen HYSYS', 'thermodynamique', 'bilans matière', 'P&ID'],
      pitch: 'Je souhaite travailler sur l’optimisation des unités de raffinage et la simulation des procédés.',
      project: 'simulation d’une colonne de distillation atmosphérique sous Aspen HYSYS',
      past: {
        title: 'Stagiaire en salle de contrôle',
        place: 'Raffinerie du Nord (site de démonstration), Bizerte',
        detail: 'Relevé des paramètres d’une unité de reformage',
      },
    },
    {
      subject: 'en hygiène, sécurité et environnement sur site gazier',
      sectors: ['06'],
      keywords: ['HSE', 'sécurité industrielle', 'gaz naturel', 'ISO 45001'],
      skills: ['analyse des risques', 'HAZOP', 'ISO 45001', 'ISO 14001', 'gestion des déchets'],
      pitch:
        'Je souhaite contribuer à la prévention des risques et à la protection de l’environnement sur des sites industriels.',
      project: 'étude HAZOP d’un poste de détente de gaz naturel',
      past: {
        title: 'Stagiaire HSE',
        place: 'Terminal gazier de démonstration, Skhira',
        detail: 'Mise à jour des fiches de sécurité des produits',
      },
    },
  ],
  'istt-ir': [
    {
      subject: 'en cybersécurité et réseaux',
      sectors: ['62'],
      keywords: ['cybersécurité', 'tests d’intrusion', 'réseaux', 'pare-feu'],
      skills: ['Kali Linux', 'Wireshark', 'pfSense', 'Cisco', 'OWASP'],
      pitch: 'Je souhaite participer à des audits de sécurité et au durcissement d’infrastructures réseau.',
      project: 'capture-the-flag organisé pour le club sécurité de l’institut',
      past: {
        title: 'Stagiaire sécurité des systèmes',
        place: 'CyberVeille Tunisie, Tunis',
        detail: 'Analyse de journaux de pare-feu et rapport de vulnérabilités',
      },
    },
    {
      subject: 'en développement Java et microservices',
      sectors: ['62'],
      keywords: ['Java', 'Spring Boot', 'microservices', 'API REST'],
      skills: ['Java', 'Spring Boot', 'Kafka', 'PostgreSQL', 'JUnit'],
      pitch: 'Je souhaite concevoir des services back-end robustes et bien testés.',
      project: 'application de gestion de bibliothèque en microservices (Spring Boot, Kafka)',
      past: {
        title: 'Stagiaire développeur Java',
        place: 'Banque Numérique de Démonstration, Tunis',
        detail: 'Écriture de tests automatisés pour une API de paiement',
      },
    },
    {
      subject: 'en administration systèmes et réseaux',
      sectors: ['62', '63'],
      keywords: ['Linux', 'virtualisation', 'supervision', 'réseaux'],
      skills: ['Linux', 'VMware', 'Zabbix', 'Active Directory', 'Ansible'],
      pitch: 'Je souhaite administrer et superviser des infrastructures informatiques fiables.',
      project: 'supervision d’un parc de serveurs avec Zabbix et alertes par SMS',
      past: {
        title: 'Stagiaire technicien réseau',
        place: 'Service informatique municipal (démonstration), Ariana',
        detail: 'Câblage et configuration de commutateurs',
      },
    },
    {
      subject: 'en informatique décisionnelle',
      sectors: ['62', '63'],
      keywords: ['business intelligence', 'Power BI', 'SQL', 'ETL'],
      skills: ['Power BI', 'SQL Server', 'Talend', 'modélisation en étoile'],
      pitch: 'Je souhaite aider les équipes à décider grâce à des tableaux de bord fiables.',
      project: 'entrepôt de données des ventes d’une coopérative oléicole (Talend, Power BI)',
      past: {
        title: 'Stagiaire analyste BI',
        place: 'Distribution Moderne de Démonstration, Tunis',
        detail: 'Construction de rapports Power BI mensuels',
      },
    },
  ],
  'istt-gim': [
    {
      subject: 'en méthodes et industrialisation automobile',
      sectors: ['29'],
      keywords: ['méthodes', 'lean manufacturing', 'câblage automobile', 'VSM'],
      skills: ['lean manufacturing', 'VSM', 'SMED', 'chronométrage', 'Excel'],
      pitch: 'Je souhaite améliorer l’organisation des lignes de production dans l’industrie automobile.',
      project: 'réimplantation d’une ligne d’assemblage par la méthode SMED',
      past: {
        title: 'Stagiaire méthodes',
        place: 'Faisceaux du Cap Bon, Nabeul',
        detail: 'Équilibrage d’une ligne de production de faisceaux',
      },
    },
    {
      subject: 'en qualité automobile',
      sectors: ['29'],
      keywords: ['qualité', 'IATF 16949', 'AMDEC', '8D'],
      skills: ['IATF 16949', 'AMDEC', '8D', 'MSP', 'audit qualité'],
      pitch:
        'Je souhaite contribuer à la maîtrise de la qualité et à la résolution de problèmes en production automobile.',
      project: 'réduction des rebuts d’une presse à injection par la méthode 8D',
      past: {
        title: 'Stagiaire qualité',
        place: 'Plastiques Techniques de Démonstration, Ben Arous',
        detail: 'Animation de réunions de résolution de problèmes',
      },
    },
    {
      subject: 'en conception mécanique et CAO',
      sectors: ['29', '28'],
      keywords: ['CAO', 'SolidWorks', 'CATIA', 'RDM'],
      skills: ['SolidWorks', 'CATIA V5', 'RDM', 'cotation fonctionnelle', 'ANSYS'],
      pitch: 'Je souhaite concevoir des pièces et des outillages mécaniques, du modèle 3D au plan de fabrication.',
      project: 'conception d’un bras de manutention pneumatique (SolidWorks, ANSYS)',
      past: {
        title: 'Stagiaire bureau d’études',
        place: 'Mécanique Générale de Démonstration, Tunis',
        detail: 'Mise en plan de pièces d’outillage',
      },
    },
    {
      subject: 'en logistique et chaîne d’approvisionnement',
      sectors: ['29', '52'],
      keywords: ['logistique', 'supply chain', 'SAP', 'gestion des stocks'],
      skills: ['SAP MM', 'gestion des stocks', 'Kanban', 'Excel'],
      pitch: 'Je souhaite optimiser les flux de matières entre fournisseurs, magasins et lignes de production.',
      project: 'simulation des flux d’un magasin de pièces détachées avec des cartes Kanban',
      past: {
        title: 'Stagiaire logistique',
        place: 'Entrepôts de Radès (démonstration)',
        detail: 'Inventaire tournant et analyse ABC',
      },
    },
  ],
  'istt-gaa': [
    {
      subject: 'en qualité agro-industrie',
      sectors: ['10'],
      keywords: ['qualité', 'HACCP', 'ISO 22000', 'agroalimentaire'],
      skills: ['HACCP', 'ISO 22000', 'IFS Food', 'microbiologie', 'audit interne'],
      pitch:
        'Je souhaite participer à la démarche qualité et sécurité des aliments d’une entreprise agro-industrielle.',
      project: 'plan HACCP d’une unité de fabrication de confitures artisanales',
      past: {
        title: 'Stagiaire qualité',
        place: 'Conserverie du Cap Bon (démonstration), Nabeul',
        detail: 'Contrôles à réception des matières premières',
      },
    },
    {
      subject: 'en production et recherche-développement laitière',
      sectors: ['10', '72'],
      keywords: ['produits laitiers', 'formulation', 'R&D', 'microbiologie'],
      skills: ['formulation', 'analyse sensorielle', 'microbiologie', 'plans d’expériences'],
      pitch: 'Je souhaite participer au développement de nouveaux produits laitiers, de la formulation aux essais.',
      project: 'formulation d’un yaourt enrichi en fibres de dattes',
      past: {
        title: 'Stagiaire production',
        place: 'Laiterie du Nord-Ouest (démonstration), Béja',
        detail: 'Suivi des paramètres de pasteurisation',
      },
    },
    {
      subject: 'en contrôle qualité de l’huile d’olive',
      sectors: ['10'],
      keywords: ['huile d’olive', 'analyses physico-chimiques', 'contrôle qualité', 'laboratoire'],
      skills: ['analyses physico-chimiques', 'chromatographie', 'dégustation', 'normes COI'],
      pitch:
        'Je souhaite travailler au laboratoire d’une huilerie sur la qualité et la traçabilité de l’huile d’olive.',
      project: 'comparaison de l’acidité d’huiles d’olive de trois régions de Tunisie',
      past: {
        title: 'Stagiaire laboratoire',
        place: 'Huilerie de démonstration, Sfax',
        detail: 'Mesure de l’acidité et des peroxydes',
      },
    },
  ],
};
