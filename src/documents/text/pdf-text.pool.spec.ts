import { resolve } from 'node:path';
import { cvPdf, deflated, handmadePdf } from '../../../test/support/pdf-fixtures';
import { TextFailure } from '../document-kind';
import { DEFAULT_PDF_TEXT_LIMITS, PdfTextExtractor, PdfTextLimits, PdfTextPoolClosedError } from './pdf-text.extractor';

/** The task of test/support/pdf-task-faults.cjs: files starting LOOP, CRASH or HOG misbehave, others are read. */
const FAULTY_TASK = resolve(__dirname, '../../../test/support/pdf-task-faults.cjs');
const LOOP = Buffer.from('LOOP forever');
const CRASH = Buffer.from('CRASH now');
const HOG = Buffer.from('HOG memory');

function faultyPool(limits: Partial<PdfTextLimits>, threads = 2): PdfTextExtractor {
  return new PdfTextExtractor({ ...DEFAULT_PDF_TEXT_LIMITS, ...limits }, threads, FAULTY_TASK);
}

async function expectCvRead(extractor: PdfTextExtractor, cv: Buffer): Promise<void> {
  const result = await extractor.extract(cv);
  expect(result).toMatchObject({ status: 'extracted', pages: 1 });
  expect((result as { text: string }).text).toContain('Yasmine Ben Salah');
}

describe('PdfTextExtractor pool', () => {
  let cv: Buffer;
  beforeAll(async () => {
    cv = await cvPdf();
  });

  it('reads many PDFs on long-lived threads (no thread per PDF)', async () => {
    const extractor = new PdfTextExtractor(DEFAULT_PDF_TEXT_LIMITS, 2);
    try {
      await Promise.all(Array.from({ length: 12 }, () => expectCvRead(extractor, cv)));
      expect(extractor.threadsStarted).toBe(2);
    } finally {
      await extractor.close();
    }
  });

  it('starts no thread before a PDF comes, and ends idle threads (pdfjs is not kept in memory for nothing)', async () => {
    const extractor = new PdfTextExtractor(DEFAULT_PDF_TEXT_LIMITS, 2, undefined, 300);
    try {
      await new Promise((done) => setTimeout(done, 200));
      expect(extractor.threadsRunning).toBe(0);
      await Promise.all([expectCvRead(extractor, cv), expectCvRead(extractor, cv)]);
      expect(extractor.threadsRunning).toBe(2);
      const deadline = Date.now() + 10_000;
      while (extractor.threadsRunning > 0 && Date.now() < deadline) await new Promise((done) => setTimeout(done, 50));
      expect(extractor.threadsRunning).toBe(0);
      // The next PDFs start threads again.
      await Promise.all([expectCvRead(extractor, cv), expectCvRead(extractor, cv)]);
      expect(extractor.threadsStarted).toBe(4);
    } finally {
      await extractor.close();
    }
  });

  it('cuts a PDF over its time, replaces its thread, and the other PDFs are read meanwhile', async () => {
    const extractor = faultyPool({ timeoutMs: 3_000 });
    try {
      const started = Date.now();
      const [looping, ...others] = await Promise.all([
        extractor.extract(LOOP),
        ...Array.from({ length: 6 }, () => extractor.extract(cv)),
      ]);
      expect(looping).toEqual({
        status: 'unreadable',
        failure: TextFailure.Timeout,
        reason: 'timed out after 3000 ms',
      });
      expect(Date.now() - started).toBeLessThan(15_000);
      for (const result of others) expect(result).toMatchObject({ status: 'extracted' });
      // The looping thread was ended and replaced; the pool still reads at full width.
      await Promise.all([expectCvRead(extractor, cv), expectCvRead(extractor, cv)]);
      expect(extractor.threadsStarted).toBe(3);
    } finally {
      await extractor.close();
    }
  });

  it('times a PDF from the moment a thread takes it, not while it waits its turn', async () => {
    const extractor = faultyPool({ timeoutMs: 2_000 }, 1);
    try {
      // Both LOOPs wait ~2 s each in turn; the CV behind them waits ~4 s, longer than the limit, and is still read.
      const results = await Promise.all([extractor.extract(LOOP), extractor.extract(LOOP), extractor.extract(cv)]);
      expect(results.map((result) => result.status)).toEqual(['unreadable', 'unreadable', 'extracted']);
    } finally {
      await extractor.close();
    }
  });

  it('loses only the thread of a PDF over its memory limit, and names the reason', async () => {
    const extractor = faultyPool({ maxHeapMb: 48 });
    try {
      const [hog, ...others] = await Promise.all([
        extractor.extract(HOG),
        ...Array.from({ length: 4 }, () => extractor.extract(cv)),
      ]);
      expect(hog).toEqual({
        status: 'unreadable',
        failure: TextFailure.OutOfMemory,
        reason: 'needed more than 48 MB of memory',
      });
      for (const result of others) expect(result).toMatchObject({ status: 'extracted' });
      await expectCvRead(extractor, cv);
      expect(extractor.threadsStarted).toBe(3);
    } finally {
      await extractor.close();
    }
  });

  it('survives a thread that dies in the middle of a PDF', async () => {
    const extractor = faultyPool({});
    try {
      const [crashed, other] = await Promise.all([extractor.extract(CRASH), extractor.extract(cv)]);
      expect(crashed).toMatchObject({ status: 'unreadable', failure: TextFailure.Damaged });
      expect(other).toMatchObject({ status: 'extracted' });
      await Promise.all([expectCvRead(extractor, cv), expectCvRead(extractor, cv)]);
    } finally {
      await extractor.close();
    }
  });

  it('on close, lets the PDF being read finish, then refuses new ones as "closed" (not as unreadable)', async () => {
    const extractor = new PdfTextExtractor(DEFAULT_PDF_TEXT_LIMITS, 1);
    const reading = extractor.extract(cv);
    const queued = extractor.extract(cv).catch((error: unknown) => error);
    await new Promise((done) => setTimeout(done, 50));
    await extractor.close();
    expect(await reading).toMatchObject({ status: 'extracted' });
    expect(await queued).toBeInstanceOf(PdfTextPoolClosedError);
    await expect(extractor.extract(cv)).rejects.toBeInstanceOf(PdfTextPoolClosedError);
  });

  describe('PDF bombs', () => {
    const extractor = new PdfTextExtractor(
      { ...DEFAULT_PDF_TEXT_LIMITS, maxStreamMb: 8, maxInflatedMb: 20, maxDeclaredPages: 200 },
      2,
    );
    afterAll(() => extractor.close());
    const zeros = (mb: number) => Buffer.alloc(mb * 1048576);

    it('reads a hand-built PDF within the limits (the builder makes PDFs pdfjs reads)', async () => {
      for (const pdf of [
        handmadePdf(),
        handmadePdf({ contents: [deflated(Buffer.from('BT /F1 12 Tf 72 720 Td (Bonjour depuis un PDF) Tj ET'), 2)] }),
      ]) {
        const result = await extractor.extract(pdf);
        expect(result).toMatchObject({ status: 'extracted' });
        expect((result as { text: string }).text).toContain('Bonjour depuis un PDF');
      }
    });

    it('refuses a stream that inflates past the limit, however it is chained', async () => {
      for (const contents of [
        [deflated(zeros(9))],
        [deflated(zeros(64), 2)],
        [deflated(zeros(1), 1), deflated(zeros(40), 3)],
      ]) {
        const pdf = handmadePdf({ contents });
        expect(pdf.length).toBeLessThan(200_000);
        expect(await extractor.extract(pdf)).toEqual({
          status: 'unreadable',
          failure: TextFailure.StreamTooLarge,
          reason: 'a stream inflates to more than 8 MB (PDF bomb?)',
        });
      }
    });

    it('refuses streams that inflate past the limit together', async () => {
      const pdf = handmadePdf({ contents: Array.from({ length: 4 }, () => deflated(zeros(6))) });
      expect(await extractor.extract(pdf)).toEqual({
        status: 'unreadable',
        failure: TextFailure.StreamTooLarge,
        reason: 'its streams inflate to more than 20 MB in all (PDF bomb?)',
      });
    });

    it('refuses a PDF of thousands of pages before reading any', async () => {
      expect(await extractor.extract(handmadePdf({ pages: 200 }))).toMatchObject({ status: 'extracted', pages: 30 });
      expect(await extractor.extract(handmadePdf({ pages: 5_000 }))).toEqual({
        status: 'unreadable',
        failure: TextFailure.TooManyPages,
        reason: 'declares 5000 pages, more than 200',
      });
    });

    it('goes on reading ordinary PDFs after the bombs, on the same threads', async () => {
      await Promise.all([expectCvRead(extractor, cv), expectCvRead(extractor, cv)]);
      expect(extractor.threadsStarted).toBe(2);
    });
  });
});
