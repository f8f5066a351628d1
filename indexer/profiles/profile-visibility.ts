/**
 * The rule "visible to companies", in one place: the request (by alias) is published and its student chose to show it
 * to companies. The profiles index holds these requests (of students not disabled), and the requests' read scope
 * lets company contacts read these (src/requests/request-read-scope.ts imports it).
 */
export function visibleToCompanies(alias: string): string {
  return `(${alias}.status = 'published' AND ${alias}.visible_to_companies)`;
}
