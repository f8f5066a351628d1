import { Random } from '../test/support/profile-factory';
import { BAC_SECTIONS, CITIES, Domain, INTERESTS, LANGUAGE_LINES, MENTIONS, MONTHS, SOFT_SKILLS } from './vocabulary';

/** Who writes: what the texts of one student's request, CV and letter are made of. */
export interface Author {
  firstName: string;
  lastName: string;
  woman: boolean;
  domain: Domain;
  programme: string;
  university: { name: string; city: string; country: string };
  studyYear: number;
  keywords: string[];
  languages: string[];
  wantedCities: string[];
  weeks: number | null;
  startDate: string | null;
  /** Companies of the student's sectors, for the experience lines. */
  employers: Array<{ name: string; city: string }>;
}

const CURRENT_YEAR = 2025;

export function requestTitle(random: Random, author: Author): string {
  const title = random.pick(author.domain.titles);
  if (author.wantedCities.length > 0 && random.chance(0.2)) return `${title} à ${author.wantedCities[0]}`;
  if (author.weeks && random.chance(0.15)) return `${title} (${Math.round(author.weeks / 4.3)} mois)`;
  return title;
}

/** The request's message to companies: who, what internship, when, why. */
export function requestMessage(random: Random, author: Author): string {
  const e = author.woman ? 'e' : '';
  const when = author.startDate ? ` à partir de ${monthOf(author.startDate)}` : ', à une date à convenir';
  const length = author.weeks ? ` de ${author.weeks} semaines` : '';
  const [first, second] = random.sample(author.keywords, 2);
  const motivations = [
    `Passionné${e} par le domaine ${author.domain.of}, je souhaite mettre mes compétences au service d’une équipe dynamique.`,
    `Je souhaite approfondir mes connaissances en ${first}${second ? ` et ${second}` : ''} sur des projets concrets.`,
    `${author.woman ? 'Rigoureuse et curieuse' : 'Rigoureux et curieux'}, je m’adapte vite et j’aime travailler en équipe.`,
    `Mon projet professionnel est de devenir ingénieur${e} dans le secteur ${author.domain.of}.`,
  ];
  const place =
    author.wantedCities.length > 0 ? ` Je suis mobile, de préférence à ${author.wantedCities.join(' ou à ')}.` : '';
  return (
    `Actuellement en ${yearLabel(author.studyYear)} (${author.programme}) ${atUniversity(author.university.name)}, ` +
    `je recherche un ${internshipKind(author.studyYear)}${length}${when}. ` +
    `${random.sample(motivations, 2).join(' ')}${place}`
  );
}

/** The extracted text of a CV, laid out as PDF-to-text gives it: header, sections, one item a line. */
export function cvText(random: Random, author: Author): string {
  const { firstName, lastName, domain } = author;
  const city = author.university.city;
  const email = `${slug(firstName)}.${slug(lastName)}${random.int(1, 99)}@example.test`;
  const phone = `+${phonePrefix(author.university.country)} ${random.int(20, 99)} ${random.int(100, 999)} ${random.int(100, 999)}`;
  const lines = [
    `${firstName} ${lastName.toUpperCase()}`,
    `Étudiant${author.woman ? 'e' : ''} en ${yearLabel(author.studyYear)} – ${author.programme}`,
    `${city} · ${email} · ${phone}`,
    '',
    'PROFIL',
    `${author.woman ? 'Étudiante motivée' : 'Étudiant motivé'} en ${domain.field}, à la recherche d’un ${internshipKind(author.studyYear)}. ` +
      `Intérêt pour ${random.sample(domain.skills, 2).join(' et ')}.`,
    '',
    'FORMATION',
    ...education(random, author),
    '',
    'EXPÉRIENCES PROFESSIONNELLES',
    ...experience(random, author),
    '',
    'PROJETS ACADÉMIQUES',
    ...random
      .sample(domain.projects, Math.min(domain.projects.length, random.int(1, 2)))
      .map((project) => `– ${project}`),
    '',
    'COMPÉTENCES',
    `Techniques : ${uniqueWords([...author.keywords, ...random.sample(domain.skills, random.int(2, 5))]).join(', ')}`,
    `Bureautique : ${random.pick(['Microsoft Office', 'Suite Office, LaTeX', 'Excel avancé, PowerPoint'])}`,
    `Savoir-être : ${random.sample(SOFT_SKILLS, 3).join(', ')}`,
    '',
    'LANGUES',
    ...author.languages.map((code) => random.pick(LANGUAGE_LINES[code] ?? [`${code.toUpperCase()} : notions`])),
    '',
    'CENTRES D’INTÉRÊT',
    random.sample(INTERESTS, random.int(2, 4)).join(' · '),
  ];
  return lines.join('\n');
}

export function letterText(random: Random, author: Author): string {
  const e = author.woman ? 'e' : '';
  return [
    'Madame, Monsieur,',
    '',
    `Étudiant${e} en ${yearLabel(author.studyYear)} de ${author.programme.toLowerCase()} ${atUniversity(author.university.name)}, ` +
      `je me permets de vous adresser ma candidature pour un ${internshipKind(author.studyYear)} au sein de votre entreprise.`,
    `Au cours de ma formation, j’ai notamment travaillé sur : ${random.pick(author.domain.projects).toLowerCase()}. ` +
      `Ces expériences m’ont permis de maîtriser ${random.sample(author.keywords, 2).join(' et ')}.`,
    `Intégrer votre équipe me permettrait de ${random.pick([
      'confronter mes connaissances aux exigences du terrain',
      'participer à des projets à forte valeur ajoutée',
      'découvrir les métiers de votre secteur et y construire mon projet professionnel',
    ])}.`,
    '',
    'Je reste à votre disposition pour un entretien et vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.',
    '',
    `${author.firstName} ${author.lastName}`,
  ].join('\n');
}

function education(random: Random, author: Author): string[] {
  const { studyYear, programme, university } = author;
  const started = CURRENT_YEAR - studyYear + 1;
  const bacYear = started - 1;
  const lines: string[] = [];
  if (studyYear >= 4) {
    lines.push(
      `${started + 2} – aujourd’hui : ${random.pick(['Cycle ingénieur', 'Master professionnel', 'Master de recherche'])} en ${programme.toLowerCase()}, ${university.name}`,
    );
    lines.push(
      `${started} – ${started + 2} : ${random.pick(['Cycle préparatoire intégré', 'Licence'])} ${random.pick(['mathématiques-physique', `en ${author.domain.field}`])}, ${university.name}`,
    );
  } else {
    lines.push(
      `${started} – aujourd’hui : Licence en ${programme.toLowerCase()} (${ordinal(studyYear)} année), ${university.name}`,
    );
  }
  const hometown = random.pick(CITIES[university.country] ?? [university.city]);
  lines.push(
    `${bacYear} : Baccalauréat section ${random.pick(BAC_SECTIONS)}, mention ${random.pick(MENTIONS)}, lycée de ${hometown}`,
  );
  return lines;
}

function experience(random: Random, author: Author): string[] {
  const count = Math.min(author.studyYear - 1 + random.int(0, 1), 3);
  if (count <= 0 || author.employers.length === 0) return ['Stage d’initiation à la recherche (en cours de recherche)'];
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const employer = random.pick(author.employers);
    const kind = random.pick([
      'Stage d’été',
      'Stage ouvrier',
      'Stage de perfectionnement',
      'Stage technicien',
      'Job étudiant',
    ]);
    const year = CURRENT_YEAR - 1 - i;
    lines.push(
      `${kind} – ${employer.name}, ${employer.city} (${random.pick(MONTHS.slice(5, 9))} ${year}, ${random.int(4, 8)} semaines)`,
    );
    for (const task of random.sample(author.domain.tasks, random.int(1, 2))) lines.push(`– ${task}`);
  }
  return lines;
}

function internshipKind(studyYear: number): string {
  if (studyYear >= 5) return 'stage de fin d’études (PFE)';
  if (studyYear >= 3) return 'stage de perfectionnement';
  return 'stage d’été';
}

function yearLabel(year: number): string {
  return `${ordinal(year)} année`;
}

function ordinal(year: number): string {
  return year === 1 ? '1ère' : `${year}ème`;
}

function monthOf(isoDate: string): string {
  const [year, month] = isoDate.split('-').map(Number);
  return `${MONTHS[month - 1]} ${year}`;
}

/** "à l’Université de Sfax", "à l’École …", but "à Aix-Marseille Université". */
function atUniversity(name: string): string {
  return /^(Université|École)/.test(name) ? `à l’${name}` : `à ${name}`;
}

function phonePrefix(country: string): string {
  return { TN: '216', FR: '33', MA: '212', DZ: '213' }[country] ?? '216';
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
}

function uniqueWords(words: string[]): string[] {
  return [...new Set(words)];
}
