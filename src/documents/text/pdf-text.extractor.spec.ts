import { renderCvPdf } from '../../demo/cv-pdf.writer';
import { TextFailure } from '../document-kind';
import { DEFAULT_PDF_TEXT_LIMITS, PdfTextExtractor } from './pdf-text.extractor';

const cv = {
  fullName: 'Mehdi Trabelsi',
  headline: 'Étudiant en master de science des données',
  education: [{ period: '2024 – 2026', title: 'Master science des données', place: 'Université de Sousse' }],
  experience: [],
  skills: ['Python', 'Elasticsearch'],
  languages: [{ name: 'Français', level: 'courant' }],
};

describe('PdfTextExtractor', () => {
  const extractor = new PdfTextExtractor();
  afterAll(() => extractor.close());

  it('reads the text of a PDF, accents included', async () => {
    const result = await extractor.extract(await renderCvPdf(cv));
    expect(result).toMatchObject({ status: 'extracted', pages: 1 });
    const text = (result as { text: string }).text;
    expect(text).toContain('Mehdi Trabelsi');
    expect(text).toContain('Étudiant en master de science des données');
    expect(text).toContain('Elasticsearch');
  });

  it('calls a password-protected PDF encrypted', async () => {
    expect(await extractor.extract(await renderCvPdf(cv, { userPassword: 'motdepasse' }))).toEqual({
      status: 'encrypted',
    });
  });

  it('calls a damaged PDF or a non-PDF unreadable, without throwing', async () => {
    const damaged = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4096, 0x42)]);
    for (const data of [damaged, Buffer.from('pas un PDF'), Buffer.alloc(0)]) {
      expect(await extractor.extract(data)).toMatchObject({ status: 'unreadable', failure: TextFailure.Damaged });
    }
  });

  it('gives up on a PDF that takes longer than its deadline', async () => {
    const hurried = new PdfTextExtractor({ ...DEFAULT_PDF_TEXT_LIMITS, timeoutMs: 1 });
    try {
      expect(await hurried.extract(await renderCvPdf(cv))).toEqual({
        status: 'unreadable',
        failure: TextFailure.Timeout,
        reason: 'timed out after 1 ms',
      });
    } finally {
      await hurried.close();
    }
  });

  it('keeps at most maxChars of text', async () => {
    const short = new PdfTextExtractor({ ...DEFAULT_PDF_TEXT_LIMITS, maxChars: 20 });
    const result = await short.extract(await renderCvPdf(cv)).finally(() => short.close());
    expect(result.status).toBe('extracted');
    expect((result as { text: string }).text.length).toBeLessThanOrEqual(20);
  });
});
