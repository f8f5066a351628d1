import { Civility } from '../users/user.entity';
import { DEMO_EMAIL_DOMAIN, demoEmail, DemoPerson, person } from './demo-people';
import { DEMO_INTERNSHIPS, DemoInternship } from './demo-internships';
import { DEMO_APPLICATIONS, DEMO_OFFERS, DemoApplication, DemoOffer } from './demo-offers';
import { DemoStudent, demoStudents } from './demo-students';

export { DEMO_EMAIL_DOMAIN };
export type { DemoPerson };

/** The one password of every demo account (documented in the README and printed by the loader). */
export const DEMO_PASSWORD = 'semsem-demo-2026';

export interface DemoProgramme {
  key: string;
  name: string;
  /** Their "responsable de filière". */
  manager: DemoPerson;
}

export interface DemoUniversity {
  key: string;
  name: string;
  /** The short name students use (in CVs and letters). */
  shortName: string;
  city: string;
  countryCode: string;
  programmes: DemoProgramme[];
  /** "Responsables d'année": each leads these study years of every programme of the university. */
  yearManagers: Array<DemoPerson & { years: number[] }>;
  academicTutors: DemoPerson[];
}

export interface DemoContact extends DemoPerson {
  jobTitle: string;
  /** `pending`: asked to join an already registered company; an active contact of it decides. */
  status: 'active' | 'pending';
}

export interface DemoCompany {
  name: string;
  registrationNumber: string;
  naceDivision: string;
  countryCode: string;
  city: string;
  address: string;
  website: string;
  contacts: DemoContact[];
}

export interface DemoWorld {
  admin: DemoPerson;
  universities: DemoUniversity[];
  companies: DemoCompany[];
  students: DemoStudent[];
  offers: DemoOffer[];
  applications: DemoApplication[];
  internships: DemoInternship[];
}

function contact(
  civility: Civility,
  firstName: string,
  lastName: string,
  jobTitle: string,
  status: DemoContact['status'] = 'active',
): DemoContact {
  return { ...person(civility, firstName, lastName), jobTitle, status };
}

/** Its presence means the demo world is loaded (the loader writes everything in one transaction). */
export const DEMO_ADMIN: DemoPerson = {
  civility: 'Mme',
  firstName: 'Leïla',
  lastName: 'Mansouri',
  email: `admin@${DEMO_EMAIL_DOMAIN}`,
};

export const DEMO_UNIVERSITIES: DemoUniversity[] = [
  {
    key: 'esis',
    name: 'École Supérieure d’Ingénieurs de Sfax',
    shortName: 'ESIS',
    city: 'Sfax',
    countryCode: 'TN',
    programmes: [
      { key: 'esis-gl', name: 'Génie logiciel', manager: person('M.', 'Mohamed', 'Kallel') },
      { key: 'esis-gee', name: 'Génie électrique et électronique', manager: person('Mme', 'Nadia', 'Masmoudi') },
      { key: 'esis-gpp', name: 'Génie des procédés pétroliers', manager: person('M.', 'Habib', 'Chtourou') },
    ],
    yearManagers: [
      { ...person('Mme', 'Olfa', 'Ellouze'), years: [1, 2, 3] },
      { ...person('M.', 'Sami', 'Rekik'), years: [4, 5] },
    ],
    academicTutors: [person('M.', 'Lotfi', 'Karray'), person('Mme', 'Imen', 'Feki')],
  },
  {
    key: 'istt',
    name: 'Institut Supérieur des Technologies de Tunis',
    shortName: 'ISTT',
    city: 'Tunis',
    countryCode: 'TN',
    programmes: [
      { key: 'istt-ir', name: 'Informatique et réseaux', manager: person('Mme', 'Samia', 'Ben Amor') },
      { key: 'istt-gim', name: 'Génie industriel et mécanique', manager: person('M.', 'Ridha', 'Jaziri') },
      { key: 'istt-gaa', name: 'Génie agroalimentaire', manager: person('Mme', 'Faten', 'Baccouche') },
    ],
    yearManagers: [
      { ...person('M.', 'Nabil', 'Dridi'), years: [1, 2, 3] },
      { ...person('Mme', 'Hajer', 'Sassi'), years: [4, 5] },
    ],
    academicTutors: [person('M.', 'Adel', 'Haddad'), person('Mme', 'Wafa', 'Ferchichi')],
  },
];

export const DEMO_COMPANIES: DemoCompany[] = [
  {
    name: 'Agro Qualité Méditerranée',
    registrationNumber: 'DEMO-FR-0001',
    naceDivision: '10',
    countryCode: 'FR',
    city: 'Clapiers',
    address: '12 rue des Vergers, 34830 Clapiers',
    website: 'https://agro-qualite-mediterranee.test',
    contacts: [
      contact('M.', 'Valentin', 'Bouquet', 'Responsable qualité'),
      contact('Mme', 'Claire', 'Roussel', 'Chargée de recrutement'),
      // The join request an active contact (M. Bouquet) can accept or refuse.
      contact('M.', 'Julien', 'Marchand', 'Technicien de laboratoire', 'pending'),
    ],
  },
  {
    name: 'Medina Soft',
    registrationNumber: 'DEMO-TN-0002',
    naceDivision: '62',
    countryCode: 'TN',
    city: 'Sfax',
    address: 'Route de Tunis km 4, 3027 Sfax',
    website: 'https://medina-soft.test',
    contacts: [
      contact('Mme', 'Amira', 'Zouari', 'Directrice technique'),
      contact('M.', 'Karim', 'Hamdi', 'Responsable des ressources humaines'),
    ],
  },
  {
    name: 'Sahel Câblage Automobile',
    registrationNumber: 'DEMO-TN-0003',
    naceDivision: '29',
    countryCode: 'TN',
    city: 'Sousse',
    address: 'Zone industrielle Sidi Abdelhamid, 4061 Sousse',
    website: 'https://sahel-cablage.test',
    contacts: [contact('M.', 'Hatem', 'Gharbi', 'Responsable méthodes et industrialisation')],
  },
];

/** The whole demo world; the same every time it is built. */
export function demoWorld(): DemoWorld {
  return {
    admin: DEMO_ADMIN,
    universities: DEMO_UNIVERSITIES,
    companies: DEMO_COMPANIES,
    students: demoStudents(DEMO_UNIVERSITIES),
    offers: DEMO_OFFERS,
    applications: DEMO_APPLICATIONS,
    internships: DEMO_INTERNSHIPS,
  };
}

export interface DemoAccountToTry {
  role: string;
  email: string;
  note: string;
}

/** The accounts a person trying the demo should start with. */
export function accountsToTry(world: DemoWorld): DemoAccountToTry[] {
  const [company] = world.companies;
  const student = world.students.find((s) => s.email === demoEmail('Khira', 'Khadraoui')) ?? world.students[0];
  const [university] = world.universities;
  return [
    { role: 'admin', email: world.admin.email, note: 'platform administrator' },
    {
      role: 'company contact',
      email: company.contacts[0].email,
      note: `${company.name}, ${company.city}; a join request waits for a decision`,
    },
    {
      role: 'student',
      email: student.email,
      note: `${student.programme.name}, ${student.studyYear}e année, ${student.university.shortName}`,
    },
    {
      role: 'programme manager',
      email: university.programmes[0].manager.email,
      note: `${university.programmes[0].name}, ${university.shortName} ${university.city}`,
    },
  ];
}
