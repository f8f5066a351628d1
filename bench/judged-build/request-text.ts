import type { CvData, CvEntry } from '../../src/demo/cv-pdf.writer';
import { FieldBank } from './field-bank';
import { FIELD_BY_ID, FIELDS } from './fields';
import { Rng } from './random';
import { TrueProfile } from './truth';
import { FIRST_NAMES, LAST_NAMES, UNIVERSITIES, universitiesIn } from './universities';
import {
  capitalise,
  experienceTitle,
  headline,
  letterParagraphs,
  period,
  profileSentence,
  requestMessage,
  requestTitle,
  skillForm,
  skillSentence,
} from './writing';

/** A request as the student writes it (what the loader publishes), with a CV and maybe a letter. */
export interface JudgedRequest {
  key: string;
  firstName: string;
  lastName: string;
  civility: 'mr' | 'mrs';
  university: string;
  programme: string;
  studyYear: number;
  title: string;
  keywords: string[];
  message: string;
  wantedNaceDivisions: string[];
  wantedCountries: string[];
  wantedCities: string[];
  languages: string[];
  availableInDays: number | null;
  durationWeeks: number | null;
  publishedDaysAgo: number;
  cv: Omit<CvData, 'fullName'>;
  letter: { subject: string; paragraphs: string[] } | null;
}

/** Lines any internship report holds, whatever the trade: they make CVs longer without telling the field. */
const FILLER = [
  'Rédaction du rapport de stage et soutenance devant un jury de trois enseignants',
  'Présentation hebdomadaire de l’avancement au tuteur de l’entreprise',
  'Travail en binôme avec un technicien expérimenté, puis en autonomie sur les dernières semaines',
  'Participation aux réunions d’équipe et aux points sécurité du lundi',
  'Accueil et accompagnement d’un stagiaire de première année',
  'Classement et numérisation de la documentation technique du service',
  'Respect des consignes de sécurité et des règles internes du site',
  'Échanges réguliers avec les autres services et avec les fournisseurs',
  'Préparation d’une synthèse écrite pour la direction en fin de mission',
  'Participation à une journée portes ouvertes pour présenter le métier aux lycéens',
];

const MIN_WORDS = 120;
const MAX_WORDS = 260;

/** Writes the request from its true profile, in words of the student's own field (see the README's method). */
export function writeRequest(rng: Rng, index: number, truth: TrueProfile, target: FieldBank): JudgedRequest {
  const field = FIELD_BY_ID.get(truth.field)!;
  const offerText = target.offer.skills.map(([text]) => text).join(' ');
  const style = truth.kind === 'fit_other_words' ? 'other' : truth.kind === 'fit' ? 'plain' : 'any';
  const forms = truth.skills.map((id) => skillForm(rng, id, style, offerText));
  const stuffed =
    truth.kind === 'keyword_stuffer'
      ? target.offer.skills.map(([text]) => text.replace(/\s*\(.*?\)\s*/g, ' ').trim())
      : [];
  const programme =
    truth.kind === 'fit_other_words'
      ? otherProgramme(rng, field, target.offer.wantedProgrammes)
      : rng.pick(field.programmes);
  const university = rng.pick(
    universitiesIn(truth.residence).length > 0 && rng.chance(0.85)
      ? universitiesIn(truth.residence)
      : Object.keys(UNIVERSITIES),
  );
  const [firstName, civility] = FIRST_NAMES[(index * 5) % FIRST_NAMES.length];
  const lastName = LAST_NAMES[(index * 11 + 3) % LAST_NAMES.length];
  const role =
    truth.kind === 'keyword_stuffer' ? `${rng.pick(target.roles)} / ${rng.pick(field.roles)}` : rng.pick(field.roles);
  const keywords =
    truth.kind === 'keyword_stuffer'
      ? [...stuffed, ...forms.slice(0, 2)]
      : rng.sample(forms, Math.min(forms.length, rng.int(2, 5)));
  const mobile =
    truth.wantedCountries.length === 0
      ? 'Mobile à l’international.'
      : `Je cherche en priorité ${truth.wantedCountries.map(countryName).join(' ou ')}.`;
  const cv = writeCv(rng, truth, field, programme, university, role, forms, stuffed);
  const withLetter = truth.kind === 'fit_letter' || rng.chance(truth.kind === 'keyword_stuffer' ? 0.5 : 0.3);
  return {
    key: truth.key,
    firstName,
    lastName,
    civility,
    university,
    programme,
    studyYear: truth.studyYear,
    title: requestTitle(rng, role, truth.studyYear, programme, truth.durationWeeks),
    keywords,
    message: requestMessage(rng, {
      role,
      year: truth.studyYear,
      programme,
      university: UNIVERSITIES[university].name,
      weeks: truth.durationWeeks,
      skills: forms,
      mobile,
    }),
    wantedNaceDivisions: sectors(rng, truth, field, target),
    wantedCountries: truth.wantedCountries,
    wantedCities: rng.chance(0.3) ? [target.offer.city] : [],
    languages: [
      'fr',
      ...(rng.chance(0.7) ? ['en'] : []),
      ...(truth.residence !== 'FR' && rng.chance(0.5) ? ['ar'] : []),
    ],
    availableInDays: truth.availableInDays,
    durationWeeks: truth.durationWeeks,
    publishedDaysAgo: rng.int(1, 90),
    cv,
    letter: withLetter
      ? {
          subject: `Candidature – stage ${role}`,
          paragraphs: letterParagraphs(rng, {
            field,
            programme,
            year: truth.studyYear,
            place: rng.pick(field.places),
            skills: forms,
            role,
          }),
        }
      : null,
  };
}

function otherProgramme(rng: Rng, field: FieldBank, wanted: string[]): string {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const unlike = field.programmes.filter((name) => !wanted.some((w) => fold(w) === fold(name)));
  return rng.pick(unlike.length > 0 ? unlike : field.programmes);
}

function sectors(rng: Rng, truth: TrueProfile, field: FieldBank, target: FieldBank): string[] {
  const neighbour = () => FIELD_BY_ID.get(rng.pick(field.related))!.division;
  switch (truth.kind) {
    case 'fit_no_sector':
      return rng.chance(0.5) ? [] : [neighbour()];
    case 'keyword_stuffer':
      return [
        ...new Set([
          target.division,
          field.division,
          ...rng.sample(
            FIELDS.map((f) => f.division),
            2,
          ),
        ]),
      ];
    case 'neighbour_field':
      return rng.chance(0.5) ? [field.division, target.division] : [field.division];
    default:
      return rng.chance(0.3) ? [field.division, neighbour()] : [field.division];
  }
}

function countryName(code: string): string {
  return { TN: 'en Tunisie', FR: 'en France', MA: 'au Maroc' }[code] ?? code;
}

function writeCv(
  rng: Rng,
  truth: TrueProfile,
  field: FieldBank,
  programme: string,
  university: string,
  role: string,
  forms: string[],
  stuffed: string[],
): JudgedRequest['cv'] {
  const target = rng.int(MIN_WORDS + 15, MAX_WORDS - 25);
  const cv: JudgedRequest['cv'] = {
    headline: headline(rng, truth.studyYear, programme),
    email: undefined,
    city: university,
    profile:
      truth.kind === 'keyword_stuffer'
        ? `Profil polyvalent, ouvert à tous les secteurs : ${stuffed.join(', ')}. ${profileSentence(rng, rng.pick(field.roles), forms)}`
        : profileSentence(rng, role, forms),
    education: [
      {
        period: `depuis ${2026 - truth.studyYear + 1}`,
        title: `${programme} (${truth.studyYear}e année)`,
        place: UNIVERSITIES[university].name,
        details: [],
      },
      {
        period: `${2026 - truth.studyYear}`,
        title: rng.pick([
          'Baccalauréat scientifique',
          'Baccalauréat sciences expérimentales',
          'Baccalauréat mathématiques',
          'Baccalauréat technique',
        ]),
        place: rng.pick(['Lycée pilote', 'Lycée Jean Moulin', 'Lycée Ibn Khaldoun', 'Lycée Victor Hugo']),
      },
    ],
    experience: [],
    skills: [...new Set([...forms, ...stuffed])],
    languages: [
      { name: 'Français', level: rng.pick(['courant', 'bilingue', 'langue maternelle']) },
      { name: 'Anglais', level: rng.pick(['B1', 'B2', 'C1', 'intermédiaire']) },
      ...(truth.residence !== 'FR' ? [{ name: 'Arabe', level: 'langue maternelle' }] : []),
    ],
    interests: rng.sample(field.interests, rng.int(1, 3)),
  };
  if (truth.studyYear >= 3 && rng.chance(0.6))
    cv.education[0].details = [`Cours suivis : ${rng.sample(field.roles, 2).join(', ')}`];
  const skillPairs = rng.shuffle(forms);
  const experiences = Math.max(1, Math.min(3, truth.studyYear - 1));
  for (let i = 0; i < experiences; i++) {
    cv.experience.push({
      period: period(rng, i + 1),
      title: experienceTitle(rng, truth.studyYear, role.split(' / ')[0]),
      place: field.places[(i + rng.int(0, 3)) % field.places.length],
      details: [],
    });
  }
  // Every real skill shows in a sentence of experience, then field tasks until the CV reaches its length.
  for (let i = 0; i < skillPairs.length; i += 2) {
    cv.experience[(i / 2) % experiences].details!.push(skillSentence(rng, skillPairs.slice(i, i + 2)));
  }
  const tasks = rng.shuffle(field.tasks);
  let t = 0;
  while (words(cv) < target && t < tasks.length) cv.experience[t % experiences].details!.push(capitalise(tasks[t++]));
  const filler = rng.shuffle(FILLER);
  for (let f = 0; words(cv) < target && f < filler.length; f++)
    cv.experience[(t + f) % experiences].details!.push(filler[f]);
  while (words(cv) > MAX_WORDS) {
    const longest = cv.experience.reduce((a, b) => ((a.details?.length ?? 0) >= (b.details?.length ?? 0) ? a : b));
    if ((longest.details?.length ?? 0) <= 1) break;
    longest.details!.pop();
  }
  if (words(cv) < MIN_WORDS)
    cv.profile = `${cv.profile} ${profileSentence(rng, role, forms.slice(1))} ${capitalise(rng.pick(field.tasks))} : une expérience que je souhaite prolonger.`;
  return cv;
}

/** The CV's text as the PDF carries it, for its length. */
export function cvText(cv: JudgedRequest['cv'], fullName = 'Prénom Nom'): string {
  const entry = (e: CvEntry) =>
    [`${e.title} — ${e.place}`, e.period, ...(e.details ?? []).map((d) => `• ${d}`)].join('\n');
  return [
    fullName,
    cv.headline,
    cv.city,
    'Profil',
    cv.profile,
    'Formation',
    ...cv.education.map(entry),
    'Expérience professionnelle',
    ...cv.experience.map(entry),
    'Compétences',
    cv.skills.join(' · '),
    'Langues',
    ...cv.languages.map((l) => `${l.name} : ${l.level}`),
    'Centres d’intérêt',
    (cv.interests ?? []).join(', '),
  ].join('\n');
}

export function words(cv: JudgedRequest['cv']): number {
  return cvText(cv)
    .split(/\s+/)
    .filter((w) => /\p{L}|\d/u.test(w)).length;
}
