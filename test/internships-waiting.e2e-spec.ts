import { TestAccount } from './support/accounts';
import { insertInternship, insertStep, InternshipWorld, seedInternshipWorld } from './support/internship-rows';
import { TestPlatform } from './support/platform';

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

/** `GET /internships?waitingForMe=true`: the internships where a step waits for the caller's part, and no other. */
describe('internships waiting for me', () => {
  let platform: TestPlatform;
  let world: InternshipWorld;
  let submitted: string;
  let quiet: string;

  const waiting = async (who: TestAccount) =>
    (
      (await platform.http(who.accessToken).get('/internships?waitingForMe=true&limit=100').expect(200)).body
        .items as Array<{ id: string }>
    )
      .map((i) => i.id)
      .filter((id) => id === submitted || id === quiet)
      .sort();

  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: false });
    world = await seedInternshipWorld(platform);
    // The review is handed in: both tutors have to validate it.
    submitted = await insertInternship(platform, world);
    // Not started: nothing waits for anyone.
    quiet = await insertInternship(platform, world, { status: 'setup' });
    for (const key of KEYS) {
      const status = ['sheet', 'tutors', 'agreement'].includes(key)
        ? 'validated'
        : key === 'intermediate_review'
          ? 'submitted'
          : 'todo';
      await insertStep(platform, submitted, key, null, status);
      await insertStep(platform, quiet, key, null, 'todo');
    }
  });
  afterAll(() => platform?.close());

  it('lists an internship to the validators still to act, then drops it once they have', async () => {
    expect(await waiting(world.academicTutor)).toEqual([submitted]);
    expect(await waiting(world.companyTutor)).toEqual([submitted]);
    // The programme manager validates nothing yet (the report comes later; the label decision once completed).
    expect(await waiting(world.programmeManager)).toEqual([]);
    // Everything else is still listed without the filter.
    const all = (
      await platform.http(world.programmeManager.accessToken).get('/internships?limit=100').expect(200)
    ).body.items.map((i: { id: string }) => i.id);
    expect(all).toEqual(expect.arrayContaining([submitted, quiet]));

    await platform
      .http(world.academicTutor.accessToken)
      .post(`/internships/${submitted}/steps/intermediate_review/validate`)
      .send({})
      .expect(200);
    expect(await waiting(world.academicTutor)).toEqual([]);
    expect(await waiting(world.companyTutor)).toEqual([submitted]);
  });

  it('lists to the performer a step whose prerequisites are validated', async () => {
    // The journals are the student's to keep once the agreement is signed.
    expect(await waiting(world.student)).toEqual([submitted]);
    await platform.http(world.student.accessToken).get('/internships?waitingForMe=maybe').expect(400);
  });
});
