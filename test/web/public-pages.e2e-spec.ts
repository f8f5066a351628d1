import { newLabelCode } from '../../src/label-workflow/certificate/label-grade';
import { createStudent } from '../support/accounts';
import { BrowserStack, screenshot, seriousViolations } from '../support/browser';
import { insertInternship, seedInternshipWorld } from '../support/internship-rows';

/** The pages a visitor opens without an account, in Chromium against the real stack. */
describe('web: public pages', () => {
  let stack: BrowserStack;

  beforeAll(async () => {
    stack = await BrowserStack.start();
  });
  afterAll(() => stack?.close());

  it('serves the pages at / and the API under /api from the same origin', async () => {
    const page = await fetch(`${stack.origin}/verify-email?token=x`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const api = await fetch(`${stack.origin}/api/health`, { headers: { accept: 'text/html' } });
    expect(api.headers.get('content-type')).toMatch(/json/);
    const missing = await fetch(`${stack.origin}/api/no-such-route`, { headers: { accept: 'text/html' } });
    expect(missing.status).toBe(404);
  });

  it('runs the pages and the OpenAPI page under the content security policy, with nothing blocked', async () => {
    const { context, page } = await stack.newPage();
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) blocked.push(message.text());
    });
    const home = await page.goto('/');
    expect(home?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByRole('heading', { name: 'Connectez-vous' }).waitFor();
    await page.goto('/api/docs');
    await page.locator('.swagger-ui .info .title').waitFor();
    expect(await page.locator('.opblock').count()).toBeGreaterThan(50);
    expect(blocked).toEqual([]);
    await context.close();
  });

  it('opens a page for every kind of link the platform e-mails (signed out: the log-in box, which returns there)', async () => {
    const id = '00000000-0000-4000-8000-000000000001';
    // Every path src/ builds from PUBLIC_URL into a mail (grep "publicUrl}" in src).
    const mailed = [
      '/',
      '/student',
      '/me/matched-offers',
      `/applications/${id}`,
      `/companies/${id}/applications`,
      `/companies/${id}/join-requests`,
      `/internships/${id}`,
      `/internships/${id}/journal`,
      '/labels/ABCD-EFGH',
      '/reset-password?token=t',
      '/sign-agreement?token=t',
      '/verify-email?token=t',
    ];
    const { context, page } = await stack.newPage();
    for (const path of mailed) {
      await page.goto(path);
      await page.locator('main h1, main h2').first().waitFor();
      expect({ path, notFound: await page.getByText('Cette page n’existe pas.').count() }).toEqual({
        path,
        notFound: 0,
      });
    }
    await page.goto('/no-such-page');
    await page.getByText('Cette page n’existe pas.').waitFor();
    await context.close();
  });

  it('lets an anonymous visitor verify a label code, and says when a code is unknown', async () => {
    const world = await seedInternshipWorld(stack.platform);
    const code = newLabelCode();
    await insertInternship(stack.platform, world, {
      status: 'labelled',
      title: 'Stage développement web',
      labelCode: code,
      labelGrantedAt: '2026-07-15T10:00:00Z',
      finalGrade: 15,
    });
    const { context, page } = await stack.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'Vérifier un label SEMSEM-stages' }).click();
    await page.getByLabel('Code du label').fill(code);
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.getByText(`Label valide — ${code}`).waitFor();
    await expectText(page.locator('.certificate'), 'Stage développement web');
    await expectText(page.locator('.certificate'), '15 juillet 2026');
    expect(page.url()).toBe(`${stack.origin}/labels/${code}`);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'label-verified');

    await page.goto('/labels/NOPE-NOPE');
    await page.getByText('Aucun label ne porte ce code.').waitFor();
    await context.close();
  });

  it('shows the API’s field errors next to the fields of a sign-up form', async () => {
    const { context, page } = await stack.newPage();
    await page.goto('/signup/student');
    await page.getByLabel('Adresse e-mail').fill('pas-une-adresse');
    await page.getByLabel('Mot de passe (10 caractères au moins)').fill('court');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    const email = page.getByLabel('Adresse e-mail');
    await page.locator('[aria-invalid="true"]').first().waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    // The message under each field is the API's own, in the page's language (French here), tied to the field for screen readers.
    expect(await describedText(page, 'Adresse e-mail')).toBe('email doit être une adresse e-mail');
    expect(await describedText(page, 'Mot de passe (10 caractères au moins)')).toContain(
      'password doit contenir au moins 10 caractères',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'signup-field-errors');
    // In English, the same refusal is worded in English.
    await page.getByLabel('Langue').selectOption('en');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.getByText('email must be an e-mail address').waitFor();
    expect(await describedText(page, 'E-mail address')).toBe('email must be an e-mail address');
    await context.close();
  });

  it('has no serious accessibility violation on the home page, in French by default and in English on demand', async () => {
    const { context, page } = await stack.newPage();
    await page.goto('/');
    await page.getByRole('heading', { name: 'Connectez-vous' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Langue').selectOption('en');
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });
  it('resets a forgotten password through the e-mailed link, then logs in with the new one', async () => {
    const { platform } = stack;
    const student = await createStudent(platform);
    const { context, page } = await stack.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await page.getByLabel('Adresse e-mail').fill(student.email);
    await page.getByRole('button', { name: 'Envoyer le lien' }).click();
    await page.getByText('Si un compte existe pour cette adresse', { exact: false }).waitFor();
    const mail = await platform.smtp.waitFor(
      (m) => m.to.includes(student.email) && /reset-password\?token=/.test(m.text),
    );
    const link = /(https?:\/\/\S+\/reset-password\?token=[A-Za-z0-9_-]+)/.exec(mail.text)![1];
    expect(link.startsWith(`${stack.origin}/reset-password`)).toBe(true);
    await page.goto(link);
    await page.getByLabel('Nouveau mot de passe (10 caractères au moins)').fill('un tout nouveau mot de passe');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Votre mot de passe est changé.', { exact: false }).waitFor();
    await platform
      .http()
      .post('/auth/login')
      .send({ email: student.email, password: 'un tout nouveau mot de passe' })
      .expect(200);
    await context.close();
  });
});

async function expectText(locator: import('playwright-core').Locator, text: string): Promise<void> {
  expect(await locator.innerText()).toContain(text);
}

async function describedText(page: import('playwright-core').Page, label: string): Promise<string> {
  const id = await page.getByLabel(label).getAttribute('aria-describedby');
  if (!id) throw new Error(`the field "${label}" has no description`);
  return page.locator(`[id="${id}"]`).innerText();
}
