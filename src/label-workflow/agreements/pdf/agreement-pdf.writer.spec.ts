import { PdfTextExtractor } from '../../../documents/text/pdf-text.extractor';
import { AgreementContent, amend } from '../agreement-content';
import { renderAgreementPdf } from './agreement-pdf.writer';

const content: AgreementContent = {
  title: 'Développement d’une API de suivi',
  description: 'Conception et réalisation d’une API REST en TypeScript.',
  startDate: '2027-02-01',
  endDate: '2027-05-31',
  academicYear: '2026-2027',
  internshipType: 'Stage de fin d’études',
  student: { name: 'Yasmine Ben Salah', studyYear: 3 },
  university: { name: 'Université de Sfax', city: 'Sfax', country: 'Tunisie' },
  programme: { name: 'Génie logiciel', managerName: 'Mohamed Kallel' },
  company: {
    name: 'Dupont & Fils',
    city: 'Clapiers',
    country: 'France',
    address: '3 rue des Vignes',
    registrationNumber: 'RCS 123',
  },
  companyTutor: { id: 'c1', name: 'Valentin Bouquet', jobTitle: 'Directeur technique' },
  academicTutor: { id: 'a1', name: 'Sana Trabelsi', jobTitle: null },
  allowance: { amount: 1200.5, currency: 'TND', period: 'month' },
};

async function textOf(pdf: Buffer): Promise<string> {
  const result = await PdfTextExtractor.readOnce(pdf);
  if (result.status !== 'extracted') throw new Error(`unreadable agreement PDF: ${JSON.stringify(result)}`);
  return result.text.replace(/\s+/g, ' ');
}

describe('agreement PDF', () => {
  it('writes the parties, the internship, its dates, tutors and allowance in French', async () => {
    const pdf = await renderAgreementPdf({
      kind: 'original',
      version: 1,
      previousVersion: null,
      issuedAt: new Date('2026-12-01T10:00:00Z'),
      content,
      changes: {},
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await textOf(pdf);
    for (const expected of [
      'CONVENTION DE STAGE',
      'Version 1 établie le 1 décembre 2026',
      'Université de Sfax',
      'Génie logiciel',
      'Mohamed Kallel, responsable de la formation',
      'Dupont & Fils, 3 rue des Vignes, Clapiers, France',
      'Yasmine Ben Salah',
      '3e année, année universitaire 2026-2027',
      'Développement d’une API de suivi',
      'Conception et réalisation d’une API REST en TypeScript.',
      'du 01/02/2027 au 31/05/2027',
      'Valentin Bouquet, Directeur technique',
      'Sana Trabelsi',
      'gratification de 1 200,5 TND par mois',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('says when there is no allowance and when a tutor is still to be named', async () => {
    const text = await textOf(
      await renderAgreementPdf({
        kind: 'original',
        version: 1,
        previousVersion: null,
        issuedAt: new Date(),
        content: { ...content, allowance: null, academicTutor: null },
        changes: {},
      }),
    );
    expect(text).toContain('ne donne pas lieu à une gratification');
    expect(text).toContain('Tuteur académique : à désigner');
  });

  it('lists an amendment’s changes and leaves the other clauses as they were', async () => {
    const { content: amended, changes } = amend(content, {
      endDate: '2027-06-30',
      startDate: content.startDate!,
      companyTutor: { id: 'c2', name: 'Karim Ben Ali', jobTitle: null },
    });
    const text = await textOf(
      await renderAgreementPdf({
        kind: 'amendment',
        version: 2,
        previousVersion: 1,
        issuedAt: new Date(),
        content: amended,
        changes,
      }),
    );
    expect(text).toContain('AVENANT N° 1 À LA CONVENTION DE STAGE');
    expect(text).toContain('Date de fin du stage : 30/06/2027 au lieu de 31/05/2027');
    expect(text).toContain('Tuteur dans l’organisme d’accueil : Karim Ben Ali au lieu de Valentin Bouquet');
    expect(text).not.toContain('Date de début du stage :');
    expect(text).toContain('Les autres clauses de la convention restent inchangées.');
    expect(text).toContain('du 01/02/2027 au 30/06/2027');
  });
});
