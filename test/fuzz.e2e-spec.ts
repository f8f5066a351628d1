import fc from 'fast-check';
import request from 'supertest';
import { AuthorisationWorld } from './authorisation/authorisation-world';
import { allowedCallers } from './authorisation/render-matrix';
import { Caller, ROUTE_RULES } from './authorisation/route-rules';
import { DbFingerprint } from './fuzz/db-fingerprint';
import { CaseBuilder, FuzzCase, OpenApiDocument } from './fuzz/openapi-cases';
import { TestPlatform } from './support/platform';

/** Cases per route (FUZZ_RUNS) from a fixed seed (FUZZ_SEED): CI runs a few; `npm run fuzz` runs many. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 5);
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
/** Routes that would end the caller's own session: fuzzing them says nothing and stops the rest. */
const SKIPPED = new Set(['POST /auth/logout']);

/**
 * Hostile requests on every route of the OpenAPI document, as a caller the route lets through (so that validation and
 * the services are reached, not only the guards): wrong types, huge and deep values, Unicode edge cases, query syntax,
 * path traversal, malformed JSON and hostile PDFs. No answer may be a 5xx, and a refused request writes nothing.
 */
describe('fuzz: every route of the OpenAPI document', () => {
  let platform: TestPlatform;
  let world: AuthorisationWorld;
  let document: OpenApiDocument;
  let fingerprint: DbFingerprint;

  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: false });
    world = await AuthorisationWorld.build(platform);
    document = (await platform.http().get('/docs-json').expect(200)).body;
    fingerprint = await DbFingerprint.of(platform.dataSource);
  }, 180_000);
  afterAll(() => platform?.close());

  it(`answers no 5xx and writes nothing when it refuses (${RUNS} cases per route, seed ${SEED})`, async () => {
    const builder = new CaseBuilder(document);
    const failures: string[] = [];
    let sent = 0;
    const routes = Object.entries(document.paths)
      .flatMap(([path, operations]) =>
        Object.entries(operations).map(([verb, operation]) => ({
          route: `${verb.toUpperCase()} ${path}`,
          path,
          operation,
        })),
      )
      .filter(({ route }) => !SKIPPED.has(route))
      .sort((a, b) => a.route.localeCompare(b.route));
    for (const [index, { route, path, operation }] of routes.entries()) {
      const cases = fc.sample(builder.forOperation(path, operation), { seed: SEED + index, numRuns: RUNS });
      for (const fuzzCase of cases) {
        const before = await fingerprint.take();
        const response = await Promise.resolve()
          .then(() => send(route, fuzzCase))
          .catch((error: Error) => error);
        if (response instanceof Error) {
          // The client could not even form this request (e.g. a header it refuses): nothing reached the API.
          if (/ECONNRESET|socket hang up/.test(response.message))
            failures.push(`${route}: connection dropped ${summarise(fuzzCase)}`);
          continue;
        }
        sent++;
        if (response.status >= 500)
          failures.push(`${route}: ${response.status} ${response.body?.code ?? ''} ${summarise(fuzzCase)}`);
        if (response.status >= 400) {
          const changed = DbFingerprint.changed(before, await fingerprint.take());
          if (changed.length)
            failures.push(`${route}: ${response.status} but wrote ${changed.join(', ')} ${summarise(fuzzCase)}`);
        }
      }
    }
    expect(sent).toBeGreaterThan(routes.length * RUNS * 0.8);
    expect(failures.slice(0, 40)).toEqual([]);
  }, 900_000);

  function send(route: string, fuzzCase: FuzzCase) {
    const caller = callerFor(route);
    const given = Object.fromEntries(
      Object.entries(fuzzCase.pathParams).flatMap(([name, param]) =>
        param.valid ? [] : [[name, encode(param.value) || '%20']],
      ),
    );
    const query = Object.entries(fuzzCase.query)
      .filter(([, value]) => value !== undefined)
      .map(
        ([name, value]) =>
          `${encode(name)}=${encode(typeof value === 'string' ? value : (JSON.stringify(value) ?? ''))}`,
      )
      .join('&');
    const url = `/api${world.path(route, ROUTE_RULES[route]?.params, given)}${query ? `?${query}` : ''}`;
    const verb = route.split(' ')[0].toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    let test = request(platform.api.getHttpServer())[verb](url);
    if (caller !== 'anonymous') test = test.set('authorization', `Bearer ${world.tokens[caller]}`);
    if (fuzzCase.multipart) {
      for (const [name, value] of Object.entries(fuzzCase.multipart.fields)) test = test.field(name, value);
      return test.attach('file', fuzzCase.multipart.file.data, {
        filename: fuzzCase.multipart.file.name,
        contentType: 'application/pdf',
      });
    }
    if (fuzzCase.json) {
      const text = 'raw' in fuzzCase.json ? fuzzCase.json.raw : JSON.stringify(fuzzCase.json.value);
      return test.set('content-type', 'application/json').send(text);
    }
    return test;
  }
});

/** The caller a route lets through, preferring a party of the world over an admin; anonymous for public routes. */
function callerFor(route: string): Caller {
  const rule = ROUTE_RULES[route];
  if (!rule || rule.allow === 'everyone') return 'anonymous';
  return allowedCallers(rule).find((caller) => caller !== 'anonymous') ?? 'admin';
}

/** URL-encodes any string, lone surrogates included (replaced, as a browser would). */
function encode(value: string): string {
  return encodeURIComponent(
    value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );
}

function summarise(fuzzCase: FuzzCase): string {
  const text = JSON.stringify(clip(fuzzCase, 0));
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}

/** A readable copy of a case: files as their size, long strings and arrays cut, deep values stopped at a few levels. */
function clip(value: unknown, depth: number): unknown {
  if (Buffer.isBuffer(value)) return `<${value.length} bytes>`;
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 60)}…(${value.length})` : value;
  if (typeof value !== 'object' || value === null) return value;
  if (depth > 6) return '<deeper>';
  if (Array.isArray(value))
    return [
      ...value.slice(0, 5).map((item) => clip(item, depth + 1)),
      ...(value.length > 5 ? [`…(${value.length})`] : []),
    ];
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, clip(item, depth + 1)]));
}
