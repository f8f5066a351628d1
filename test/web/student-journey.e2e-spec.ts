import { createCompanyContact, login, seedProgramme, uniqueEmail } from '../support/accounts';
import { BrowserStack, screenshot, seriousViolations } from '../support/browser';
import { until } from '../support/eventually';
import { softwareOfferBody } from '../support/offers';
import { cvPdf, letterPdf } from '../support/pdf-fixtures';

const PASSWORD = 'correct horse battery staple';

/**
 * A student's way to an application, in Chromium on the real stack: signs up, opens the e-mailed link, writes a
 * request, uploads a CV PDF, publishes, sees the offer the worker matched (with its why) and applies to it.
 */
describe('web: student journey', () => {
  let stack: BrowserStack;
  let offerId: string;
  let contactToken: string;
  let contactEmail: string;

  beforeAll(async () => {
    stack = await BrowserStack.start();
    await seedProgramme(stack.platform, 'Génie logiciel');
    const contact = await createCompanyContact(stack.platform);
    contactToken = contact.accessToken;
    contactEmail = contact.email;
    const offer = await stack.platform
      .http(contactToken)
      .post(`/companies/${contact.companyId}/offers`)
      .send(softwareOfferBody('Stage backend NestJS', { wantedStudyYears: [4], wantedNaceDivisions: [] }))
      .expect(201);
    offerId = offer.body.id;
    await stack.platform.http(contactToken).post(`/offers/${offerId}/publish`).expect(200);
  });
  afterAll(() => stack?.close());

  it('signs up, uploads a CV, publishes a request, sees a matched offer with its why and applies', async () => {
    const { platform } = stack;
    const email = uniqueEmail('web.student');
    const { context, page } = await stack.newPage();

    await page.goto('/signup/student');
    await page.getByLabel('Prénom').fill('Khira');
    await page.getByLabel('Nom', { exact: true }).fill('Khadraoui');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe (10 caractères au moins)').fill(PASSWORD);
    await page.getByLabel('Université').selectOption({ index: 1 });
    await page.getByLabel('Filière').locator('option', { hasText: 'Génie logiciel' }).waitFor({ state: 'attached' });
    await page.getByLabel('Filière').selectOption({ label: 'Génie logiciel' });
    await page.getByLabel('Année d’études').selectOption('4');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByText('Un lien de confirmation', { exact: false }).waitFor();
    const mail = await platform.smtp.waitFor((m) => m.to.includes(email) && /verify-email\?token=/.test(m.text));
    await page.goto(/(https?:\/\/\S+\/verify-email\?token=[A-Za-z0-9_-]+)/.exec(mail.text)![1]);
    await page.getByText('Votre adresse e-mail est confirmée.', { exact: false }).waitFor();

    await page.goto('/');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${stack.origin}/student`);

    await page.getByLabel('Intitulé de la demande').fill('Stage de fin d’études en développement backend');
    await page.getByLabel('Message aux entreprises').fill('Je cherche un stage en développement backend.');
    await page.getByLabel('Mots-clés (séparés par des virgules)').fill('TypeScript, NestJS');
    await page.getByLabel('Villes souhaitées').fill('Sfax');
    await page.getByRole('button', { name: 'Enregistrer la demande' }).click();
    const card = page.locator('[data-request]').first();
    await card.waitFor();
    await card
      .getByLabel('Déposer mon CV (PDF)')
      .setInputFiles({ name: 'CV_Khadraoui.pdf', mimeType: 'application/pdf', buffer: await cvPdf() });
    await card.getByText('CV_Khadraoui.pdf est déposé.').waitFor();
    await card
      .getByLabel('Déposer ma lettre de motivation (PDF)')
      .setInputFiles({ name: 'Lettre.pdf', mimeType: 'application/pdf', buffer: await letterPdf() });
    await card.getByText('Lettre.pdf est déposé.').waitFor();
    await card.getByRole('button', { name: 'Publier' }).click();
    await card.locator('[data-status]').filter({ hasText: 'published' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'student-requests');

    // The worker matches the published request with the offer; the digest's link (/me/matched-offers) opens the list.
    const student = await login(platform, email, PASSWORD);
    await until(
      async () => (await platform.http(student.accessToken).get('/me/matched-offers').expect(200)).body.items,
      (items: unknown[]) => items.length > 0,
      'the matched offer in the list',
      20_000,
    );
    await page.goto('/me/matched-offers');
    await page.waitForURL(`${stack.origin}/student/matched-offers`);
    const offer = page.locator(`[data-offer="${offerId}"]`);
    await offer.waitFor();
    const apiMatch = (await platform.http(student.accessToken).get('/me/matched-offers').expect(200)).body.items[0];
    expect(
      await offer.locator('.why li').evaluateAll((items) => items.map((item) => item.getAttribute('data-criterion'))),
    ).toEqual(apiMatch.why.map((reason: { criterion: string }) => reason.criterion));
    await offer.getByLabel('Message de candidature').fill('Madame, Monsieur, je suis très intéressée par ce stage.');
    await offer.getByRole('button', { name: 'Postuler' }).click();
    await offer.locator('.message').waitFor();
    expect(await offer.locator('.message').innerText()).toBe('Votre candidature est envoyée.');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Mes candidatures' }).click();
    await page.locator('[data-application] [data-status]').filter({ hasText: 'received' }).waitFor();
    const received = (await platform.http(contactToken).get(`/offers/${offerId}/applications`).expect(200)).body;
    expect(received.items.map((item: { message: string }) => item.message)).toEqual([
      'Madame, Monsieur, je suis très intéressée par ce stage.',
    ]);
    await screenshot(page, 'student-applications');
    await context.close();
  });

  it('shows the company the response with its deadline and documents, and changes its status', async () => {
    const { platform } = stack;
    const { context, page } = await stack.newPage();
    await page.goto('/');
    await page.getByLabel('Adresse e-mail').fill(contactEmail);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${stack.origin}/company`);
    await page.getByRole('link', { name: 'Consulter les candidatures' }).click();
    const card = page.locator('[data-application]').first();
    await card.waitFor();
    const [application] = (await platform.http(contactToken).get(`/offers/${offerId}/applications`).expect(200)).body
      .items;
    expect(await card.getAttribute('data-application')).toBe(application.id);
    expect(await card.innerText()).toContain(
      `réponse attendue avant le ${new Intl.DateTimeFormat('fr', { dateStyle: 'long' }).format(new Date(application.respondBy))}`,
    );
    const [download] = await Promise.all([
      page.waitForResponse(/\/api\/documents\/[^/]+\/file/),
      card.getByRole('button', { name: 'CV_Khadraoui.pdf' }).click(),
    ]);
    expect(download.status()).toBe(200);
    await card.getByLabel('Nouveau statut').selectOption('shortlisted');
    await card.getByLabel('Message au candidat (facultatif)').fill('Nous aimerions vous rencontrer.');
    await card.getByRole('button', { name: 'Mettre à jour' }).click();
    await card.locator('[data-status]').filter({ hasText: 'Présélectionnée' }).waitFor();
    const after = (await platform.http(contactToken).get(`/applications/${application.id}`).expect(200)).body;
    expect(after.status).toBe('shortlisted');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'company-responses');
    await context.close();
  });
});
