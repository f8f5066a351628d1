#!/usr/bin/env node
/*
 * One real action per demo role through the HTTP API of a freshly started platform (run by first-run-smoke.sh):
 * waits until the demo's visible requests are searchable, then the company contact searches with a facet and ranks
 * an offer's candidates, a student reads the offers matched to them and applies, a programme manager lists the
 * internships and validates a step, the admin reads the search status. Exits 1 naming the first step that fails.
 * Usage: node scripts/first-run-actions.js <api base URL> <visible requests>
 */
'use strict';

const [base, visibleArg] = process.argv.slice(2);
const visible = Number(visibleArg);
if (!base || !Number.isInteger(visible) || visible <= 0) {
  console.error('usage: node scripts/first-run-actions.js <api base URL> <visible requests>');
  process.exit(2);
}
const DOMAIN = 'demo.semsem-stages.test';
const PASSWORD = 'semsem-demo-2026';

function step(text) {
  console.log(`first-run: ${text}`);
}

async function call(token, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  let json;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  return json;
}

async function login(name) {
  const { accessToken } = await call(null, 'POST', '/auth/login', { email: `${name}@${DOMAIN}`, password: PASSWORD });
  return accessToken;
}

async function until(what, read, accept, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function check(condition, what) {
  if (!condition) throw new Error(what);
}

async function companyContact() {
  const token = await login('valentin.bouquet');
  const all = await until(
    `${visible} searchable demo requests`,
    () => call(token, 'GET', '/profiles/search?limit=5'),
    (result) => result.total === visible,
  );
  step(`company contact: guided search finds the ${all.total} visible demo requests`);
  const bucket = all.facets.sector[0];
  const refined = await call(token, 'GET', `/profiles/search?limit=5&sector=${encodeURIComponent(bucket.value)}`);
  check(
    refined.total === bucket.count,
    `sector ${bucket.value}: the facet counted ${bucket.count}, the search found ${refined.total}`,
  );
  step(`company contact: facet sector ${bucket.value} narrows to ${refined.total}, as its count said`);

  const medina = await login('amira.zouari');
  const me = await call(medina, 'GET', '/me');
  const offers = await call(medina, 'GET', `/companies/${me.company.companyId}/offers?status=published&limit=50`);
  check(offers.items.length > 0, 'the company contact has no published offer');
  const ranked = await until(
    'ranked candidates of a demo offer',
    () => call(medina, 'GET', `/offers/${offers.items[0].id}/candidates?limit=5`),
    (result) => result.items.length > 0,
  );
  check(ranked.items[0].why.length > 0, 'the best candidate comes without its why');
  step(`company contact: offer "${offers.items[0].title}" ranks ${ranked.items.length} candidates, each with a why`);
}

async function student() {
  const talel = await login('talel.jlassi');
  const matched = await until(
    'offers matched to a demo student',
    () => call(talel, 'GET', '/me/matched-offers'),
    (result) => result.items.length > 0,
  );
  step(`student: ${matched.items.length} matched offers, the first with ${matched.items[0].why.length} reasons`);

  const applied = new Set(
    (await call(talel, 'GET', '/me/applications?limit=100')).items.map((application) => application.offer.id),
  );
  // A matched offer first; the demo student may have applied to those already, then any offer open to them.
  const listed = (await call(talel, 'GET', '/offers?limit=100')).items;
  const open = [...matched.items.map((match) => match.offer), ...listed].find((offer) => !applied.has(offer.id));
  check(open, 'every offer open to the student has already been applied to');
  const [request] = (await call(talel, 'GET', '/requests/mine')).items;
  const application = await call(talel, 'POST', `/offers/${open.id}/applications`, {
    message: 'Madame, Monsieur, votre offre correspond à mon projet de fin d’études ; mon CV est joint.',
    requestId: request.id,
  });
  check(application.status === 'received', `the new application is ${application.status}`);
  step(`student: applied to "${open.title}" with the CV of their request`);
}

async function programmeManager() {
  const token = await login('nadia.masmoudi');
  const list = await call(token, 'GET', '/internships');
  check(list.items.length > 0, 'the programme manager follows no internship');
  for (const item of list.items) {
    const internship = await call(token, 'GET', `/internships/${item.id}`);
    const steps = [...internship.phases.before, ...internship.phases.during, ...internship.phases.after];
    const waiting = steps.find(
      (s) => s.status === 'submitted' && (s.pendingValidators ?? []).includes('programme_manager'),
    );
    if (!waiting) continue;
    const after = await call(token, 'POST', `/internships/${item.id}/steps/${waiting.key}/validate`, {
      comment: 'Validé.',
    });
    const now = [...after.phases.before, ...after.phases.during, ...after.phases.after].find(
      (s) => s.key === waiting.key,
    );
    check(now.status === 'validated', `step ${waiting.key} is ${now.status} after validation`);
    step(`programme manager: ${list.items.length} internships listed; step ${waiting.key} validated`);
    return;
  }
  throw new Error('no step waits for the programme manager');
}

async function admin() {
  const token = await login('admin');
  const status = await call(token, 'GET', '/admin/search/status');
  check(JSON.stringify(status).includes('profiles'), 'the search status names no profiles index');
  step('admin: search status read');
}

(async () => {
  await companyContact();
  await student();
  await programmeManager();
  await admin();
  step('every demo role acted through the API');
})().catch((error) => {
  console.error(`first-run: FAILED: ${error.message}`);
  process.exit(1);
});
