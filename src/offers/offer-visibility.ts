import { OfferStatus } from './offer-status';
import { OfferTarget, OfferTargeting, StudentPopulation } from './offer-targeting';

/**
 * The one definition of which students an offer reaches, in SQL (lists, direct links, later matching) and in
 * code (e-mails about one offer). A student's population comes from their profile: programme, its university,
 * the university's country. Keep the two forms in step.
 */
export const OfferVisibility = {
  /**
   * SQL condition: the offer (by alias, over `offers`) targets the student whose id is `studentExpr` (a column
   * or a parameter placeholder). A student without a profile, or whose programme its manager has not confirmed
   * yet, reaches only open offers: targeting never trusts a self-declared schooling.
   */
  reachesStudent(alias: string, studentExpr: string): string {
    return `(${alias}.targeting = '${OfferTargeting.Open}' OR EXISTS (
      SELECT 1 FROM student_profiles vsp
        JOIN programmes vp ON vp.id = vsp.programme_id
        JOIN universities vu ON vu.id = vp.university_id
       WHERE vsp.user_id = ${studentExpr}
         AND vsp.programme_confirmed_at IS NOT NULL
         AND ((${alias}.targeting = '${OfferTargeting.Country}' AND vu.country_code = ${alias}.target_country_code)
           OR (${alias}.targeting = '${OfferTargeting.University}' AND vu.id = ${alias}.target_university_id)
           OR (${alias}.targeting = '${OfferTargeting.Programme}' AND vp.id = ${alias}.target_programme_id))))`;
  },

  /** SQL condition: the offer is published and reaches the student — what a student may list or open. */
  visibleToStudent(alias: string, studentExpr: string): string {
    return `(${alias}.status = '${OfferStatus.Published}' AND ${OfferVisibility.reachesStudent(alias, studentExpr)})`;
  },

  /** The same rule as `reachesStudent`, for one offer and one student's population (null: no confirmed profile). */
  reaches(offer: OfferTarget, population: StudentPopulation | null): boolean {
    switch (offer.targeting) {
      case OfferTargeting.Open:
        return true;
      case OfferTargeting.Country:
        return population !== null && population.countryCode === offer.targetCountryCode;
      case OfferTargeting.University:
        return population !== null && population.universityId === offer.targetUniversityId;
      case OfferTargeting.Programme:
        return population !== null && population.programmeId === offer.targetProgrammeId;
      default: {
        const unhandled: never = offer.targeting;
        throw new Error(`no visibility rule for targeting ${String(unhandled)}`);
      }
    }
  },
};
