import { demoEmail } from './demo-people';

/** How far the label workflow of a demo internship has gone. */
export type DemoStage = 'setup' | 'before' | 'during' | 'after' | 'labelled';

export interface DemoInternship {
  student: string;
  company: string;
  /** A demo offer key when the internship comes from a selected demo application; else a direct agreement. */
  offer?: string;
  title: string;
  description: string;
  startDate: string;
  weeks: number;
  companyTutor: string;
  academicTutor: string;
  stage: DemoStage;
}

/**
 * Internships at every stage, so "Suivi global des stagiaires" shows a filled dashboard: not started, before the
 * start (agreement awaiting signatures), during (a review awaiting the tutors), after (the defence graded, awaiting the programme manager), labelled.
 */
export const DEMO_INTERNSHIPS: DemoInternship[] = [
  {
    student: demoEmail('Skander', 'Gargouri'),
    company: 'Sahel Câblage Automobile',
    offer: 'filled-electro',
    title: 'Stage — Test électrique de faisceaux',
    description: 'Mettre au point les programmes de test électrique des nouveaux faisceaux.',
    startDate: '2027-06-07',
    weeks: 12,
    companyTutor: demoEmail('Hatem', 'Gharbi'),
    academicTutor: demoEmail('Lotfi', 'Karray'),
    stage: 'setup',
  },
  {
    student: demoEmail('Amal', 'Khemiri'),
    company: 'Agro Qualité Méditerranée',
    offer: 'haccp',
    title: 'Stagiaire en qualité agro-industrie (HACCP)',
    description:
      'Mise à jour du plan HACCP, audits internes et suivi des non-conformités sur les lignes de conditionnement.',
    startDate: '2027-02-15',
    weeks: 20,
    companyTutor: demoEmail('Valentin', 'Bouquet'),
    academicTutor: demoEmail('Wafa', 'Ferchichi'),
    stage: 'before',
  },
  {
    student: demoEmail('Rania', 'Ferjani'),
    company: 'Medina Soft',
    title: 'PFE — Refonte de l’application de gestion des interventions',
    description: 'Conception et développement d’une application web de gestion des interventions (Angular, NestJS).',
    startDate: '2026-10-01',
    weeks: 16,
    companyTutor: demoEmail('Amira', 'Zouari'),
    academicTutor: demoEmail('Adel', 'Haddad'),
    stage: 'during',
  },
  {
    student: demoEmail('Ines', 'Chaabane'),
    company: 'Sahel Câblage Automobile',
    title: 'Stage — Automatisation d’un banc de test',
    description: 'Automatisation d’un banc de test de continuité avec un automate Siemens S7.',
    startDate: '2026-06-01',
    weeks: 12,
    companyTutor: demoEmail('Hatem', 'Gharbi'),
    academicTutor: demoEmail('Imen', 'Feki'),
    stage: 'after',
  },
  {
    student: demoEmail('Houssem', 'Ouertani'),
    company: 'Medina Soft',
    title: 'Stage — Supervision des serveurs de production',
    description: 'Mise en place de la supervision (Zabbix) et durcissement de la configuration des serveurs.',
    startDate: '2026-03-02',
    weeks: 12,
    companyTutor: demoEmail('Amira', 'Zouari'),
    academicTutor: demoEmail('Adel', 'Haddad'),
    stage: 'labelled',
  },
];
