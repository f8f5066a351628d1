import { Page } from 'playwright-core';
import { TestAccount } from '../support/accounts';
import { BrowserStack, screenshot, seriousViolations } from '../support/browser';
import { cvPdf } from '../support/pdf-fixtures';
import { insertInternship, insertStep, InternshipWorld, seedInternshipWorld } from '../support/internship-rows';

const PASSWORD = 'correct horse battery staple';
const KEYS = [
  'sheet',
  'tutors',
  'agreement',
  'journals',
  'intermediate_review',
  'company_evaluation',
  'report_defence',
  'student_evaluation',
  'label_decision',
];

/**
 * The internships' web pages in Chromium on the real stack: an academic tutor follows the e-mailed step link through
 * the log-in and validates the intermediate review; a programme manager grants the label; a visitor checks it; a
 * company tutor signs the agreement from the e-mailed link. Each main screen is checked with axe-core.
 */
describe('web: internships and the academic staff', () => {
  let stack: BrowserStack;
  let world: InternshipWorld;

  const http = (who?: TestAccount) => stack.platform.http(who?.accessToken);
  /** The next mail to `who` matching `pattern`, among those sent after `since` (a count of messages). */
  const mailTo = (who: TestAccount, pattern: RegExp, since: number) =>
    stack.platform.smtp.waitFor(
      (m) => stack.platform.smtp.messages.indexOf(m) >= since && m.to.includes(who.email) && pattern.test(m.subject),
    );
  const sent = () => stack.platform.smtp.messages.length;
  const linkIn = (text: string, path: RegExp) => {
    const match = new RegExp(`(https?://\\S+${path.source})`).exec(text);
    if (!match) throw new Error(`no ${path} link in:\n${text}`);
    return match[1];
  };
  /** An internship of the world's student with its steps: those listed validated, the others to do. */
  const internshipWith = async (validated: string[], fields: Parameters<typeof insertInternship>[2] = {}) => {
    const id = await insertInternship(stack.platform, world, fields);
    for (const key of KEYS)
      await insertStep(stack.platform, id, key, null, validated.includes(key) ? 'validated' : 'todo');
    return id;
  };
  const logIn = async (page: Page, who: TestAccount) => {
    await page.getByLabel('Adresse e-mail').fill(who.email);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
  };
  const expectAccessible = async (page: Page, name: string) => {
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, name);
  };

  beforeAll(async () => {
    stack = await BrowserStack.start();
    world = await seedInternshipWorld(stack.platform);
  });
  afterAll(() => stack?.close());

  it('takes an academic tutor from the e-mailed step link, through the log-in, to validating the review', async () => {
    const id = await internshipWith(['sheet', 'tutors', 'agreement']);
    const since = sent();
    await http(world.student)
      .post(`/internships/${id}/steps/intermediate_review/submit`)
      .send({ evidence: { progress: 'Bon début' } })
      .expect(200);
    const mail = await mailTo(world.academicTutor, /Bilan intermédiaire.*à valider/, since);
    const link = linkIn(mail.text, /\/internships\/[0-9a-f-]{36}/);
    expect(link).toBe(`${stack.origin}/internships/${id}`);

    // Signed out, the link asks for the log-in and comes back to the internship.
    const { context, page } = await stack.newPage();
    await page.goto(link);
    await page.waitForURL(/\/\?next=/);
    await logIn(page, world.academicTutor);
    await page.waitForURL(link);
    const step = page.locator('[data-step="intermediate_review"]');
    await step.getByRole('button', { name: 'Valider l’étape' }).waitFor();
    // Only what the API offers the tutor: nothing to do on the sheet, already validated.
    expect(await page.locator('[data-step="sheet"] button').count()).toBe(0);
    await expectAccessible(page, 'internship-tutor');

    // Sending back without a comment: the API's own message, next to the field.
    const refused = await http(world.academicTutor)
      .post(`/internships/${id}/steps/intermediate_review/return`)
      .send({ comment: '' })
      .expect(400);
    const apiMessage = refused.body.errors.find((e: { field: string }) => e.field === 'comment').message as string;
    await step.getByRole('button', { name: 'Renvoyer pour correction' }).click();
    const comment = step.getByLabel('Commentaire (obligatoire pour renvoyer l’étape)');
    await step.locator('.field-error', { hasText: apiMessage }).waitFor();
    expect(await comment.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await comment.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${describedBy}"]`).innerText()).toBe(apiMessage);
    expect(
      (await http(world.academicTutor).get(`/internships/${id}`).expect(200)).body.phases.during.find(
        (s: { key: string }) => s.key === 'intermediate_review',
      ).status,
    ).toBe('submitted');

    // The company tutor validated already; the academic tutor's validation completes the step.
    await http(world.companyTutor).post(`/internships/${id}/steps/intermediate_review/validate`).send({}).expect(200);
    await page.reload();
    await comment.fill('Très bon bilan, continuez ainsi.');
    await step.getByRole('button', { name: 'Valider l’étape' }).click();
    await page.locator('[data-step="intermediate_review"][data-step-status="validated"]').waitFor();
    const { body } = await http(world.academicTutor).get(`/internships/${id}`).expect(200);
    const review = body.phases.during.find((s: { key: string }) => s.key === 'intermediate_review');
    expect(review.status).toBe('validated');
    expect(review.validations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: 'academic_tutor', comment: 'Très bon bilan, continuez ainsi.' }),
      ]),
    );
    await context.close();
  });

  it('lands the staff on their area, with what waits for them, and opens the journal from its e-mail', async () => {
    const id = await internshipWith(['sheet', 'tutors', 'agreement']);
    await http(world.student)
      .post(`/internships/${id}/steps/intermediate_review/submit`)
      .send({ evidence: { progress: 'En cours' } })
      .expect(200);
    const since = sent();
    await http(world.student)
      .post(`/internships/${id}/journal`)
      .send({ date: '2026-03-02', tasks: 'Maquettes des écrans.', difficulties: 'Accès au serveur refusé.', hours: 7 })
      .expect(201);
    const mail = await mailTo(world.academicTutor, /signale une difficulté/, since);
    const journalLink = linkIn(mail.text, /\/internships\/[0-9a-f-]{36}\/journal/);

    const { context, page } = await stack.newPage();
    await page.goto('/');
    await logIn(page, world.academicTutor);
    await page.waitForURL(`${stack.origin}/academic`);
    const card = page.locator(`[data-internship="${id}"]`);
    await card.locator('[data-waiting-step="intermediate_review"]').waitFor();
    // The page lists exactly the API's "waiting for me".
    const waiting = (await http(world.academicTutor).get('/internships?waitingForMe=true').expect(200)).body;
    await page.locator(`[data-total="${waiting.total}"]`).waitFor();
    expect(await page.locator('[data-internship]').count()).toBe(Math.min(waiting.total, 20));
    await expectAccessible(page, 'academic-waiting');
    await page.getByRole('link', { name: 'Conventions à suivre' }).click();
    await page.locator(`[data-internship="${id}"] [data-agreement-state="none"]`).waitFor();
    await expectAccessible(page, 'academic-agreements');

    // The journal's e-mailed link: the entry, flagged, and the tutor's comment.
    await page.goto(journalLink);
    const entry = page.locator('[data-entry]').filter({ hasText: 'Maquettes des écrans.' });
    await entry.getByText('Difficulté signalée').waitFor();
    await entry.getByLabel('Votre commentaire').fill('Voyez avec le service informatique.');
    await entry.getByRole('button', { name: 'Commenter' }).click();
    // The shown comment (not the field: React mirrors a textarea's value into its text).
    await entry.locator('blockquote.comment', { hasText: 'Voyez avec le service informatique.' }).waitFor();
    expect(await entry.getByLabel('Votre commentaire').inputValue()).toBe('');
    const journal = (await http(world.student).get(`/internships/${id}/journal`).expect(200)).body;
    expect(journal.items[0].comments).toEqual([
      expect.objectContaining({ role: 'academic_tutor', body: 'Voyez avec le service informatique.' }),
    ]);
    await expectAccessible(page, 'internship-journal');
    await context.close();
  });

  let labelCode = '';

  it('lets the programme manager grant the label, then shows its code and certificate', async () => {
    const id = await internshipWith(
      KEYS.filter((key) => key !== 'label_decision'),
      { status: 'completed' },
    );
    const { context, page } = await stack.newPage();
    await page.goto('/');
    await logIn(page, world.programmeManager);
    await page.waitForURL(`${stack.origin}/academic`);
    await page.locator(`[data-internship="${id}"] [data-waiting-step="label_decision"]`).waitFor();
    await page.locator(`[data-internship="${id}"] h2 a`).click();
    await page.waitForURL(`${stack.origin}/internships/${id}`);
    const decision = page.locator('[data-step="label_decision"]');
    await decision.getByLabel('Attribuer le label').check();
    await expectAccessible(page, 'internship-label-decision');
    await decision.getByRole('button', { name: 'Enregistrer la décision' }).click();

    const label = page.locator('[data-label]');
    await label.waitFor();
    const { body } = await http(world.programmeManager).get(`/internships/${id}`).expect(200);
    expect(body.status).toBe('labelled');
    labelCode = body.label.code;
    expect(await label.locator('[data-label-code]').innerText()).toBe(labelCode);
    expect(await label.getByRole('link', { name: `Vérifier le label ${labelCode}` }).getAttribute('href')).toBe(
      `/labels/${labelCode}`,
    );
    const [certificate] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/api/internships/${id}/label/certificate`)),
      label.getByRole('button', { name: 'Télécharger le certificat (PDF)' }).click(),
    ]);
    expect(certificate.status()).toBe(200);
    expect(certificate.headers()['content-type']).toBe('application/pdf');
    await expectAccessible(page, 'internship-labelled');

    // The manager's other screens: procedures and the programme's students.
    await page.goto('/academic/templates');
    const template = page.locator('[data-template]').first();
    await template.waitFor();
    await template.locator('a').click();
    await page.locator('[data-template-step="label_decision"]').waitFor();
    await expectAccessible(page, 'academic-template');
    // The next version of the programme's procedure, from this one with a new name.
    await page.getByLabel('Nom de la procédure').fill('Procédure Génie logiciel');
    await page.getByRole('button', { name: 'Enregistrer la nouvelle version' }).click();
    await page.getByRole('heading', { name: /^Procédure Génie logiciel — version \d+$/ }).waitFor();
    const versions = (
      await http(world.programmeManager).get(`/workflow-templates?programmeId=${world.programmeId}`).expect(200)
    ).body.items;
    expect(versions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          programmeId: world.programmeId,
          name: 'Procédure Génie logiciel',
          latest: true,
          stepCount: 9,
        }),
      ]),
    );
    expect(page.url()).toContain(versions.find((v: { name: string }) => v.name === 'Procédure Génie logiciel').id);
    await page.getByRole('link', { name: 'Étudiants de la filière' }).click();
    const students = (
      await http(world.programmeManager).get(`/programmes/${world.programmeId}/students?limit=50`).expect(200)
    ).body;
    await page.locator(`table[data-total="${students.total}"]`).waitFor();
    expect(await page.locator('[data-student]').count()).toBe(students.items.length);
    await page.locator(`[data-student="${world.student.userId}"]`).waitFor();
    await expectAccessible(page, 'academic-students');
    // A student who declared the programme waits for the manager's confirmation, given from this screen.
    await stack.platform.dataSource.query(
      'UPDATE student_profiles SET programme_confirmed_at = NULL WHERE user_id = $1',
      [world.otherStudent.userId],
    );
    await page.getByLabel('Inscription dans la filière').selectOption('pending');
    const waiting = page.locator(`[data-student="${world.otherStudent.userId}"]`);
    await waiting.getByRole('button', { name: 'Confirmer' }).click();
    await waiting.waitFor({ state: 'detached' }); // gone from the pending list
    const confirmed = (
      await http(world.programmeManager)
        .get(`/programmes/${world.programmeId}/students?schooling=confirmed&limit=50`)
        .expect(200)
    ).body;
    expect(confirmed.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: world.otherStudent.userId, schoolingConfirmed: true }),
      ]),
    );
    await context.close();
  });

  it('shows an anonymous visitor the label as valid', async () => {
    expect(labelCode).not.toBe('');
    const { context, page } = await stack.newPage();
    await page.goto(`/labels/${labelCode}`);
    await page.getByText(`Label valide — ${labelCode}`).waitFor();
    await page.getByText('Khira Khadraoui', { exact: false }).waitFor();
    await expectAccessible(page, 'label-valid');
    await context.close();
  });

  it('lets a signer open the e-mailed link and sign, on a phone', async () => {
    const id = await internshipWith(['sheet', 'tutors']);
    // The programme manager issues the agreement from the internship's page.
    const manager = await stack.newPage();
    await manager.page.goto('/');
    await logIn(manager.page, world.programmeManager);
    await manager.page.waitForURL(`${stack.origin}/academic`);
    await manager.page.goto(`/internships/${id}`);
    const since = sent();
    await manager.page.getByRole('button', { name: 'Émettre la convention' }).click();
    await manager.page.locator('[data-signature="company"][data-signature-status="pending"]').waitFor();
    await expectAccessible(manager.page, 'internship-agreement');

    const mail = await mailTo(world.companyTutor, /^Signature de/, since);
    const link = linkIn(mail.text, /\/sign-agreement\?token=[A-Za-z0-9_-]+/);
    const { context, page } = await stack.newPage({ phone: true });
    await page.goto(link);
    await page.getByRole('heading', { name: 'Signature de la convention de stage' }).waitFor();
    await page.getByText('Vous signez pour : Entreprise', { exact: false }).waitFor();
    expect(await page.getByRole('link', { name: 'Lire la convention (PDF)' }).getAttribute('href')).toMatch(
      /^\/api\/agreement-signatures\/[A-Za-z0-9_-]+\/pdf$/,
    );
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'sign-agreement');

    // Without the box ticked, the API's message stands next to it.
    await page.getByLabel('Votre nom complet').fill('Valentin Bouquet');
    await page.getByRole('button', { name: 'Signer la convention' }).click();
    await page.locator('.field-error', { hasText: 'accept' }).waitFor();
    await page.getByLabel('J’ai lu la convention et je l’accepte').check();
    await page.getByRole('button', { name: 'Signer la convention' }).click();
    await page.getByText('Convention signée le', { exact: false }).waitFor();
    const { body } = await http(world.programmeManager).get(`/internships/${id}/agreement`).expect(200);
    expect(body.versions[0].signatures.find((s: { party: string }) => s.party === 'company')).toMatchObject({
      status: 'signed',
      typedName: 'Valentin Bouquet',
    });
    await screenshot(page, 'sign-agreement-signed');

    // The spent link says so in words.
    await page.goto(link);
    await page.getByText('Ce lien a déjà servi', { exact: false }).waitFor();
    // The manager's page shows the signature.
    await manager.page.reload();
    await manager.page.locator('[data-signature="company"][data-signature-status="signed"]').waitFor();

    // The others are reminded, then a scanned signed copy stands for their signatures.
    await manager.page.getByRole('button', { name: 'Relancer les signataires' }).click();
    await manager.page.getByText('De nouveaux liens de signature ont été envoyés.').waitFor();
    await manager.page
      .getByLabel('Copie signée scannée (PDF)')
      .setInputFiles({ name: 'convention-signee.pdf', mimeType: 'application/pdf', buffer: await cvPdf() });
    await manager.page.getByRole('button', { name: 'Déposer la copie scannée' }).click();
    await manager.page.getByText('La copie scannée est déposée.').waitFor();
    await manager.page.locator('[data-signature="student"][data-signature-status="replaced_by_scan"]').waitFor();
    const [scan] = await Promise.all([
      manager.page.waitForResponse((r) => r.url().includes(`/api/internships/${id}/agreement/scan?version=1`)),
      manager.page.getByRole('button', { name: 'Télécharger la copie scannée (1)' }).click(),
    ]);
    expect(scan.status()).toBe(200);
    const { body: scanned } = await http(world.programmeManager).get(`/internships/${id}/agreement`).expect(200);
    expect(scanned.versions[0]).toMatchObject({ status: 'signed', completedVia: 'scan', hasScan: true });
    await manager.context.close();
    await context.close();
  });

  it('explains a link of a cancelled internship', async () => {
    const id = await internshipWith(['sheet', 'tutors']);
    const since = sent();
    await http(world.programmeManager).post(`/internships/${id}/agreement`).expect(201);
    const mail = await mailTo(world.student, /^Signature de/, since);
    const link = linkIn(mail.text, /\/sign-agreement\?token=[A-Za-z0-9_-]+/);
    await http(world.programmeManager)
      .post(`/internships/${id}/cancel`)
      .send({ reason: 'Entreprise fermée.' })
      .expect(200);
    const token = new URL(link).searchParams.get('token');
    const answer = await http().get(`/agreement-signatures/${token}`);
    expect(answer.body.code).toBe('agreement_link_closed');
    const { context, page } = await stack.newPage();
    await page.goto(link);
    await page.getByText('Le stage a été annulé : ce lien ne permet plus de signer.').waitFor();
    expect(await page.getByRole('button', { name: 'Signer la convention' }).count()).toBe(0);
    await context.close();
  });

  it('gives the student "Mes stages" in their menu, with the filter and in English', async () => {
    const running = await internshipWith(['sheet', 'tutors', 'agreement']);
    const { context, page } = await stack.newPage();
    await page.goto('/');
    await logIn(page, world.student);
    await page.waitForURL(`${stack.origin}/student`);
    await page.getByRole('link', { name: 'Mes stages' }).click();
    await page.waitForURL(`${stack.origin}/internships`);
    const all = (await http(world.student).get('/internships').expect(200)).body;
    await page.locator(`[data-total="${all.total}"]`).waitFor();
    // The box follows the address, which the router changes in a transition: under load the box shows its new state
    // only once the list follows, so the click is checked through the address and the list, then the box.
    const waitingBox = page.getByLabel('Seulement ceux qui attendent une action de ma part');
    await waitingBox.click();
    await page.waitForURL(/waiting=1/);
    const waiting = (await http(world.student).get('/internships?waitingForMe=true').expect(200)).body;
    expect(waiting.total).toBeLessThan(all.total);
    await page.locator(`[data-total="${waiting.total}"]`).waitFor();
    expect(await waitingBox.isChecked()).toBe(true);
    await page.locator(`[data-internship="${running}"]`).waitFor();
    await expectAccessible(page, 'internships-student');

    await page.getByLabel('Langue').selectOption('en');
    await page.getByRole('heading', { name: 'My internships' }).waitFor();
    await page.getByLabel('Only those waiting for me to act').waitFor();
    await page.locator(`[data-internship="${running}"] h2 a`).click();
    await page.getByRole('heading', { name: 'Label steps' }).waitFor();
    await page.locator('[data-step="journals"]').getByText('Your turn', { exact: false }).waitFor();
    await context.close();
  });

  it('lets the student hand in a document step by picking one of their uploaded files', async () => {
    const step = (key: string, extra: Record<string, unknown>) => ({
      key,
      phase: 'during',
      nameFr: `Étape ${key}`,
      nameEn: `Step ${key}`,
      mandatory: true,
      validators: [],
      evidence: 'form',
      prerequisites: [],
      reminderDaysBefore: [3],
      confidential: false,
      graded: false,
      ...extra,
    });
    const { body: template } = await http(world.programmeManager)
      .post(`/programmes/${world.programmeId}/workflow-templates`)
      .send({
        name: 'Procédure avec rapport',
        labelMode: 'automatic',
        companyGradeWeight: 0.5,
        steps: [
          step('report', { performer: 'student', validators: ['academic_tutor'], evidence: 'document' }),
          step('final_review', {
            performer: 'academic_tutor',
            graded: true,
            prerequisites: ['report'],
            deadlineAnchor: 'end',
            deadlineOffsetDays: 10,
          }),
        ],
      })
      .expect(201);
    const id = await insertInternship(stack.platform, world, { title: 'Stage avec rapport' });
    await stack.platform.dataSource.query('UPDATE internships SET template_id = $2 WHERE id = $1', [id, template.id]);
    for (const key of ['report', 'final_review']) await insertStep(stack.platform, id, key, null);
    const { body: upload } = await http(world.student)
      .post('/documents')
      .field('kind', 'other')
      .attach('file', await cvPdf(), { filename: 'Rapport_de_stage.pdf', contentType: 'application/pdf' })
      .expect(201);

    const { context, page } = await stack.newPage();
    await page.goto('/');
    await logIn(page, world.student);
    await page.waitForURL(`${stack.origin}/student`);
    await page.goto(`/internships/${id}`);
    const report = page.locator('[data-step="report"]');
    const picker = report.getByLabel('Document remis');
    await picker.waitFor();
    // No free-text id: the student's own files, by name.
    expect(await report.getByLabel('Commentaire').count()).toBe(0);
    await picker.selectOption({ label: 'Rapport_de_stage.pdf' });
    await report.getByRole('button', { name: 'Remettre l’étape' }).click();
    await page.locator('[data-step="report"][data-step-status="submitted"]').waitFor();
    const { body: view } = await http(world.student).get(`/internships/${id}`).expect(200);
    expect(view.phases.during.find((s: { key: string }) => s.key === 'report').evidence).toEqual({
      documentId: upload.id,
    });
    await expectAccessible(page, 'internship-document-step');
    await context.close();
  });
});
