import { Page } from 'playwright-core';
import { Role } from '../../src/common/auth/role.enum';
import { createStudent, createUserDirectly, login, uniqueEmail } from '../support/accounts';
import { TestPlatform } from '../support/platform';
import { BrowserStack, screenshot, seriousViolations } from '../support/browser';
import { cvPdf } from '../support/pdf-fixtures';
import { indexProfiles, insertGeneratedProfiles } from '../support/profile-factory';
import { createRequest, draftBody, upload } from '../support/requests-helpers';

const PASSWORD = 'correct horse battery staple';
const FACET_NAMES = ['sector', 'country', 'studyYear', 'programme', 'university'] as const;
type FacetItem = { value: string; label: string; count: number };

/**
 * A company contact's first day, in Chromium on the real stack: signs up (new company), opens the e-mailed
 * verification link, logs in, sees the dashboard figures, writes and publishes an offer, runs the guided search and
 * refines it with two facets, opens a CV, and reads the offer's ranked candidates with their why.
 */
describe('web: company contact journey', () => {
  let stack: BrowserStack;

  beforeAll(async () => {
    stack = await BrowserStack.start();
    const { platform } = stack;
    await insertGeneratedProfiles(platform.dataSource, { seed: 14, count: 60 });
    // One student with a real CV file, so the search has a CV to open and the offer a candidate with TypeScript.
    const student = await createStudent(platform, { studyYear: 4 });
    const { id } = await createRequest(platform, student.accessToken, {
      ...draftBody,
      title: 'Stage développement TypeScript',
    });
    await upload(platform, student.accessToken, id, 'cv', await cvPdf()).expect(201);
    await platform.http(student.accessToken).post(`/requests/${id}/publish`).expect(200);
    await indexProfiles(platform);
  });
  afterAll(() => stack?.close());

  it('signs up, verifies, publishes an offer, searches with facets, opens a CV and reads the ranked candidates', async () => {
    const { platform } = stack;
    const email = uniqueEmail('web.contact');
    const companyName = `Société Web ${Date.now()}`;
    const { context, page } = await stack.newPage();

    // Sign-up: "already registered?" finds nothing, so the contact registers the company.
    await page.goto('/');
    await page.getByRole('link', { name: 'Je suis une entreprise : créer mon compte' }).click();
    await page.getByLabel('Nom de l’entreprise').fill(companyName);
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByText('Aucune entreprise trouvée : inscrivez la vôtre.').waitFor();
    await page.getByRole('button', { name: 'Inscrire une nouvelle entreprise' }).click();
    await page.getByLabel('Ville').fill('Sfax');
    await page.getByLabel('Prénom').fill('Valentin');
    await page.getByLabel('Nom', { exact: true }).fill('Bouquet');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe (10 caractères au moins)').fill(PASSWORD);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByText(`Un lien de confirmation vient d’être envoyé à ${email}`, { exact: false }).waitFor();

    // The e-mailed link opens the verification page, which confirms at once.
    const mail = await platform.smtp.waitFor((m) => m.to.includes(email) && /verify-email\?token=/.test(m.text));
    const link = /(https?:\/\/\S+\/verify-email\?token=[A-Za-z0-9_-]+)/.exec(mail.text)![1];
    expect(link.startsWith(`${stack.origin}/verify-email`)).toBe(true);
    await page.goto(link);
    await page.getByText('Votre adresse e-mail est confirmée.', { exact: false }).waitFor();
    // A company registered through the platform waits for approval: the platform admin approves it.
    await approveCompanyOf(platform, email);

    // Log-in box of the home page, then the dashboard with live figures and the quick links.
    await page.goto('/');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${stack.origin}/company`);
    const stats = (await platform.http().get('/stats').expect(200)).body;
    await page.locator('[data-figure="cvs"]').waitFor();
    expect(await page.locator('[data-figure="students"]').innerText()).toBe(
      new Intl.NumberFormat('fr').format(stats.students),
    );
    expect(await page.locator('[data-figure="cvs"]').innerText()).toBe(String(stats.publishedCvs));
    expect(stats.publishedCvs).toBeGreaterThanOrEqual(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'company-dashboard');

    // "Diffuser mes offres": a targeted offer, saved then published from the list.
    await page.getByRole('link', { name: 'Diffuser mes offres' }).click();
    await page.getByLabel('Intitulé').fill('Stage développeur TypeScript');
    await page.getByLabel('Type de stage').selectOption({ index: 1 });
    await page.getByLabel('Mission').fill('Développer des services web en TypeScript.');
    await page.getByLabel('Poste / Position').fill('Développeur');
    await page.getByLabel('Compétences (séparées par des virgules) / Skills').fill('TypeScript, NestJS');
    await page.getByLabel('Ville').fill('Sfax');
    await page.getByLabel('Diffusion').selectOption('country');
    await page.getByLabel('Pays ciblé (code ISO)').fill('TN');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(`${stack.origin}/company/offers`);
    const offerCard = page.locator('[data-offer]').filter({ hasText: 'Stage développeur TypeScript' });
    await offerCard.getByRole('button', { name: 'Publier' }).click();
    await offerCard.locator('[data-status]').filter({ hasText: 'published' }).waitFor();
    const offerId = await offerCard.getAttribute('data-offer');
    const contact = await login(platform, email, PASSWORD);
    const offer = (await platform.http(contact.accessToken).get(`/offers/${offerId}`).expect(200)).body;
    expect(offer).toMatchObject({ status: 'published', target: expect.objectContaining({ targeting: 'country' }) });

    // Guided search, refined by two facets: the page shows exactly the API's counts, and keeps the query in the URL.
    await page.getByRole('link', { name: 'Accéder aux meilleurs profils' }).click();
    await page.locator('[data-total]').waitFor();
    const apiAnswer = (query: string) =>
      platform
        .http(contact.accessToken)
        .get(`/profiles/search?${query}`)
        .expect(200)
        .then((r) => r.body);
    let answer = await apiAnswer('');
    await expectPageShows(page, answer);
    const country = answer.facets.country[0] as FacetItem;
    await page.locator('[data-facet="country"] label').filter({ hasText: country.label }).getByRole('checkbox').click();
    answer = await apiAnswer(`country=${country.value}`);
    await page.waitForURL(new RegExp(`country=${country.value}`));
    await expectPageShows(page, answer);
    const year =
      (answer.facets.studyYear as FacetItem[]).find((item) => item.count < answer.total) ?? answer.facets.studyYear[0];
    await page.locator('[data-facet="studyYear"] label').filter({ hasText: year.label }).getByRole('checkbox').click();
    answer = await apiAnswer(`country=${country.value}&studyYear=${year.value}`);
    await page.waitForURL(new RegExp(`studyYear=${year.value}`));
    await expectPageShows(page, answer);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'guided-search-two-facets');

    // A CV from the search: keywords find the student with the file; the download carries the session.
    await page.goto('/company/search?q=TypeScript');
    const cvButton = page.getByRole('button', { name: /^CV / }).first();
    await cvButton.waitFor();
    const [download] = await Promise.all([page.waitForResponse(/\/api\/documents\/[^/]+\/file/), cvButton.click()]);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');

    // The offer's ranked candidates, each with its why.
    await page.getByRole('link', { name: 'Mes offres', exact: true }).click();
    await page
      .locator('[data-offer]')
      .filter({ hasText: 'Stage développeur TypeScript' })
      .getByRole('link', { name: 'Candidats classés' })
      .click();
    const firstWhy = page.locator('.why li').first();
    await firstWhy.waitFor();
    const apiCandidates = (await platform.http(contact.accessToken).get(`/offers/${offerId}/candidates`).expect(200))
      .body;
    expect(apiCandidates.total).toBeGreaterThan(0);
    expect(await page.locator('article.profile').count()).toBe(apiCandidates.items.length);
    expect(await firstWhy.getAttribute('data-criterion')).toBe(apiCandidates.items[0].why[0].criterion);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'offer-candidates');
    await context.close();
  });

  it('keeps the guided search usable on a phone', async () => {
    const { platform } = stack;
    const contact = await createCompanyContactForPhone(stack);
    const { context, page } = await stack.newPage({ phone: true });
    await page.goto('/');
    await page.getByLabel('Adresse e-mail').fill(contact);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${stack.origin}/company`);
    await page.goto('/company/search');
    const total = page.locator('[data-total]');
    await total.waitFor();
    const token = (await login(platform, contact, PASSWORD)).accessToken;
    const answer = (await platform.http(token).get('/profiles/search').expect(200)).body;
    expect(Number(await total.getAttribute('data-total'))).toBe(answer.total);
    // Nothing wider than the screen: the facets stack above the hits.
    const width = await page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(390);
    await page.locator('[data-facet="country"] input').first().click();
    await page.waitForURL(/country=/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'guided-search-phone');
    await context.close();
  });
});

async function createCompanyContactForPhone(stack: BrowserStack): Promise<string> {
  const email = uniqueEmail('web.phone');
  await stack.platform
    .http()
    .post('/auth/register/company-contact')
    .send({
      email,
      password: PASSWORD,
      firstName: 'Nour',
      lastName: 'Ben Ali',
      company: { name: `Phone ${Date.now()}`, countryCode: 'TN', city: 'Tunis' },
    })
    .expect(201);
  const mail = await stack.platform.smtp.waitFor((m) => m.to.includes(email) && /verify-email\?token=/.test(m.text));
  const token = /verify-email\?token=([A-Za-z0-9_-]+)/.exec(mail.text)![1];
  await stack.platform.http().post('/auth/verify-email').send({ token }).expect(204);
  await approveCompanyOf(stack.platform, email);
  return email;
}

/** The platform admin's approval of the company a contact registered (through the approval route). */
async function approveCompanyOf(platform: TestPlatform, email: string): Promise<void> {
  const [{ company_id: companyId }] = await platform.dataSource.query(
    'SELECT m.company_id FROM company_memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1',
    [email],
  );
  const admin = await createUserDirectly(platform, Role.Admin);
  await platform
    .http(admin.accessToken)
    .post(`/companies/${companyId}/approval`)
    .send({ decision: 'approved' })
    .expect(200);
}

/** The total and every facet count shown on the page are the API's. */
async function expectPageShows(
  page: Page,
  answer: { total: number; facets: Record<string, FacetItem[]> },
): Promise<void> {
  await page.locator(`[data-total="${answer.total}"]`).waitFor();
  for (const name of FACET_NAMES) {
    const shown = await page
      .locator(`[data-facet="${name}"] label`)
      .evaluateAll((labels) =>
        labels.map(
          (label) =>
            `${label.querySelector('.facet-label')!.textContent}=${label.querySelector('[data-count]')!.textContent}`,
        ),
      );
    expect(shown).toEqual((answer.facets[name] ?? []).map((item) => `${item.label}=${item.count}`));
  }
}
