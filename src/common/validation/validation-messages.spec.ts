import { ArgumentMetadata } from '@nestjs/common';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  getMetadataStorage,
  IsEmail,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  ValidationTypes,
} from 'class-validator';
import { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import '../../api.module';
import { RequestValidationException } from '../errors/request-validation.exception';
import { IsDecimal, NotBlank } from './field-rules';
import { requestValidationPipe } from './request-validation.pipe';
import { FieldFault, validationDetail, VALIDATION_TEMPLATES, wordFault } from './validation-messages';

class Contact {
  @IsEmail({}, { message: 'must be an e-mail address' }) email!: string;
}

class Sample {
  @IsString() @MaxLength(5) @NotBlank() name!: string;
  @IsInt() @Min(1) @Max(10) count!: number;
  @IsIn(['cv', 'letter']) kind!: string;
  @IsUUID('all', { each: true }) @ArrayMaxSize(2) ids!: string[];
  @Matches(/^[a-z]{2}$/, { message: 'code must be two letters' }) code!: string;
  @IsDecimal(2) amount!: number;
  @ValidateNested() @Type(() => Contact) contact!: Contact;
}

/** The faults the API's own pipe finds in a body, worded in `locale`. */
async function wordedErrors(
  body: object,
  locale: 'fr' | 'en',
): Promise<Array<{ field: string; code?: string; message: string }>> {
  const metadata: ArgumentMetadata = { type: 'body', metatype: Sample };
  try {
    await requestValidationPipe().transform(body, metadata);
  } catch (error) {
    if (!(error instanceof RequestValidationException)) throw error;
    return error.invalidParams.map((fault) => ({
      field: fault.field,
      code: fault.code,
      message: wordFault(fault, locale),
    }));
  }
  throw new Error('the body passed');
}

const bad = {
  name: 'abcdefg',
  count: 11,
  kind: 'photo',
  ids: ['x', 'y', 'z'],
  code: 'FRA',
  amount: 1.234,
  contact: { email: 'nope' },
  extra: true,
};

describe('validation messages', () => {
  it('has every template in both languages', () => {
    expect(Object.keys(VALIDATION_TEMPLATES.fr).sort()).toEqual(Object.keys(VALIDATION_TEMPLATES.en).sort());
  });

  it('words the API pipe’s faults in French, with the constraint values and the field named', async () => {
    const errors = await wordedErrors(bad, 'fr');
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'name', code: 'maxLength', message: 'name doit contenir au plus 5 caractères' },
        { field: 'count', code: 'max', message: 'count ne doit pas être supérieur à 10' },
        { field: 'kind', code: 'isIn', message: 'kind doit être l’une des valeurs suivantes : cv, letter' },
        { field: 'ids', code: 'isUuid', message: 'chaque valeur de ids doit être un UUID' },
        { field: 'ids', code: 'arrayMaxSize', message: 'ids ne doit pas contenir plus de 2 éléments' },
        { field: 'amount', code: 'maxDecimals', message: 'amount doit être un nombre avec 2 décimales au plus' },
        { field: 'contact.email', code: 'isEmail', message: 'email doit être une adresse e-mail' },
        { field: 'extra', code: 'whitelistValidation', message: 'le champ extra n’est pas accepté' },
      ]),
    );
    // A custom English message on a generic rule without its own template key: the generic wording.
    expect(errors).toContainEqual({ field: 'code', code: 'matches', message: 'code n’a pas le format attendu' });
  });

  it('words the same faults in English', async () => {
    const errors = await wordedErrors(bad, 'en');
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'name', code: 'maxLength', message: 'name must be at most 5 characters long' },
        { field: 'count', code: 'max', message: 'count must not be greater than 10' },
        { field: 'ids', code: 'isUuid', message: 'each value in ids must be a UUID' },
        { field: 'contact.email', code: 'isEmail', message: 'email must be an e-mail address' },
        { field: 'extra', code: 'whitelistValidation', message: 'property extra should not exist' },
      ]),
    );
  });

  it('uses a rule’s precise template when its decorator names one, and the code of the rule itself', async () => {
    const errors = await wordedErrors({ ...bad, name: '   ' }, 'fr');
    expect(errors).toContainEqual({ field: 'name', code: 'matches', message: 'name ne doit pas être vide' });
  });

  it('keeps the English message of a rule it has no template for, in both languages', () => {
    const fault: FieldFault = { field: 'x', code: 'isMadeUp', message: 'x is made up' };
    expect(wordFault(fault, 'fr')).toBe('x is made up');
    expect(wordFault({ field: 'x', message: 'no code' }, 'fr')).toBe('no code');
  });

  it('names a list item by its list', () => {
    expect(wordFault({ field: 'countryCode.0.0', code: 'maxDepth', values: [32], message: '' }, 'en')).toBe(
      'countryCode[0][0] is nested more than 32 levels deep',
    );
  });

  it('words the problem’s detail', () => {
    expect(validationDetail(['email'], 'fr')).toBe('La requête a 1 champ invalide : email');
    expect(validationDetail(['email', 'password'], 'en')).toBe('The request has 2 invalid fields: email, password');
  });

  it('has a template for every rule of every DTO of the API, and a precise one where a generic rule says more', () => {
    const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, ValidationMetadata[]> };
    const missing: string[] = [];
    let checked = 0;
    const generic = new Set(['matches', 'equals', 'isIso8601']);
    for (const rules of storage.validationMetadatas.values()) {
      for (const rule of rules) {
        const owner = (rule.target as { name?: string }).name ?? String(rule.target);
        // The environment is validated at boot, in English, for operators; optional/conditional rules have no message.
        if (owner === 'Environment' || rule.type === ValidationTypes.CONDITIONAL_VALIDATION) continue;
        const name =
          rule.type === ValidationTypes.CUSTOM_VALIDATION
            ? (getMetadataStorage().getTargetValidatorConstraints(rule.constraintCls)[0]?.name ?? rule.type)
            : rule.type;
        const key = (rule.context as { message?: string } | undefined)?.message ?? name;
        const where = `${owner}.${rule.propertyName} ${key}`;
        checked++;
        if (!VALIDATION_TEMPLATES.fr[key] || !VALIDATION_TEMPLATES.en[key]) missing.push(where);
        if (generic.has(key) && rule.message && owner !== 'Sample')
          missing.push(`${where}: custom message without context.message`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  });
});
