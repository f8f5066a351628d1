import countries from '../reference/data/countries.json';
import naceDivisions from '../reference/data/nace-divisions.json';
import { demoCv, demoLetter } from './demo-documents';
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD, demoWorld } from './demo-world';
import { demoAccounts } from './demo-writer';

const world = demoWorld();
const tally = (values: string[]) => values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>());

describe('the demo world', () => {
  it('is the same every time it is built', () => {
    expect(JSON.stringify(demoWorld())).toBe(JSON.stringify(world));
  });

  it('has two Tunisian universities with two or three programmes each, and three companies', () => {
    expect(world.universities.map((u) => u.countryCode)).toEqual(['TN', 'TN']);
    for (const university of world.universities) expect(university.programmes.length).toBeGreaterThanOrEqual(2);
    const [clapiers, software, industry] = world.companies;
    expect(clapiers).toMatchObject({ countryCode: 'FR', city: 'Clapiers' });
    expect(clapiers.contacts[0]).toMatchObject({
      civility: 'M.',
      firstName: 'Valentin',
      lastName: 'Bouquet',
      status: 'active',
    });
    expect(software).toMatchObject({ countryCode: 'TN', naceDivision: '62' });
    expect(['26', '29']).toContain(industry.naceDivision);
    for (const company of world.companies) {
      const active = company.contacts.filter((c) => c.status === 'active').length;
      expect(active >= 1 && active <= 2).toBe(true);
    }
    expect(world.companies.flatMap((c) => c.contacts).filter((c) => c.status === 'pending')).toHaveLength(1);
  });

  it('gives every account a unique address under the demo domain', () => {
    const emails = demoAccounts(world).map((a) => a.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const email of emails)
      expect(email).toMatch(new RegExp(`^[a-z0-9.-]+@${DEMO_EMAIL_DOMAIN.replace(/\./g, '\\.')}$`));
    expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(12);
  });

  it('spreads 30 students over every programme and study years 1 to 5, in every request state', () => {
    expect(world.students).toHaveLength(30);
    const programmes = world.universities.flatMap((u) => u.programmes.map((p) => p.key));
    expect(new Set(world.students.map((s) => s.programme.key))).toEqual(new Set(programmes));
    expect(new Set(world.students.map((s) => s.studyYear))).toEqual(new Set([1, 2, 3, 4, 5]));
    const states = tally(world.students.map((s) => s.state));
    expect(states.get('archived')).toBe(1);
    expect(states.get('hidden')).toBe(1);
    expect(states.get('draft')).toBeGreaterThanOrEqual(2);
    expect(states.get('published')).toBeGreaterThanOrEqual(20);
    for (const name of ['Khira Khadraoui', 'Talel Jlassi', 'Hakim Sharif']) {
      expect(world.students.map((s) => `${s.firstName} ${s.lastName}`)).toContain(name);
    }
  });

  it('writes requests the API would accept, wanting sectors and countries like the original platform', () => {
    const divisionCodes = new Set(naceDivisions.map((d) => d.code));
    const countryCodes = new Set(countries.map((c) => c.code));
    for (const { request } of world.students) {
      expect(request.title.length).toBeLessThanOrEqual(150);
      expect(request.message.length).toBeLessThanOrEqual(5000);
      expect(request.keywords.length).toBeLessThanOrEqual(30);
      request.wantedNaceDivisions.forEach((code) => expect(divisionCodes).toContain(code));
      request.wantedCountries.forEach((code) => expect(countryCodes).toContain(code));
      request.languages.forEach((code) => expect(code).toMatch(/^[a-z]{2}$/));
      expect(request.startDate).toMatch(/^2027-\d{2}-\d{2}$/);
      expect(request.durationWeeks).toBeGreaterThanOrEqual(1);
      expect(request.durationWeeks).toBeLessThanOrEqual(52);
    }
    const sectors = tally(world.students.flatMap((s) => s.request.wantedNaceDivisions));
    const count = (code: string) => sectors.get(code) ?? 0;
    expect(count('62')).toBeGreaterThan(Math.max(...[...sectors].filter(([c]) => c !== '62').map(([, n]) => n)));
    expect(Math.min(count('06'), count('26'))).toBeGreaterThanOrEqual(count('29'));
    expect(count('29')).toBeGreaterThanOrEqual(count('10'));
    expect(count('10')).toBeGreaterThan(0);
    const wanted = tally(world.students.flatMap((s) => s.request.wantedCountries));
    expect(
      [...wanted]
        .sort((a, b) => b[1] - a[1])
        .map(([code]) => code)
        .slice(0, 2),
    ).toEqual(['TN', 'FR']);
    for (const code of ['MA', 'DZ']) expect(wanted.get(code)).toBeGreaterThan(0);
  });

  it('puts each school project in the CV only, so a search can find it only through the CV text', () => {
    for (const student of world.students) {
      const project = student.topic.project;
      expect(JSON.stringify(demoCv(student))).toContain(project);
      expect(JSON.stringify(student.request)).not.toContain(project);
      expect(JSON.stringify(demoLetter(student))).not.toContain(project);
    }
  });
});
