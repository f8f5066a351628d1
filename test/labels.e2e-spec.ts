import { PdfTextExtractor } from '../src/documents/text/pdf-text.extractor';
import { newLabelCode } from '../src/label-workflow/certificate/label-grade';
import { TestAccount } from './support/accounts';
import { insertInternship, InternshipWorld, seedInternshipWorld } from './support/internship-rows';
import { TestPlatform } from './support/platform';

describe('label certificate and public verification', () => {
  let platform: TestPlatform;
  let world: InternshipWorld;
  let labelledId: string;
  let runningId: string;
  let code: string;
  let companyName: string;

  const http = (who?: TestAccount) => platform.http(who?.accessToken);
  const certificate = (id: string, who?: TestAccount) =>
    http(who).get(`/internships/${id}/label/certificate`).buffer(true);

  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: false, env: { PUBLIC_URL: 'https://stages.semsem.example/' } });
    world = await seedInternshipWorld(platform);
    code = newLabelCode();
    labelledId = await insertInternship(platform, world, {
      status: 'labelled',
      startDate: '2026-02-01',
      endDate: '2026-05-31',
      title: 'Stage développement web « full stack »',
      labelCode: code,
      labelGrantedAt: '2026-07-15T10:00:00Z',
      finalGrade: 16.75,
    });
    // In progress, with a code left over: neither a certificate nor a verification.
    runningId = await insertInternship(platform, world, { labelCode: newLabelCode() });
    [{ name: companyName }] = await platform.dataSource.query('SELECT name FROM companies WHERE id = $1', [
      world.companyId,
    ]);
  });
  afterAll(() => platform?.close());

  it('gives the certificate PDF with what the label certifies, and no grade', async () => {
    const response = await certificate(labelledId, world.student).expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain(`attachment; filename="label-semsem-stages-${code}.pdf"`);
    const result = await PdfTextExtractor.readOnce(response.body as Buffer);
    if (result.status !== 'extracted') throw new Error(`certificate unreadable: ${result.status}`);
    expect(result.pages).toBe(1);
    const text = result.text.replace(/\s+/g, ' ');
    for (const expected of [
      'Label SEMSEM-stages',
      'Mme Khira Khadraoui',
      'Génie logiciel',
      companyName,
      'Stage développement web « full stack »',
      'du 1 février 2026 au 31 mai 2026',
      'le 15 juillet 2026',
      '2026-2027',
      code,
      `https://stages.semsem.example/labels/${code}`,
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toMatch(/16[.,]75|\/20|note/i);
    expect(text).not.toContain(world.student.email);
  });

  it('gives it to the student, the company’s contacts and the internship’s staff only', async () => {
    for (const reader of [
      world.companyTutor,
      world.colleague,
      world.academicTutor,
      world.yearManager,
      world.programmeManager,
    ]) {
      await certificate(labelledId, reader).expect(200);
    }
    for (const outsider of [world.otherStudent, world.otherCompanyContact, world.otherProgrammeManager]) {
      const refused = await certificate(labelledId, outsider).expect(404);
      expect(refused.body.code).toBe('label_internship_not_found');
    }
    await certificate(labelledId, world.admin).expect(403);
    await certificate(labelledId).expect(401);
    await certificate('00000000-0000-4000-8000-000000000000', world.student).expect(404);
    const early = await certificate(runningId, world.student).expect(409);
    expect(early.body.code).toBe('label_not_granted');
  });

  it('verifies a code publicly, showing only what the certificate shows', async () => {
    const { body } = await http().get(`/labels/${code}`).expect(200);
    expect(body).toEqual({
      code,
      studentName: 'Mme Khira Khadraoui',
      programmeName: 'Génie logiciel',
      universityName: expect.stringMatching(/^Université /),
      companyName,
      companyCity: 'Sfax',
      title: 'Stage développement web « full stack »',
      startDate: '2026-02-01',
      endDate: '2026-05-31',
      academicYear: '2026-2027',
      grantedOn: '2026-07-15',
      verificationUrl: `https://stages.semsem.example/labels/${code}`,
    });
    // Retyped by hand: lower case, in groups.
    const retyped = code.toLowerCase().replace(/(.{4})(?=.)/g, '$1 ');
    await http()
      .get(`/labels/${encodeURIComponent(retyped)}`)
      .expect(200);
  });

  it('answers unknown, malformed and unlabelled codes the same way', async () => {
    const [{ label_code: leftover }] = await platform.dataSource.query(
      'SELECT label_code FROM internships WHERE id = $1',
      [runningId],
    );
    const bodies = [];
    for (const probe of [newLabelCode(), leftover, 'abc', "x' OR '1'='1", 'Z'.repeat(300), labelledId]) {
      const response = await http()
        .get(`/labels/${encodeURIComponent(probe)}`)
        .expect(404);
      const { instance: _instance, ...rest } = response.body;
      bodies.push(rest);
    }
    expect(bodies[0]).toMatchObject({ status: 404, code: 'label_unknown_code' });
    for (const body of bodies) expect(body).toEqual(bodies[0]);
  });
});
