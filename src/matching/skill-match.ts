import { EQUIVALENT_SKILLS } from './equivalent-skills';
import { stemSet, stems, surfaceWords } from './french-words';

/**
 * Words in parentheses that say how well, not what: "analyse vibratoire (notions)" is the skill "analyse vibratoire".
 */
const LEVEL_WORDS = new Set(
  stemSet([
    'notions bases base débutant intermédiaire avancé confirmé expert courant souhaité souhaitée apprécié appréciée ' +
      'idéalement obligatoire indispensable un plus serait niveau maîtrise connaissance connaissances',
  ]),
);

/** A share of the words of one way of saying the skill below this earns nothing (one word of three is chance). */
export const MIN_SKILL_SHARE = 0.5;

/** One way of saying a skill: its stems, and the words as written (for the "why"). */
interface Phrasing {
  stems: string[];
  words: string[];
}

/** An offer's skill ready to compare: the skill as written and every phrasing that counts for it. */
export interface SkillTerms {
  skill: string;
  phrasings: Phrasing[];
}

export interface SkillCredit {
  skill: string;
  /** 0..1: the best share of one phrasing's words found. */
  credit: number;
  /** The words of that phrasing found in the request. */
  matched: string[];
  /** How many words that phrasing has. */
  words: number;
}

function phrasing(text: string): Phrasing | null {
  const words: string[] = [];
  const found: string[] = [];
  for (const word of surfaceWords(text)) {
    const [s] = stems(word);
    if (s === undefined || LEVEL_WORDS.has(s) || found.includes(s)) continue;
    found.push(s);
    words.push(word);
  }
  return found.length > 0 ? { stems: found, words } : null;
}

const key = (p: Phrasing) => [...p.stems].sort().join(' ');

// The equivalence groups as phrasings, and for each phrasing's key the group it belongs to.
const GROUPS: Phrasing[][] = EQUIVALENT_SKILLS.map((group) =>
  group.map(phrasing).filter((p): p is Phrasing => p !== null),
);
const GROUP_OF = new Map<string, Phrasing[]>();
for (const group of GROUPS) for (const p of group) GROUP_OF.set(key(p), group);

/**
 * The phrasings of a skill: the words outside parentheses, each qualifier in parentheses (an alternative: "CRM (Odoo)"
 * is credited to "Odoo"), and every equivalent of those the project keeps. Level words are dropped.
 */
export function skillTerms(skill: string): SkillTerms {
  const inner = [...skill.matchAll(/\(([^)]*)\)/g)].flatMap((m) => m[1].split(/[,/]| ou /));
  const outer = skill.replace(/\([^)]*\)/g, ' ');
  const own = [outer, ...inner].map(phrasing).filter((p): p is Phrasing => p !== null);
  const all = [...own];
  for (const p of own)
    for (const other of GROUP_OF.get(key(p)) ?? []) if (!all.some((q) => key(q) === key(other))) all.push(other);
  return { skill, phrasings: all };
}

/** How much of the skill the request's words show: the best phrasing's share of words found, 0 under MIN_SKILL_SHARE. */
export function skillCredit(terms: SkillTerms, words: ReadonlySet<string>): SkillCredit {
  let best: SkillCredit = { skill: terms.skill, credit: 0, matched: [], words: 0 };
  for (const p of terms.phrasings) {
    const hits = p.stems.map((s, i) => (words.has(s) ? p.words[i] : null)).filter((w): w is string => w !== null);
    const share = hits.length / p.stems.length;
    if (share >= MIN_SKILL_SHARE && share > best.credit)
      best = { skill: terms.skill, credit: share, matched: hits, words: p.stems.length };
  }
  return best;
}
