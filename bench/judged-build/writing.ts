import { FieldBank } from './field-bank';
import { Rng } from './random';
import { SKILL_FORMS } from './skills';

/** Sentence shapes shared by every field; the field's own words come from its bank. */

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** How a student writes a skill: `plain` one of the two usual names, `other` a form sharing no word with `avoid`. */
export function skillForm(rng: Rng, id: string, style: 'plain' | 'other' | 'any', avoid = ''): string {
  const forms = SKILL_FORMS[id];
  if (!forms) throw new Error(`unknown skill ${id}`);
  if (style === 'plain') return rng.pick(forms.slice(0, 2));
  if (style === 'any') return rng.pick(forms);
  const avoided = new Set(
    fold(avoid)
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length > 2),
  );
  const others = forms.filter(
    (form) =>
      !fold(form)
        .split(/[^a-z0-9]+/)
        .some((word) => avoided.has(word)),
  );
  return others.length > 0 ? rng.pick(others) : forms[forms.length - 1];
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

export function requestTitle(rng: Rng, role: string, year: number, programme: string, weeks: number | null): string {
  const shapes = [
    () => `Stage ${role}`,
    () => `Recherche stage en ${role} (${year}e année)`,
    () => (year >= 5 ? `Stage de fin d’études – ${role}` : `Stage ${role} – ${year}e année`),
    () => `Étudiant(e) en ${programme} : stage ${role}`,
    () => `${capitalise(role)} : stage${weeks ? ` de ${weeks} semaines` : ''}`,
    () => (year <= 3 ? `Stage d’été en ${role}` : `PFE ${role}`),
  ];
  return rng.pick(shapes)();
}

export function requestMessage(
  rng: Rng,
  o: {
    role: string;
    year: number;
    programme: string;
    university: string;
    weeks: number | null;
    skills: string[];
    mobile: string;
  },
): string {
  const [s1, s2] = o.skills;
  const sentences = [
    `Actuellement en ${o.year}e année de ${o.programme} (${o.university}), je cherche un stage${o.weeks ? ` de ${o.weeks} semaines` : ''}.`,
    s1 && s2
      ? `Je souhaite mettre en pratique mes compétences en ${s1} et ${s2}.`
      : `Je souhaite mettre en pratique ce que j’ai appris en cours.`,
    `Curieux(se) et rigoureux(se), j’aimerais rejoindre une équipe en ${o.role}.`,
    o.mobile,
    `Disponible ${rng.pick(['dès que possible', 'pour le prochain semestre', 'selon le calendrier de mon école', 'à partir du mois prochain'])}.`,
    s1 ? `Mon point fort : ${s1}.` : 'Je m’adapte vite.',
  ];
  return rng.sample(sentences, rng.int(2, 4)).join(' ');
}

export function headline(rng: Rng, year: number, programme: string): string {
  return rng.pick([
    `Étudiant(e) en ${year}e année – ${programme}`,
    `${programme} · ${year}e année`,
    year >= 3 ? `Élève ingénieur(e) / master – ${programme}` : `Étudiant(e) en ${programme}`,
    `Futur(e) diplômé(e) en ${programme} (${year}e année)`,
  ]);
}

export function profileSentence(rng: Rng, role: string, skills: string[]): string {
  const [a, b] = skills;
  return rng.pick([
    `Passionné(e) par ${role}, je recherche un stage pour approfondir ${a ?? 'mes connaissances'}${b ? ` et ${b}` : ''}.`,
    `Intéressé(e) par ${role}, j’ai déjà pratiqué ${list(skills.slice(0, 3))} en projet et en stage.`,
    `Profil de terrain, à l’aise en équipe ; je vise un poste en ${role} à la fin de mes études.`,
    `Rigoureux(se) et autonome, je souhaite mettre ${a ?? 'mes compétences'} au service d’une entreprise du secteur.`,
  ]);
}

/** One line of experience detail that names skills, in one of several shapes. */
export function skillSentence(rng: Rng, skills: string[]): string {
  const [a, b] = skills;
  const shapes = b
    ? [
        `Mise en pratique de ${a} et de ${b} sur un cas réel`,
        `Travail quotidien avec ${a} ; initiation à ${b}`,
        `Responsable de la partie ${a} du projet, appui sur ${b}`,
        `${capitalise(a)} et ${b} : utilisation en autonomie`,
      ]
    : [
        `Utilisation régulière de ${a}`,
        `Prise en main de ${a}`,
        `Initiation à ${a} lors d’un module de 30 heures`,
        `Projet de semestre autour de ${a}`,
      ];
  return rng.pick(shapes);
}

export function experienceTitle(rng: Rng, year: number, role: string): string {
  const junior = ['Stage ouvrier', 'Job d’été', 'Stage d’initiation', 'Projet tutoré'];
  const senior = [
    'Stage technicien',
    'Stage de perfectionnement',
    `Stage en ${role}`,
    'Projet de fin d’année',
    'Stage d’application',
  ];
  return rng.pick(year <= 2 ? junior : [...junior.slice(0, 2), ...senior]);
}

export function period(rng: Rng, yearsAgo: number): string {
  const year = 2026 - yearsAgo;
  return rng.pick([
    `juin – août ${year}`,
    `juillet ${year}`,
    `février – avril ${year}`,
    `été ${year}`,
    `${year} (8 semaines)`,
  ]);
}

export function letterParagraphs(
  rng: Rng,
  o: { field: FieldBank; programme: string; year: number; place: string; skills: string[]; role: string },
): string[] {
  const [a, b, c] = o.skills;
  const opening = rng.pick([
    `Étudiant(e) en ${o.year}e année de ${o.programme}, je vous adresse ma candidature pour un stage en ${o.role}.`,
    `Je me permets de vous proposer ma candidature : ma formation en ${o.programme} m’a donné le goût de ${o.role}.`,
    `C’est avec un grand intérêt que je vous écris pour un stage (${o.role}).`,
  ]);
  const middle = rng.pick([
    `Lors de mon expérience chez ${o.place}, j’ai participé à ${rng.pick(o.field.tasks)} et j’ai pu utiliser ${a ?? 'les outils du métier'}${b ? ` et ${b}` : ''}.`,
    `Mon expérience chez ${o.place} m’a appris la rigueur : ${rng.pick(o.field.tasks)}${a ? `, avec ${a}` : ''}.`,
  ]);
  const closing = rng.pick([
    `Je serais heureux(se) de vous exposer ma motivation lors d’un entretien${c ? ` et de vous parler de mon projet sur ${c}` : ''}.`,
    `Disponible pour un entretien, je reste à votre disposition pour tout complément.`,
  ]);
  return [opening, middle, closing];
}
