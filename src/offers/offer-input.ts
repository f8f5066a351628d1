import { EntityManager } from 'typeorm';
import { RequestValidationException } from '../common/errors/request-validation.exception';
import { CreateOfferDto, UpdateOfferDto } from './dto/offer-fields.dto';
import { OfferFields } from './offer.entity';
import { OfferTarget, OfferTargeting } from './offer-targeting';
import { OffersError, OffersException } from './offers.exception';

const targetFieldOf: Record<Exclude<OfferTargeting, OfferTargeting.Open>, keyof OfferTarget> = {
  [OfferTargeting.Country]: 'targetCountryCode',
  [OfferTargeting.University]: 'targetUniversityId',
  [OfferTargeting.Programme]: 'targetProgrammeId',
};
const TARGET_FIELDS = ['targetCountryCode', 'targetUniversityId', 'targetProgrammeId'] as const;

/**
 * The stored fields a DTO sets. Targeting travels as a group: the kind and the one target it needs, so a change
 * of kind clears the other targets. Text is kept as typed.
 */
export function offerFieldsOf(dto: CreateOfferDto | UpdateOfferDto): Partial<OfferFields> {
  const {
    allowance,
    applicationDeadline,
    targeting,
    targetCountryCode: _country,
    targetUniversityId: _university,
    targetProgrammeId: _programme,
    ...plain
  } = dto;
  const fields: Partial<OfferFields> = Object.fromEntries(Object.entries(plain).filter(([, v]) => v !== undefined));
  if (allowance !== undefined) {
    fields.allowanceAmount = allowance?.amount ?? null;
    fields.allowanceCurrency = allowance?.currency ?? null;
    fields.allowancePeriod = allowance?.period ?? null;
  }
  if (applicationDeadline !== undefined) fields.applicationDeadline = new Date(applicationDeadline);
  const target = targetOf(dto);
  return target ? { ...fields, ...target } : fields;
}

/** The target a DTO asks for, or null when it leaves targeting alone; a missing or stray target is a 400. */
export function targetOf(dto: CreateOfferDto | UpdateOfferDto): OfferTarget | null {
  const given = TARGET_FIELDS.filter((field) => dto[field] !== undefined);
  if (dto.targeting === undefined) {
    if (given.length > 0) invalid(given[0], 'give targeting together with its target', 'targetingWithTarget');
    return null;
  }
  const needed = dto.targeting === OfferTargeting.Open ? null : targetFieldOf[dto.targeting];
  const stray = given.find((field) => field !== needed);
  if (stray) invalid(stray, `must be absent with targeting "${dto.targeting}"`, 'absentWithTargeting', [dto.targeting]);
  if (needed && dto[needed] === undefined)
    invalid(needed, `is required with targeting "${dto.targeting}"`, 'requiredWithTargeting', [dto.targeting]);
  return {
    targeting: dto.targeting,
    targetCountryCode: dto.targetCountryCode ?? null,
    targetUniversityId: dto.targetUniversityId ?? null,
    targetProgrammeId: dto.targetProgrammeId ?? null,
  };
}

/** The targeted university or programme must exist (a country code was checked against the reference data). */
export async function assertTargetExists(manager: EntityManager, target: Partial<OfferTarget>): Promise<void> {
  const checks: Array<[keyof OfferTarget, string | null | undefined, string]> = [
    ['targetUniversityId', target.targetUniversityId, 'universities'],
    ['targetProgrammeId', target.targetProgrammeId, 'programmes'],
  ];
  for (const [field, id, table] of checks) {
    if (!id) continue;
    const [{ found }] = await manager.query(`SELECT EXISTS (SELECT 1 FROM ${table} WHERE id = $1) AS found`, [id]);
    if (!found)
      throw new OffersException(OffersError.UnknownTarget, undefined, [{ field, message: `no such ${field}` }]);
  }
}

function invalid(field: string, message: string, code: string, values?: unknown[]): never {
  throw new RequestValidationException([{ field, code, values, message: `${field} ${message}` }]);
}
