import { OfferVisibility } from '../offers/offer-visibility';

/** The tables a student's matches are read from: the match, its offer (and company) and its request. */
export const LIVE_MATCHES_FROM = `offer_matches m
  JOIN offers o ON o.id = m.offer_id
  JOIN companies c ON c.id = o.company_id
  JOIN internship_requests r ON r.id = m.request_id`;

/**
 * SQL condition: the matches of the student `studentExpr` that may still be shown or mailed: the request is
 * published, the offer published with its deadline ahead and still aimed at the student (targeting can change).
 */
export function liveMatchesOf(studentExpr: string): string {
  return `m.student_id = ${studentExpr} AND r.status = 'published' AND o.application_deadline > now()
    AND ${OfferVisibility.visibleToStudent('o', studentExpr)}`;
}
