import { Locator, Page } from 'playwright-core';
import { Role } from '../../src/common/auth/role.enum';
import { createCompanyContact, createUserDirectly, login, TestAccount } from '../support/accounts';
import { BrowserStack, screenshot, seriousViolations } from '../support/browser';
import { until } from '../support/eventually';
import { softwareOfferBody } from '../support/offers';

const PASSWORD = 'correct horse battery staple';

/**
 * The platform admin's area in Chromium on the real stack: lands on /admin after log-in, finds and disables an
 * account, creates a staff account (the API's field error shown next to the field), approves a waiting company (which
 * can then publish), sets up a university's programme with its managers, and rebuilds the search index watching its status.
 */
describe('web: admin area', () => {
  let stack: BrowserStack;
  let admin: TestAccount;
  let waiting: TestAccount & { companyId: string };
  let companyName: string;

  beforeAll(async () => {
    stack = await BrowserStack.start();
    admin = await createUserDirectly(stack.platform, Role.Admin);
    companyName = `Attente ${Date.now()}`;
    waiting = await createCompanyContact(
      stack.platform,
      {
        lastName: 'Zitouni',
        company: { name: companyName, countryCode: 'TN', city: 'Gabès', naceDivision: '62' },
      },
      false,
    );
  });
  afterAll(() => stack?.close());

  async function logIn(page: Page) {
    await page.goto('/');
    await page.getByLabel('Adresse e-mail').fill(admin.email);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${stack.origin}/admin`);
  }

  it('finds and disables an account, creates a staff account, approves a waiting company that can then publish', async () => {
    const { platform } = stack;
    const { context, page } = await stack.newPage();
    await logIn(page);

    // Users: filtered by role and a piece of the name, as the API counts them.
    const filter = page.getByRole('search');
    await filter.getByLabel('Rôle').selectOption('company_contact');
    await filter.getByLabel('Nom ou adresse e-mail').fill('zitouni');
    await filter.getByRole('button', { name: 'Filtrer' }).click();
    const row = page.locator(`tr[data-user="${waiting.userId}"]`);
    await row.waitFor();
    const listed = (
      await platform.http(admin.accessToken).get('/admin/users?role=company_contact&q=zitouni').expect(200)
    ).body;
    expect(await page.locator('[data-total]').getAttribute('data-total')).toBe(String(listed.total));
    expect(await page.locator('tbody tr').count()).toBe(listed.items.length);
    expect(await row.innerText()).toContain(companyName);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'admin-users');

    await row.getByRole('button', { name: /^Désactiver/ }).click();
    await row.locator('[data-state]').filter({ hasText: 'Désactivé' }).waitFor();
    await platform
      .http()
      .post('/auth/login')
      .send({ email: waiting.email, password: PASSWORD })
      .expect((r) => expect(r.status).toBeGreaterThanOrEqual(400));
    await row.getByRole('button', { name: /^Réactiver/ }).click();
    await row.locator('[data-state]').filter({ hasText: 'Actif' }).waitFor();
    const contact = await login(platform, waiting.email);

    // A staff account: the API's message about the e-mail shows under the e-mail field.
    const staff = page.locator('section[aria-labelledby="new-staff"]');
    await staff.getByLabel('Rôle').selectOption('admin');
    await staff.getByLabel('Prénom').fill('Amel');
    await staff.getByLabel('Nom', { exact: true }).fill('Ben Salem');
    await staff.getByLabel('Adresse e-mail').fill('pas-une-adresse');
    await staff.getByRole('button', { name: 'Créer le compte' }).click();
    const emailField = staff.getByLabel('Adresse e-mail');
    await waitForAttribute(emailField, 'aria-invalid', 'true');
    // Focus moves to the refused field, so a keyboard user is where the message is.
    const emailId = await emailField.getAttribute('id');
    await until(
      () => page.evaluate('document.activeElement && document.activeElement.id'),
      (focused) => focused === emailId,
      'focus on the e-mail field',
      10_000,
    );
    const refused = await platform
      .http(admin.accessToken)
      .post('/admin/staff')
      .send({ role: 'admin', firstName: 'Amel', lastName: 'Ben Salem', email: 'pas-une-adresse' })
      .expect(400);
    const apiMessage = refused.body.errors.find((e: { field: string }) => e.field === 'email').message;
    const describedBy = await emailField.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${describedBy}"]`).innerText()).toBe(apiMessage);
    const staffEmail = `amel.${Date.now()}@example.test`;
    await emailField.fill(staffEmail);
    await staff.getByRole('button', { name: 'Créer le compte' }).click();
    await staff.getByText(`Compte créé : ${staffEmail}`, { exact: false }).waitFor();
    await platform.smtp.waitFor((m) => m.to.includes(staffEmail) && /reset-password/.test(m.text));

    // The approval queue: the company cannot publish before, can after.
    const offer = (
      await platform
        .http(contact.accessToken)
        .post(`/companies/${waiting.companyId}/offers`)
        .send(softwareOfferBody('Stage en attente'))
        .expect(201)
    ).body;
    expect((await platform.http(contact.accessToken).post(`/offers/${offer.id}/publish`).expect(403)).body.code).toBe(
      'company_not_approved',
    );
    await page.getByRole('link', { name: 'Entreprises à valider' }).click();
    const card = page.locator(`[data-company="${waiting.companyId}"]`);
    await card.waitFor();
    expect(await card.innerText()).toContain(waiting.email);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'admin-approvals');
    await card
      .getByLabel('Motif (envoyé aux contacts ; attendu en cas de refus)')
      .fill('Entreprise vérifiée au registre.');
    await card.getByRole('button', { name: `Valider : ${companyName}` }).click();
    await page.getByText(`${companyName} est validée.`).waitFor();
    await card.waitFor({ state: 'detached' });
    await platform.http(contact.accessToken).post(`/offers/${offer.id}/publish`).expect(200);
    await context.close();
  }, 120_000);

  it('adds a university and a programme, names its programme manager and year managers', async () => {
    const { platform } = stack;
    const { context, page } = await stack.newPage();
    await logIn(page);
    await page.getByRole('link', { name: 'Universités et filières' }).click();
    const universityName = `Université de Gabès ${Date.now()}`;
    await page.getByLabel('Nom de l’université').fill(universityName);
    await page.getByLabel('Ville').fill('Gabès');
    await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
    const card = page.locator('[data-university]').filter({ hasText: universityName });
    await card.getByRole('heading', { name: 'Filières' }).waitFor();
    const universityId = (await card.getAttribute('data-university'))!;
    const manager = await createUserDirectly(platform, Role.ProgrammeManager, { universityId });
    const yearManager = await createUserDirectly(platform, Role.YearManager, { universityId });

    await card.getByLabel('Nouvelle filière — Nom de la filière').fill('Génie chimique');
    await card.getByRole('button', { name: 'Ajouter' }).click();
    const programme = card.locator('[data-programme]').filter({ hasText: 'Génie chimique' });
    await programme.waitFor();
    const programmeId = (await programme.getAttribute('data-programme'))!;
    // The staff lists are read when the panel opens: reopen it now that the managers exist.
    await card.getByRole('button', { name: 'Masquer les filières' }).click();
    await card.getByRole('button', { name: 'Voir les filières' }).click();
    await programme
      .getByLabel('Responsable de filière')
      .locator(`option[value="${manager.userId}"]`)
      .waitFor({ state: 'attached' });
    await programme.getByLabel('Responsable de filière').selectOption(manager.userId);
    await programme.getByRole('button', { name: 'Nommer' }).click();
    await programme.getByText('Responsable enregistré.').waitFor();
    await programme.getByText('Aucun responsable d’année nommé pour cette filière.').waitFor();
    await programme.getByLabel('Année d’études').selectOption('3');
    await programme.getByLabel(/Test year_manager/).check();
    await programme.getByRole('button', { name: 'Enregistrer les responsables d’année' }).click();
    await programme.getByText('Responsables d’année enregistrés.').waitFor();
    // The programme's current year managers, as the API has them now, by year.
    const thirdYear = programme.locator(`[data-year-managers="${programmeId}"] [data-study-year="3"]`);
    await thirdYear.waitFor();
    expect(await thirdYear.locator('dd').innerText()).toMatch(/Test year_manager/);
    expect(await programme.locator('[data-year-managers] [data-study-year]').count()).toBe(1);

    const programmes = (await platform.http().get(`/universities/${universityId}/programmes`).expect(200)).body;
    expect(programmes.items).toEqual([
      expect.objectContaining({ id: programmeId, name: 'Génie chimique', managerId: manager.userId }),
    ]);
    const yearRows = await platform.dataSource.query(
      'SELECT user_id, study_year FROM programme_year_managers WHERE programme_id = $1',
      [programmeId],
    );
    expect(yearRows).toEqual([{ user_id: yearManager.userId, study_year: 3 }]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'admin-universities');
    await context.close();
  }, 120_000);

  it('starts a rebuild of the search index and shows its status with the API’s figures, on a phone too', async () => {
    const { platform } = stack;
    const { context, page } = await stack.newPage({ phone: true });
    await logIn(page);
    await page.getByRole('link', { name: 'Moteur de recherche' }).click();
    await page.locator('[data-index="profiles"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Reconstruire l’index des profils' }).click();
    await page.getByText('Reconstruction lancée.').waitFor();
    // The page follows the rebuild on its own until the worker has finished it.
    await page.locator('[data-index="profiles"] [data-last-rebuild="completed"]').waitFor({ timeout: 60_000 });
    expect(
      (await platform.http(admin.accessToken).get('/admin/search/status').expect(200)).body.profiles.rebuild.last.state,
    ).toBe('completed');
    await waitForAttribute(page.locator('[data-index="profiles"] [data-rebuild]'), 'data-rebuild', 'idle');
    const fr = new Intl.NumberFormat('fr');
    await page.reload();
    await page.locator('[data-index="profiles"]').waitFor();
    const status = (await platform.http(admin.accessToken).get('/admin/search/status').expect(200)).body;
    expect(await page.locator('[data-index="profiles"] [data-figure="documents"]').innerText()).toBe(
      fr.format(status.profiles.documents),
    );
    expect(await page.locator('[data-index="offers"] [data-figure="documents"]').innerText()).toBe(
      fr.format(status.offers.documents),
    );
    expect(await page.locator('[data-figure="pending"]').innerText()).toBe(fr.format(status.outbox.pending));
    const wide = await page.evaluate(
      `[...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > 391).map((e) => e.tagName + '.' + e.className).slice(0, 5)`,
    );
    expect(wide).toEqual([]);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'admin-search-phone');
    await context.close();
  }, 120_000);
});

/** Waits until the element's attribute has the value (playwright-core has no web-first assertions). */
async function waitForAttribute(locator: Locator, name: string, value: string): Promise<void> {
  await until(
    () => locator.getAttribute(name),
    (current) => current === value,
    `${name}=${value}`,
    10_000,
  );
}
