import { Locale } from '../i18n/locale';

/**
 * One rule a field broke, before it is worded in a language: the problem filter words it in the caller's locale.
 * `code` is the machine-readable rule name (class-validator's constraint name, or a project rule) that clients key on.
 */
export interface FieldFault {
  /** Dotted path of the field in the request (`company.name`, `steps.0.key`). */
  field: string;
  /** The message, in English, used when no template words `messageKey ?? code`. */
  message: string;
  code?: string;
  /** Picks a more precise template than the rule's own (a `matches` that checks a day, say): decorators set it through `context.message`. */
  messageKey?: string;
  /** The rule's constraint values (maxLength: [200]; isIn: [['a', 'b']]). */
  values?: readonly unknown[];
  /** The rule checks every item of an array. */
  each?: boolean;
}

type Wording = (subject: string, values: readonly unknown[]) => string;
type Templates = Record<string, Wording>;

const list = (value: unknown) => (Array.isArray(value) ? value.join(', ') : String(value));
/** isEnum keeps the enum object first and its values second. */
const enumValues = (values: readonly unknown[]) => list(values[1] ?? Object.values((values[0] as object) ?? {}));

const referenceKindsEn: Record<string, string> = {
  nace_section: 'a NACE section code (e.g. J)',
  nace_division: 'a NACE division code (e.g. 62)',
  country: 'an ISO 3166-1 alpha-2 country code (e.g. TN)',
  study_year: 'a year of study (1 to 5)',
  internship_type: 'an internship type (discovery, insertion, mastery, mastery_support)',
};
const referenceKindsFr: Record<string, string> = {
  nace_section: 'un code de section NACE (par ex. J)',
  nace_division: 'un code de division NACE (par ex. 62)',
  country: 'un code pays ISO 3166-1 alpha-2 (par ex. TN)',
  study_year: 'une année d’études (de 1 à 5)',
  internship_type: 'un type de stage (discovery, insertion, mastery, mastery_support)',
};

const en: Templates = {
  isDefined: (s) => `${s} should not be null or undefined`,
  isNotEmpty: (s) => `${s} should not be empty`,
  isNotBlank: (s) => `${s} must not be blank`,
  equals: (s, v) => `${s} must be equal to ${String(v[0])}`,
  isIn: (s, v) => `${s} must be one of the following values: ${list(v[0])}`,
  isEnum: (s, v) => `${s} must be one of the following values: ${enumValues(v)}`,
  isString: (s) => `${s} must be a string`,
  isBoolean: (s) => `${s} must be a boolean value`,
  isInt: (s) => `${s} must be an integer number`,
  isNumber: (s) => `${s} must be a number`,
  maxDecimals: (s, v) => `${s} must be a number with at most ${String(v[0])} decimals`,
  min: (s, v) => `${s} must not be less than ${String(v[0])}`,
  max: (s, v) => `${s} must not be greater than ${String(v[0])}`,
  minLength: (s, v) => `${s} must be at least ${String(v[0])} characters long`,
  maxLength: (s, v) => `${s} must be at most ${String(v[0])} characters long`,
  isLength: (s, v) => `${s} must be between ${String(v[0])} and ${String(v[1])} characters long`,
  isEmail: (s) => `${s} must be an e-mail address`,
  isUrl: (s) => `${s} must be a URL starting with http:// or https://`,
  isUuid: (s) => `${s} must be a UUID`,
  isIso8601: (s) => `${s} must be a valid ISO 8601 date`,
  isDateString: (s) => `${s} must be a valid ISO 8601 date`,
  isObject: (s) => `${s} must be an object`,
  isArray: (s) => `${s} must be an array`,
  arrayMinSize: (s, v) => `${s} must contain at least ${String(v[0])} elements`,
  arrayMaxSize: (s, v) => `${s} must contain no more than ${String(v[0])} elements`,
  arrayUnique: (s) => `${s} must not contain the same element twice`,
  matches: (s) => `${s} is not in the expected format`,
  nestedValidation: (s) => `${s} must be an object or an array of objects`,
  whitelistValidation: (s) => `property ${s} should not exist`,
  // Project rules (src/common/validation, DTO validators) and precise wordings picked through `context.message`.
  isReferenceCode: (s, v) => `${s} must be ${referenceKindsEn[String(v[0])] ?? 'a known code'}`,
  isFutureInstant: (s) => `${s} must be in the future`,
  isNotBefore: (s, v) => `${s} must not be before ${String(v[0])}`,
  isRankedCursor: (s) => `${s} is not a cursor of this list`,
  isSearchCursor: (s) => `${s} is not a cursor of this list`,
  isDay: (s) => `${s} must be a date as YYYY-MM-DD`,
  isCalendarDay: (s) => `${s} must be a valid calendar date`,
  isAcademicYear: (s) => `${s} must read like 2026-2027`,
  isCurrency: (s) => `${s} must be an ISO 4217 code (e.g. EUR)`,
  isLanguage: (s) => `${s} must be an ISO 639-1 code (e.g. fr)`,
  isStepKey: (s) => `${s} must be lower-case letters, digits and _ , starting with a letter`,
  mustAccept: (s) => `${s} must be true to sign`,
  maxDepth: (s, v) => `${s} is nested more than ${String(v[0])} levels deep`,
  // Rules the services check (RequestValidationException or a feature's field errors with a code).
  companyOrCompanyId: () => 'give either companyId (to join a registered company) or company (to register it)',
  requiredForStaff: (s) => `${s} is required for university staff`,
  isPlatformUniversity: (s) => `${s} must be a university of the platform`,
  targetingWithTarget: (s) => `${s}: give targeting together with its target`,
  absentWithTargeting: (s, v) => `${s} must be absent with targeting "${String(v[0])}"`,
  requiredWithTargeting: (s, v) => `${s} is required with targeting "${String(v[0])}"`,
  isOwnDocument: (s) => `${s} must be the id of one of your documents`,
};

const fr: Templates = {
  isDefined: (s) => `${s} est obligatoire`,
  isNotEmpty: (s) => `${s} ne doit pas être vide`,
  isNotBlank: (s) => `${s} ne doit pas être vide`,
  equals: (s, v) => `${s} doit valoir ${String(v[0])}`,
  isIn: (s, v) => `${s} doit être l’une des valeurs suivantes : ${list(v[0])}`,
  isEnum: (s, v) => `${s} doit être l’une des valeurs suivantes : ${enumValues(v)}`,
  isString: (s) => `${s} doit être un texte`,
  isBoolean: (s) => `${s} doit être un booléen (true ou false)`,
  isInt: (s) => `${s} doit être un nombre entier`,
  isNumber: (s) => `${s} doit être un nombre`,
  maxDecimals: (s, v) => `${s} doit être un nombre avec ${String(v[0])} décimales au plus`,
  min: (s, v) => `${s} ne doit pas être inférieur à ${String(v[0])}`,
  max: (s, v) => `${s} ne doit pas être supérieur à ${String(v[0])}`,
  minLength: (s, v) => `${s} doit contenir au moins ${String(v[0])} caractères`,
  maxLength: (s, v) => `${s} doit contenir au plus ${String(v[0])} caractères`,
  isLength: (s, v) => `${s} doit contenir entre ${String(v[0])} et ${String(v[1])} caractères`,
  isEmail: (s) => `${s} doit être une adresse e-mail`,
  isUrl: (s) => `${s} doit être une URL commençant par http:// ou https://`,
  isUuid: (s) => `${s} doit être un UUID`,
  isIso8601: (s) => `${s} doit être une date ISO 8601 valide`,
  isDateString: (s) => `${s} doit être une date ISO 8601 valide`,
  isObject: (s) => `${s} doit être un objet`,
  isArray: (s) => `${s} doit être une liste`,
  arrayMinSize: (s, v) => `${s} doit contenir au moins ${String(v[0])} éléments`,
  arrayMaxSize: (s, v) => `${s} ne doit pas contenir plus de ${String(v[0])} éléments`,
  arrayUnique: (s) => `${s} ne doit pas contenir deux fois le même élément`,
  matches: (s) => `${s} n’a pas le format attendu`,
  nestedValidation: (s) => `${s} doit être un objet ou une liste d’objets`,
  whitelistValidation: (s) => `le champ ${s} n’est pas accepté`,
  isReferenceCode: (s, v) => `${s} doit être ${referenceKindsFr[String(v[0])] ?? 'un code connu'}`,
  isFutureInstant: (s) => `${s} doit être dans le futur`,
  isNotBefore: (s, v) => `${s} ne doit pas être antérieur à ${String(v[0])}`,
  isRankedCursor: (s) => `${s} n’est pas un curseur de cette liste`,
  isSearchCursor: (s) => `${s} n’est pas un curseur de cette liste`,
  isDay: (s) => `${s} doit être une date au format AAAA-MM-JJ`,
  isCalendarDay: (s) => `${s} doit être une date du calendrier valide`,
  isAcademicYear: (s) => `${s} doit s’écrire comme 2026-2027`,
  isCurrency: (s) => `${s} doit être un code ISO 4217 (par ex. EUR)`,
  isLanguage: (s) => `${s} doit être un code ISO 639-1 (par ex. fr)`,
  isStepKey: (s) => `${s} doit être fait de minuscules, chiffres et _, et commencer par une lettre`,
  mustAccept: (s) => `${s} doit valoir true pour signer`,
  maxDepth: (s, v) => `${s} est imbriqué sur plus de ${String(v[0])} niveaux`,
  companyOrCompanyId: () =>
    'indiquez soit companyId (pour rejoindre une entreprise inscrite), soit company (pour l’inscrire)',
  requiredForStaff: (s) => `${s} est obligatoire pour le personnel d’une université`,
  isPlatformUniversity: (s) => `${s} doit être une université de la plateforme`,
  targetingWithTarget: (s) => `${s} : indiquez targeting avec sa cible`,
  absentWithTargeting: (s, v) => `${s} doit être absent avec le ciblage « ${String(v[0])} »`,
  requiredWithTargeting: (s, v) => `${s} est obligatoire avec le ciblage « ${String(v[0])} »`,
  isOwnDocument: (s) => `${s} doit être l’un de vos documents`,
};

export const VALIDATION_TEMPLATES: Record<Locale, Templates> = { en, fr };

/** The field's own name, as the rule saw it: the last named segment of its path, with the indices after it (`company.name` → `name`, `tags.0` → `tags[0]`). */
function propertyOf(field: string): string {
  const segments = field.split('.');
  let named = segments.length - 1;
  while (named > 0 && /^\d+$/.test(segments[named])) named--;
  return (
    segments[named] +
    segments
      .slice(named + 1)
      .map((index) => `[${index}]`)
      .join('')
  );
}

/** The fault in the caller's language; without a template for its rule, the English message it came with. */
export function wordFault(fault: FieldFault, locale: Locale): string {
  const key = fault.messageKey ?? fault.code;
  const template = key === undefined ? undefined : VALIDATION_TEMPLATES[locale][key];
  if (!template) return fault.message;
  const property = propertyOf(fault.field);
  const subject = fault.each
    ? locale === 'fr'
      ? `chaque valeur de ${property}`
      : `each value in ${property}`
    : property;
  return template(subject, fault.values ?? []);
}

/** The problem's `detail`: how many fields are wrong, and which. */
export function validationDetail(fields: readonly string[], locale: Locale): string {
  const n = fields.length;
  const names = fields.join(', ');
  return locale === 'fr'
    ? `La requête a ${n} champ${n === 1 ? '' : 's'} invalide${n === 1 ? '' : 's'} : ${names}`
    : `The request has ${n} invalid field${n === 1 ? '' : 's'}: ${names}`;
}
