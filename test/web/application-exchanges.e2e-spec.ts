import { Locator, Page } from 'playwright-core';
import { createCompanyContact, createStudent, seedProgramme, TestAccount } from '../support/accounts';
import { BrowserStack, screenshot, seriousViolations } from '../support/browser';
import { until } from '../support/eventually';
import { softwareOfferBody } from '../support/offers';
import { cvPdf, letterPdf } from '../support/pdf-fixtures';
import { createRequest, draftBody, upload } from '../support/requests-helpers';

const PASSWORD = 'correct horse battery staple';

/**
 * The company contact's and the student's further screens in Chromium on the real stack: a join request accepted
 * from the e-mailed link (opened signed out: the log-in returns to it), an offer edited and read in its history, the
 * company profile refusing a bad website next to the field; the student's schooling, offers browsing, "Postuler",
 * and the messages thread of the application between the two.
 */
describe('web: company and student exchanges', () => {
  let stack: BrowserStack;
  let contact: TestAccount & { companyId: string };
  let student: TestAccount;
  let offerId: string;
  const offerTitle = `Stage data ${Date.now()}`;

  beforeAll(async () => {
    stack = await BrowserStack.start();
    const { programmeId } = await seedProgramme(stack.platform, 'Génie logiciel');
    contact = await createCompanyContact(stack.platform);
    student = await createStudent(stack.platform, { programmeId, studyYear: 3 });
    // An application sends a CV and a letter: the student's request carries them.
    const { id: requestId } = await createRequest(stack.platform, student.accessToken, {
      ...draftBody,
      title: 'Ma demande data',
    });
    await upload(stack.platform, student.accessToken, requestId, 'cv', await cvPdf()).expect(201);
    await upload(stack.platform, student.accessToken, requestId, 'letter', await letterPdf()).expect(201);
    const offer = await stack.platform
      .http(contact.accessToken)
      .post(`/companies/${contact.companyId}/offers`)
      .send(softwareOfferBody(offerTitle, { city: 'Sousse' }))
      .expect(201);
    offerId = offer.body.id;
    await stack.platform.http(contact.accessToken).post(`/offers/${offerId}/publish`).expect(200);
  });
  afterAll(() => stack?.close());

  async function logIn(page: Page, email: string) {
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
  }

  it('company contact: accepts a join request from the e-mailed link, edits an offer and reads its history, keeps the profile', async () => {
    const { platform } = stack;
    const joinerEmail = `hakim.${Date.now()}@example.test`;
    await platform
      .http()
      .post('/auth/register/company-contact')
      .send({
        email: joinerEmail,
        password: PASSWORD,
        firstName: 'Hakim',
        lastName: 'Sharif',
        jobTitle: 'Ingénieur',
        companyId: contact.companyId,
      })
      .expect(201);
    const mail = await platform.smtp.waitFor((m) => m.to.includes(contact.email) && m.text.includes('join-requests'));
    const link = /(https?:\/\/\S+\/companies\/[0-9a-f-]+\/join-requests)/.exec(mail.text)![1];
    expect(link).toBe(`${stack.origin}/companies/${contact.companyId}/join-requests`);

    // Signed out, the link leads to the log-in box, and the log-in back to the requests.
    const { context, page } = await stack.newPage();
    await page.goto(link);
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('next') === '/company/join-requests');
    await logIn(page, contact.email);
    await page.waitForURL(`${stack.origin}/company/join-requests`);
    const request = page.locator('[data-join-request]').filter({ hasText: 'Hakim Sharif' });
    await request.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'company-join-requests');
    await request.getByRole('button', { name: 'Accepter : Hakim Sharif' }).click();
    await page.getByText('Hakim Sharif fait désormais partie de l’entreprise.').waitFor();
    const [membership] = await platform.dataSource.query(
      'SELECT m.status FROM company_memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1',
      [joinerEmail],
    );
    expect(membership.status).toBe('active');

    // Edit an offer with the creation form; the change is in its history.
    await page.getByRole('link', { name: 'Mes offres', exact: true }).click();
    await page.getByRole('link', { name: `Modifier : ${offerTitle}` }).click();
    const city = page.getByLabel('Ville');
    await waitForValue(city, 'Sousse');
    expect(await seriousViolations(page)).toEqual([]);
    await city.fill('Monastir');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(`${stack.origin}/company/offers/${offerId}/history`);
    const change = page.locator('[data-history="updated"] [data-field="city"]');
    await change.waitFor();
    expect(await change.locator('td').allInnerTexts()).toEqual(['Sousse', 'Monastir']);
    const history = (await platform.http(contact.accessToken).get(`/offers/${offerId}/history`).expect(200)).body;
    expect(history.items[0]).toMatchObject({
      action: 'updated',
      changes: { city: { before: 'Sousse', after: 'Monastir' } },
    });
    expect(Object.keys(history.items[0].changes)).toEqual(['city']);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'company-offer-history');

    // The company profile: the API's message about a bad website shows under that field; a good one is saved.
    await page.getByRole('link', { name: 'Mon entreprise' }).click();
    const website = page.getByLabel('Site web');
    await website.fill('pas une adresse');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await waitForAttribute(website, 'aria-invalid', 'true');
    const refused = await platform
      .http(contact.accessToken)
      .patch(`/companies/${contact.companyId}`)
      .send({ website: 'pas une adresse' })
      .expect(400);
    const apiMessage = refused.body.errors.find((e: { field: string }) => e.field === 'website').message;
    expect(await page.locator(`[id="${await website.getAttribute('aria-describedby')}"]`).innerText()).toBe(apiMessage);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'company-profile-error');
    await website.fill('https://exemple.tn');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Profil de l’entreprise enregistré.').waitFor();
    expect(
      (await platform.http(contact.accessToken).get(`/companies/${contact.companyId}`).expect(200)).body.website,
    ).toBe('https://exemple.tn');
    await context.close();
  }, 120_000);

  it('student edits the schooling, browses offers, applies; the company writes from the e-mailed link; the student reads it', async () => {
    const { platform } = stack;
    const { context, page } = await stack.newPage();
    await page.goto('/');
    await logIn(page, student.email);
    await page.waitForURL(`${stack.origin}/student`);

    // Schooling: a country code the API refuses is named next to its field; then the year and the country are saved.
    await page.getByRole('link', { name: 'Mon profil' }).click();
    const country = page.getByLabel('Pays de résidence (code ISO)');
    await country.fill('ZZ');
    const schooling = page.locator('form[aria-labelledby="schooling-title"]');
    await schooling.getByRole('button', { name: 'Enregistrer' }).click();
    await waitForAttribute(country, 'aria-invalid', 'true');
    const refused = await platform
      .http(student.accessToken)
      .put('/me/schooling')
      .send({ residenceCountry: 'ZZ' })
      .expect(400);
    const apiMessage = refused.body.errors.find((e: { field: string }) => e.field === 'residenceCountry').message;
    expect(await page.locator(`[id="${await country.getAttribute('aria-describedby')}"]`).innerText()).toBe(apiMessage);
    await schooling.getByLabel('Année d’études').selectOption('4');
    await country.fill('TN');
    await schooling.getByRole('button', { name: 'Enregistrer' }).click();
    await schooling.getByText('Enregistré.').waitFor();
    expect((await platform.http(student.accessToken).get('/me').expect(200)).body.student).toMatchObject({
      studyYear: 4,
      residenceCountry: 'TN',
    });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'student-profile');

    // Offers: filtered by a word of the title, as the API finds them; the detail, then "Postuler".
    await page.getByRole('link', { name: 'Parcourir les offres' }).click();
    await page.getByLabel('Mot de l’intitulé').fill('data');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.waitForURL(/title=data/);
    const listed = (await platform.http(student.accessToken).get('/offers?title=data').expect(200)).body;
    await page.locator(`[data-total="${listed.total}"]`).waitFor();
    expect(await page.locator('[data-offer]').count()).toBe(listed.items.length);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'student-offers');
    await page.getByRole('link', { name: offerTitle }).click();
    await page.getByRole('heading', { name: offerTitle, level: 1 }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Message de candidature').fill('Bonjour, ce stage en données m’intéresse beaucoup.');
    await page.getByLabel('Joindre les documents de ma demande').selectOption({ label: 'Ma demande data' });
    await page.getByRole('button', { name: 'Postuler' }).click();
    await page.getByRole('link', { name: 'Voir ma candidature' }).click();
    await page.waitForURL(/\/student\/applications\/[0-9a-f-]+$/);
    const applicationId = page.url().split('/').pop()!;
    const application = (await platform.http(student.accessToken).get(`/applications/${applicationId}`).expect(200))
      .body;
    const longDate = (iso: string) => new Intl.DateTimeFormat('fr', { dateStyle: 'long' }).format(new Date(iso));
    expect(await page.locator('[data-respond-by]').innerText()).toBe(
      `Réponse attendue avant le ${longDate(application.respondBy)}`,
    );

    // The company opens the e-mailed link signed out, logs in, lands on that application and writes.
    const mail = await platform.smtp.waitFor(
      (m) => m.to.includes(contact.email) && m.text.includes(`/applications/${applicationId}`),
    );
    const link = new RegExp(`(https?://\\S+/applications/${applicationId})`).exec(mail.text)![1];
    const company = await stack.newPage();
    await company.page.goto(link);
    await company.page.waitForURL(
      (url) => url.pathname === '/' && url.searchParams.get('next') === `/applications/${applicationId}`,
    );
    await logIn(company.page, contact.email);
    await company.page.waitForURL(`${stack.origin}/company/applications/${applicationId}`);
    await company.page.locator('[data-kind="submitted"]').waitFor();
    expect(await company.page.locator('[data-respond-by]').innerText()).toBe(
      `Réponse attendue avant le ${longDate(application.respondBy)}`,
    );
    await company.page.getByLabel('Votre message').fill('Merci ! Êtes-vous disponible mardi pour un entretien ?');
    await company.page.getByRole('button', { name: 'Envoyer' }).click();
    await company.page.locator('[data-kind="message_to_student"]').filter({ hasText: 'disponible mardi' }).waitFor();
    expect(await seriousViolations(company.page)).toEqual([]);
    await screenshot(company.page, 'company-application-thread');
    // The responses list leads to the same page.
    await company.page.goto('/company/applications');
    await company.page
      .locator(`[data-application="${applicationId}"]`)
      .getByRole('link', { name: 'Ouvrir la candidature et les messages' })
      .click();
    await company.page.waitForURL(`${stack.origin}/company/applications/${applicationId}`);
    await company.context.close();

    // The student reads the company's message in the thread, and answers.
    await page.reload();
    await page.locator('[data-kind="message_to_student"]').filter({ hasText: 'disponible mardi' }).waitFor();
    await page.getByLabel('Votre message').fill('Oui, mardi me convient.');
    await page.getByRole('button', { name: 'Envoyer' }).click();
    await page.locator('[data-kind="message_to_company"]').filter({ hasText: 'mardi me convient' }).waitFor();
    const events = (await platform.http(student.accessToken).get(`/applications/${applicationId}/events`).expect(200))
      .body;
    expect(await page.locator('[data-kind]').count()).toBe(events.total);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'student-application-thread');
    await context.close();
  }, 120_000);
});

async function waitForAttribute(locator: Locator, name: string, value: string): Promise<void> {
  await until(
    () => locator.getAttribute(name),
    (current) => current === value,
    `${name}=${value}`,
    10_000,
  );
}

async function waitForValue(locator: Locator, value: string): Promise<void> {
  await until(
    () => locator.inputValue(),
    (current) => current === value,
    `value ${value}`,
    10_000,
  );
}
