import { FieldBank } from './field-bank';
import { FIELDS } from './fields';
import { countryOff, datesOff } from './grade';
import { Rng } from './random';
import { RequestKind, TrueProfile } from './truth';
import { COUNTRIES } from './universities';

const FITTING: RequestKind[] = [
  'fit',
  'fit_other_words',
  'fit_letter',
  'fit_no_dates',
  'fit_no_sector',
  'year_next',
  'year_far',
  'wrong_skills',
  'partial_skills',
  'neighbour_field',
];

/** Decides who the student of one request aimed at `target`'s offer really is, by the kind of near miss wanted. */
export function trueProfile(rng: Rng, key: string, target: FieldBank, kind: RequestKind): TrueProfile {
  const offer = target.offer;
  const offerSkills = [...new Set(offer.skills.map(([, id]) => id).filter((id): id is string => id !== null))];
  const field = fieldOf(rng, target, kind);
  const own = field.skills.filter((id) => !offerSkills.includes(id));
  const half = Math.ceil(offerSkills.length / 2);
  const skills = (() => {
    switch (kind) {
      case 'fit_other_words':
        return [...offerSkills];
      case 'fit_letter':
        return [...rng.sample(offerSkills, Math.max(half, offerSkills.length - 1)), ...rng.sample(own, 2)];
      case 'wrong_skills':
        return rng.sample(own, 3);
      case 'partial_skills':
        return offerSkills.length >= 3
          ? [rng.pick(offerSkills), ...rng.sample(own, 2)]
          : [...rng.sample(offerSkills, 1), ...rng.sample(own, 3)];
      case 'neighbour_field':
        return [...rng.sample(offerSkills, half), ...rng.sample(own, 2)];
      case 'keyword_stuffer':
        return rng.sample(own, 3);
      default:
        return [
          ...rng.sample(
            offerSkills,
            offerSkills.length >= 4 && rng.chance(0.4) ? offerSkills.length - 1 : offerSkills.length,
          ),
          ...rng.sample(own, rng.int(1, 2)),
        ];
    }
  })();
  const studyYear = yearFor(rng, offer.wantedStudyYears, kind);
  const truth: TrueProfile = {
    key,
    field: field.id,
    skills: [...new Set(skills)],
    studyYear,
    residence: offer.countryCode,
    wantedCountries: [],
    availableInDays: null,
    durationWeeks: null,
    kind,
    aimedAt: offer.key,
  };
  placeAndDates(rng, target, truth);
  return truth;
}

function fieldOf(rng: Rng, target: FieldBank, kind: RequestKind): FieldBank {
  if (kind === 'neighbour_field') {
    const neighbour = rng.pick(target.related);
    return FIELDS.find((field) => field.id === neighbour)!;
  }
  if (kind === 'keyword_stuffer') {
    const unrelated = FIELDS.filter(
      (field) =>
        field.id !== target.id &&
        field.division !== target.division &&
        !target.related.includes(field.id) &&
        !field.related.includes(target.id),
    );
    return rng.pick(unrelated);
  }
  return target;
}

function yearFor(rng: Rng, wanted: number[], kind: RequestKind): number {
  const all = [1, 2, 3, 4, 5];
  const distance = (year: number) => (wanted.length === 0 ? 0 : Math.min(...wanted.map((w) => Math.abs(w - year))));
  if (kind === 'year_next') {
    const next = all.filter((year) => distance(year) === 1);
    return next.length > 0 ? rng.pick(next) : rng.int(3, 5);
  }
  if (kind === 'year_far') {
    const far = all.filter((year) => distance(year) >= 2);
    return far.length > 0 ? rng.pick(far) : rng.int(1, 2);
  }
  if (kind === 'keyword_stuffer') return rng.int(2, 5);
  return wanted.length > 0 ? rng.pick(wanted) : rng.int(2, 5);
}

/** Residence, wanted countries and availability: fitting for every kind but the one whose near miss they are. */
function placeAndDates(rng: Rng, target: FieldBank, truth: TrueProfile): void {
  const offer = target.offer;
  const fitting = FITTING.includes(truth.kind);
  for (let attempt = 0; attempt < 200; attempt++) {
    const others = COUNTRIES.filter((country) => country !== offer.countryCode);
    if (truth.kind === 'country_off') {
      truth.residence = rng.pick(others);
      truth.wantedCountries =
        offer.wantedCountries.length > 0 && rng.chance(0.5) ? [offer.countryCode, truth.residence] : [truth.residence];
    } else {
      const local = offer.wantedCountries.length > 0 || rng.chance(0.7);
      truth.residence = local ? offer.countryCode : rng.pick(others);
      truth.wantedCountries = rng
        .pick([[], [offer.countryCode], [offer.countryCode, truth.residence]])
        .filter((c, i, a) => a.indexOf(c) === i);
      if (truth.kind === 'keyword_stuffer') truth.wantedCountries = [];
    }
    if (truth.kind === 'fit_no_dates' || (truth.kind === 'keyword_stuffer' && rng.chance(0.3))) {
      truth.availableInDays = null;
      truth.durationWeeks = null;
    } else if (truth.kind === 'dates_off') {
      const way = rng.int(0, 2);
      truth.availableInDays =
        way === 0
          ? Math.max(0, offer.startInDays) + rng.int(75, 150)
          : way === 1
            ? Math.max(0, offer.startInDays)
            : -rng.int(100, 160);
      truth.durationWeeks =
        way === 1 ? Math.max(2, Math.floor(offer.durationWeeks / 2) - 2) : way === 2 ? 8 : offer.durationWeeks;
    } else {
      truth.availableInDays = Math.max(0, offer.startInDays + rng.int(-20, 12));
      truth.durationWeeks = offer.durationWeeks + rng.pick([-2, 0, 0, 4, 8]);
    }
    const off = { dates: datesOff(offer, truth), country: countryOff(offer, truth) };
    const wanted =
      truth.kind === 'country_off'
        ? off.country && !off.dates
        : truth.kind === 'dates_off'
          ? off.dates && !off.country
          : !off.dates && !off.country;
    if (wanted || (!fitting && truth.kind === 'keyword_stuffer')) return;
  }
  throw new Error(`no place nor dates for ${truth.key} (${truth.kind} of ${offer.key})`);
}
