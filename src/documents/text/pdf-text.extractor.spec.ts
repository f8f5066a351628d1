import { renderCvPdf } from '../../demo/cv-pdf.writer';
import { PdfTextExtractor } from './pdf-text.extractor';

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

  it('reads the text of a PDF, accents included', async () => {
    const result = await extractor.extract(await renderCvPdf(cv));
    expect(result).toMatchObject({ status: 'extracted', pages: 1 });
    const text = (result as { text: string }).text;
    expect(text).toContain('Mehdi Trabelsi');
    expect(text).toContain('Étudiant en master de science des données');
    expect(text).toContain('Elasticsearch');
  });

  it('calls a password-protected PDF encrypted', async () => {
    expect(await extractor.extract(await renderCvPdf(cv, { userPassword: 'motdepasse' }))).toEqual({ status: 'encrypted' });
  });

  it('calls a damaged PDF or a non-PDF unreadable, without throwing', async () => {
    const damaged = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4096, 0x42)]);
    for (const data of [damaged, Buffer.from('pas un PDF'), Buffer.alloc(0)]) {
      expect(await extractor.extract(data)).toMatchObject({ status: 'unreadable' });
    }
  });

  it('gives up on a PDF that takes longer than its deadline', async () => {
    const hurried = new PdfTextExtractor({ timeoutMs: 1, maxPages: 30, maxChars: 1000, maxHeapMb: 128 });
    expect(await hurried.extract(await renderCvPdf(cv))).toEqual({
      status: 'unreadable',
      reason: 'timed out after 1 ms',
    });
  });

  it('keeps at most maxChars of text', async () => {
    const short = new PdfTextExtractor({ timeoutMs: 20_000, maxPages: 30, maxChars: 20, maxHeapMb: 128 });
    const result = await short.extract(await renderCvPdf(cv));
    expect(result.status).toBe('extracted');
    expect((result as { text: string }).text.length).toBeLessThanOrEqual(20);
  });
});
