import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIELDS } from './fields';
import { grade } from './grade';
import { HAND_WRITTEN, handWrittenRequest } from './hand-written';
import { Rng } from './random';
import { JudgedRequest, words, writeRequest } from './request-text';
import { trueProfile } from './true-profiles';
import { REQUEST_KINDS, TrueProfile } from './truth';

const SEED = 20261203;
// The folder to write (default: bench/judged of the repository, from dist/bench/judged-build).
const OUT = process.argv[2] ?? join(__dirname, '..', '..', '..', 'bench', 'judged');

/** The offers as loaded: the company's words only (the skill ids stay in truth.json). */
export function judgedOffers() {
  return FIELDS.map(({ offer, division }) => ({
    key: offer.key,
    title: offer.title,
    city: offer.city,
    countryCode: offer.countryCode,
    wantedCountries: offer.wantedCountries,
    mission: offer.mission,
    profileText: offer.profileText,
    skills: offer.skills.map(([text]) => text),
    wantedNaceDivisions: [division],
    wantedStudyYears: offer.wantedStudyYears,
    wantedProgrammes: offer.wantedProgrammes,
    languages: offer.languages,
    startInDays: offer.startInDays,
    durationWeeks: offer.durationWeeks,
  }));
}

/**
 * `node dist/bench/judged-build/generate.js`: writes bench/judged/{offers,requests,truth,judgements}.json. Each
 * request gets its true profile first, then its text; every (offer, request) pair is graded from the true profile.
 */
function main(): void {
  const rng = new Rng(SEED);
  const truths: TrueProfile[] = [];
  const requests: JudgedRequest[] = [];
  let n = 0;
  for (const target of FIELDS) {
    for (const kind of REQUEST_KINDS) {
      const key = `R${String(++n).padStart(3, '0')}`;
      const truth = trueProfile(rng, key, target, kind);
      truths.push(truth);
      requests.push(writeRequest(rng, n, truth, target));
    }
  }
  for (const hand of HAND_WRITTEN) {
    truths.push(hand.truth);
    requests.push(handWrittenRequest(hand));
  }
  // Requests in a shuffled order, so nothing is learnt from the key or the insertion order.
  const order = rng.shuffle(requests.map((_, i) => i));
  const judgements: Record<string, Record<string, number>> = {};
  for (const field of FIELDS) {
    judgements[field.offer.key] = Object.fromEntries(
      truths.map((truth) => [truth.key, grade(field, truth)] as const).filter(([, g]) => g > 0),
    );
  }
  const lengths = requests.map((request) => words(request.cv));
  const write = (name: string, value: unknown) => writeFileSync(join(OUT, name), `${JSON.stringify(value, null, 1)}\n`);
  write('offers.json', judgedOffers());
  write(
    'requests.json',
    order.map((i) => requests[i]),
  );
  write('truth.json', {
    note: 'Hidden true profiles and the skill ids a recruiter reads in each offer: for grading only, never read by a ranker.',
    offers: Object.fromEntries(
      FIELDS.map(({ offer, id, related }) => [offer.key, { field: id, related, skills: offer.skills }]),
    ),
    requests: order.map((i) => truths[i]),
  });
  write('judgements.json', judgements);
  const counts = [0, 1, 2, 3].map((g) =>
    Object.values(judgements).reduce((sum, per) => sum + Object.values(per).filter((x) => x === g).length, 0),
  );
  process.stdout.write(
    `${FIELDS.length} offers, ${requests.length} requests, ${new Set(FIELDS.map((f) => f.division)).size} divisions; ` +
      `CV words ${Math.min(...lengths)}–${Math.max(...lengths)}; grades 1/2/3: ${counts.slice(1).join('/')}\n`,
  );
}

if (require.main === module) main();
