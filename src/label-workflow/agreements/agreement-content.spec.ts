import { AgreementContent, amend, frenchDate, internshipUpdateOf } from './agreement-content';

const base = {
  startDate: '2027-02-01',
  endDate: '2027-05-31',
  companyTutor: { id: 'c1', name: 'Valentin Bouquet', jobTitle: null },
  academicTutor: null,
} as unknown as AgreementContent;

describe('amend', () => {
  it('keeps only real changes and carries everything else over', () => {
    const { content, changes } = amend(base, {
      startDate: '2027-02-01',
      endDate: '2027-06-30',
      companyTutor: { id: 'c1', name: 'Valentin Bouquet', jobTitle: null },
      academicTutor: { id: 'a1', name: 'Sana Trabelsi', jobTitle: null },
    });
    expect(changes).toEqual({
      endDate: { before: '2027-05-31', after: '2027-06-30' },
      academicTutor: { before: null, after: 'Sana Trabelsi' },
    });
    expect(content).toMatchObject({ startDate: '2027-02-01', endDate: '2027-06-30', academicTutor: { id: 'a1' } });
    expect(base.endDate).toBe('2027-05-31');
  });

  it('gives the internship columns of the changed fields only', () => {
    const { content, changes } = amend(base, {
      endDate: '2027-06-30',
      companyTutor: { id: 'c2', name: 'K', jobTitle: null },
    });
    expect(internshipUpdateOf(content, changes)).toEqual({ endDate: '2027-06-30', companyTutorId: 'c2' });
  });
});

describe('frenchDate', () => {
  it('writes day/month/year, or says the date is still to be set', () => {
    expect(frenchDate('2027-02-01')).toBe('01/02/2027');
    expect(frenchDate(null)).toBe('à définir');
  });
});
