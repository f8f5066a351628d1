import { CvData, CvEntry, LetterData, renderCvPdf, renderLetterPdf } from './cv-pdf.writer';
import { atUniversity, DemoStudent, engineeringStudent, frenchDate, lowerFirst, yearOrdinal } from './demo-students';
import { DEMO_COMPANIES } from './demo-world';

/** The load date does not leak into the files: the same student always gives the same bytes. */
const DOCUMENTS_DATE = Date.UTC(2026, 9, 1, 9, 0, 0);
const DAY_MS = 24 * 3600 * 1000;

/** The school year the student is in now (2026–2027) started this autumn. */
const SCHOOL_YEAR_START = 2026;

const LANGUAGE_LINES: Record<string, { name: string; levels: string[] }> = {
  ar: { name: 'Arabe', levels: ['langue maternelle'] },
  fr: { name: 'Français', levels: ['courant (C1)', 'très bon niveau (B2)'] },
  en: { name: 'Anglais', levels: ['professionnel (B2)', 'intermédiaire (B1)', 'courant (C1)'] },
  de: { name: 'Allemand', levels: ['notions (A2)'] },
};

const INTERESTS = [
  ['échecs', 'randonnée dans le Sud tunisien'],
  ['football', 'bénévolat au Croissant-Rouge', 'photographie'],
  ['lecture', 'club de théâtre'],
  ['natation', 'jeux de stratégie', 'cuisine'],
  ['musique (oud)', 'cyclisme'],
  ['course à pied', 'scoutisme'],
];

const BACS = ['Mathématiques', 'Sciences techniques', 'Sciences expérimentales', 'Informatique'];
const MENTIONS = ['Bien', 'Très bien', 'Assez bien'];

export function fullName(student: DemoStudent): string {
  return `${student.firstName} ${student.lastName}`;
}

/** The CV file name as a student would name it ("CV Khira Khadraoui.pdf"). */
export function cvFileName(student: DemoStudent): string {
  return `CV ${fullName(student)}.pdf`;
}

export function letterFileName(student: DemoStudent): string {
  return `Lettre de motivation ${fullName(student)}.pdf`;
}

/** The student's CV: schooling, earlier internships and skills that match what the request asks for. */
export function demoCv(student: DemoStudent): CvData {
  const { topic, university, programme, studyYear, civility } = student;
  const entered = SCHOOL_YEAR_START - studyYear + 1;
  const education: CvEntry[] = [
    {
      period: `${entered} – ${entered + 5}`,
      title: `Cycle ingénieur, ${programme.name} (${yearOrdinal(studyYear)} année)`,
      place: `${university.name}, ${university.city}`,
      details: [`Projet : ${topic.project}`],
    },
    {
      period: String(entered),
      title: `Baccalauréat ${BACS[student.index % BACS.length]}, mention ${MENTIONS[student.index % MENTIONS.length]}`,
      place: `Lycée pilote de ${student.hometown}`,
    },
  ];
  const experience: CvEntry[] =
    studyYear === 1
      ? [
          {
            period: '2025 – 2026',
            title: 'Membre actif',
            place: `Club scientifique de l’${university.shortName}`,
            details: ['Organisation d’ateliers pour les nouveaux étudiants'],
          },
        ]
      : [
          {
            period: 'juillet – août 2026',
            title: topic.past.title,
            place: topic.past.place,
            details: [topic.past.detail],
          },
        ];
  if (studyYear >= 4) {
    experience.push({
      period: 'juillet 2025',
      title: 'Stage ouvrier',
      place: `Atelier de maintenance (démonstration), ${student.hometown}`,
      details: ['Découverte du travail en atelier et des règles de sécurité'],
    });
  }
  return {
    fullName: fullName(student),
    headline: `${capitalise(engineeringStudent(civility))} en ${yearOrdinal(studyYear)} année – ${programme.name}`,
    email: student.email,
    city: `${student.hometown}, Tunisie`,
    profile:
      `${capitalise(engineeringStudent(civility))} ${civility === 'Mme' ? 'motivée' : 'motivé'}, je recherche un ` +
      `${lowerFirst(student.kind)} ${topic.subject} à partir du ${frenchDate(student.request.startDate!)}. ${topic.pitch}`,
    education,
    experience,
    skills: [...topic.skills, 'Microsoft Office', 'travail en équipe'],
    languages: student.request.languages.map((code, position) => {
      const line = LANGUAGE_LINES[code];
      return { name: line.name, level: line.levels[(student.index + position) % line.levels.length] };
    }),
    interests: INTERESTS[student.index % INTERESTS.length],
  };
}

/** The motivation letter; a student who wants to go to Clapiers writes to the company there. */
export function demoLetter(student: DemoStudent): LetterData {
  const { topic, university, programme, studyYear, civility, request } = student;
  const clapiers = DEMO_COMPANIES.find((company) => request.wantedCities.includes(company.city));
  const recipient = clapiers
    ? [
        clapiers.name,
        `À l’attention de M. ${clapiers.contacts[0].firstName} ${clapiers.contacts[0].lastName}`,
        clapiers.address,
      ]
    : ['À l’attention du service des stages'];
  const kind = lowerFirst(student.kind);
  return {
    fullName: fullName(student),
    city: student.hometown,
    date: new Date(DOCUMENTS_DATE + (30 + (student.index % 25)) * DAY_MS),
    recipient,
    subject: `Candidature pour un ${kind} ${topic.subject}`,
    paragraphs: [
      `Actuellement ${engineeringStudent(civility)} en ${yearOrdinal(studyYear)} année de ${programme.name} ` +
        `${atUniversity(university.name)}, je suis à la recherche d’un ${kind} ${topic.subject} d’une durée de ` +
        `${request.durationWeeks} semaines, à partir du ${frenchDate(request.startDate!)}.`,
      `${topic.pitch} Au cours de ma formation, j’ai acquis des bases solides en ${topic.skills.slice(0, 3).join(', ')}, ` +
        `que je souhaite mettre en pratique au sein d’une équipe expérimentée.`,
      QUALITIES[student.index % QUALITIES.length](civility === 'Mme'),
      `Je serais ${civility === 'Mme' ? 'ravie' : 'ravi'} de vous exposer mes motivations lors d’un entretien, ` +
        'en personne ou à distance, et je reste à votre disposition pour toute information complémentaire.',
    ],
  };
}

const QUALITIES: Array<(feminine: boolean) => string> = [
  (f) =>
    `Rigoureu${f ? 'se' : 'x'} et curieu${f ? 'se' : 'x'}, j’aime comprendre un problème avant de le résoudre et documenter ce que je fais.`,
  () =>
    `Mes projets en équipe m’ont appris à communiquer clairement et à respecter les délais ; je suis autonome et je m’adapte vite.`,
  (f) =>
    `${f ? 'Investie' : 'Investi'} dans la vie associative de mon école, j’ai l’habitude d’organiser et de mener des projets jusqu’au bout.`,
  (f) =>
    `Je suis ${f ? 'persévérante' : 'persévérant'} et j’apprends vite ; un environnement exigeant est pour moi une motivation supplémentaire.`,
];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Both PDFs of a student, with fixed creation dates so repeated runs give identical bytes. */
export async function renderDemoDocuments(student: DemoStudent): Promise<{ cv: Buffer; letter: Buffer }> {
  const createdAt = new Date(DOCUMENTS_DATE + student.index * DAY_MS);
  const [cv, letter] = await Promise.all([
    renderCvPdf(demoCv(student), { createdAt }),
    renderLetterPdf(demoLetter(student), { createdAt }),
  ]);
  return { cv, letter };
}
