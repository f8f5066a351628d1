import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AuthorisationWorld } from './authorisation/authorisation-world';
import { allowedCallers, renderMatrix } from './authorisation/render-matrix';
import { CALLERS, Caller, ROUTE_RULES, RouteRule } from './authorisation/route-rules';
import { cvPdf } from './support/pdf-fixtures';
import { TestPlatform } from './support/platform';

const MATRIX = resolve(__dirname, '..', 'docs', 'authorisation-matrix.md');
const READS = new Set(['GET']);

/**
 * Every route of the running API, called as every caller of the matrix (route-rules.ts). Reads are called by all:
 * the allowed get through (not 401/403, nor 404 unless the rule says the world lacks the thing), the others are
 * refused. Writes are called by those who must be refused only, with a valid body, so that a refusal is a refusal.
 */
describe('authorisation matrix', () => {
  let platform: TestPlatform;
  let world: AuthorisationWorld;

  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: false });
    world = await AuthorisationWorld.build(platform);
  }, 180_000);
  afterAll(() => platform?.close());

  it('has one rule per route of the running application, and no rule without a route', () => {
    const routes = runningRoutes(platform);
    expect(routes.length).toBeGreaterThan(90);
    expect(routes.filter((route) => !ROUTE_RULES[route])).toEqual([]);
    expect(Object.keys(ROUTE_RULES).filter((route) => !routes.includes(route))).toEqual([]);
  });

  it("keeps docs/authorisation-matrix.md the rules' own text", () => {
    const text = renderMatrix(ROUTE_RULES);
    if (process.env.WRITE_MATRIX === '1') writeFileSync(MATRIX, text);
    expect(readFileSync(MATRIX, 'utf8')).toBe(text);
  });

  it('lets through exactly the allowed callers of every route', async () => {
    const pdf = await cvPdf();
    const differences: string[] = [];
    // Reads first: a write that wrongly got through could change what the reads see.
    const routes = Object.keys(ROUTE_RULES).sort(
      (a, b) => Number(!READS.has(method(a))) - Number(!READS.has(method(b))),
    );
    for (const route of routes) {
      const rule = ROUTE_RULES[route];
      const allowed = new Set(allowedCallers(rule));
      for (const caller of CALLERS) {
        const mayPass = allowed.has(caller);
        if (mayPass && !READS.has(method(route))) continue;
        const response = await call(route, rule, caller, pdf);
        const verdict = mayPass ? passed(rule, response.status) : refused(rule, caller, response.status);
        if (!verdict) {
          differences.push(
            `${route} as ${caller}: expected ${mayPass ? 'let through' : 'refused'}, got ${response.status} ${response.body?.code ?? ''}`.trim(),
          );
        }
      }
    }
    expect(differences).toEqual([]);
  }, 600_000);

  function call(route: string, rule: RouteRule, caller: Caller, pdf: Buffer) {
    const http = platform.http(caller === 'anonymous' ? undefined : world.tokens[caller]);
    const verb = method(route).toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
    const test = http[verb](world.path(route, rule.params));
    if (rule.upload) {
      for (const [name, value] of Object.entries(rule.upload)) test.field(name, value);
      return test.attach('file', pdf, { filename: 'droits.pdf', contentType: 'application/pdf' });
    }
    const body = typeof rule.body === 'function' ? rule.body(world.ids) : rule.body;
    return verb === 'get' || verb === 'delete' ? test : test.send(body ?? {});
  }
});

function method(route: string): string {
  return route.split(' ')[0];
}

function passed(rule: RouteRule, status: number): boolean {
  return status !== 401 && status !== 403 && (status !== 404 || rule.mayBeAbsent === true) && status < 500;
}

function refused(rule: RouteRule, caller: Caller, status: number): boolean {
  if (caller === 'anonymous') return status === 401;
  return status === 403 || status === 404 || (rule.alsoRefusedWith ?? []).includes(status);
}

/** "METHOD /path/{param}" of every route the running Express app serves under /api (the OpenAPI page aside). */
function runningRoutes(platform: TestPlatform): string[] {
  const express = platform.api.getHttpAdapter().getInstance();
  const stack: Array<{ route?: { path: string; methods: Record<string, boolean> } }> = express.router.stack;
  const routes = new Set<string>();
  for (const layer of stack) {
    if (!layer.route || !layer.route.path.startsWith('/api/') || layer.route.path.startsWith('/api/docs')) continue;
    const path = layer.route.path.slice(4).replace(/:(\w+)/g, '{$1}');
    for (const [verb, on] of Object.entries(layer.route.methods))
      if (on && verb !== '_all') routes.add(`${verb.toUpperCase()} ${path}`);
  }
  return [...routes].sort();
}
