import AdmZip from 'adm-zip';
import { readFile } from 'node:fs/promises';
import { createStudent } from '../support/accounts';
import { BrowserStack, screenshot, seriousViolations } from '../support/browser';
import { cvPdf } from '../support/pdf-fixtures';
import { createRequest, upload } from '../support/requests-helpers';

/** "Mes données" in Chromium: the download of everything, then the account's deletion with its password. */
describe('web: my data', () => {
  let stack: BrowserStack;

  beforeAll(async () => {
    stack = await BrowserStack.start();
  });
  afterAll(() => stack?.close());

  it('downloads the zip, refuses a wrong password, deletes the account with the right one', async () => {
    const { platform } = stack;
    const student = await createStudent(platform, { lastName: 'Navigatrice' });
    const request = await createRequest(platform, student.accessToken);
    const cv = await cvPdf();
    await upload(platform, student.accessToken, request.id, 'cv', cv).expect(201);
    const { page } = await stack.newPage();

    await page.goto('/');
    await page.getByLabel('Adresse e-mail').fill(student.email);
    await page.getByLabel('Mot de passe').fill(student.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${stack.origin}/student`);

    await page.getByRole('link', { name: 'Mes données' }).click();
    await page.getByRole('heading', { name: 'Mes données', level: 1 }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger mes données' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^semsem-stages-data-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = new AdmZip(await readFile((await download.path())!));
    expect(zip.getEntries()[0].entryName).toBe('manifest.json');
    expect(zip.getEntries().some((entry) => entry.getData().equals(cv))).toBe(true);
    await page.getByText(/^1 document \(\d+ Ko\) à recevoir/).waitFor();
    await page.getByText('Archive téléchargée.').waitFor();
    await screenshot(page, 'account-data');

    const deleteButton = page.getByRole('button', { name: 'Supprimer mon compte' });
    await page.getByLabel('Mot de passe actuel (pour confirmer)').fill('not the password');
    expect(await deleteButton.isDisabled()).toBe(true); // not before the box is ticked
    await page.getByLabel('Je comprends que cette suppression est définitive.').check();
    await deleteButton.click();
    await page.getByText('Mot de passe incorrect : votre compte n’a pas été supprimé.').waitFor();
    await platform.http(student.accessToken).get('/me').expect(200);

    await page.getByLabel('Mot de passe actuel (pour confirmer)').fill(student.password);
    await deleteButton.click();
    await page.getByText('Votre compte est supprimé.', { exact: false }).waitFor();
    await screenshot(page, 'account-data-deleted');
    await platform.http(student.accessToken).get('/me').expect(401);
  });
});
