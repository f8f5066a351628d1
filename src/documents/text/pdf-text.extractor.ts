import { Logger } from '@nestjs/common';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PDF_TEXT_THREAD_SOURCE } from './pdf-text.thread';

export type PdfTextResult =
  | { status: 'extracted'; text: string; pages: number }
  | { status: 'encrypted' }
  | { status: 'unreadable'; reason: string };

export interface PdfTextLimits {
  /** A PDF that takes longer is abandoned (its thread is ended) and called unreadable. */
  timeoutMs: number;
  /** Only the first pages are read: a CV or a letter is short; a huge PDF must not cost more. */
  maxPages: number;
  /** Text kept for search, in characters. */
  maxChars: number;
  /** Heap of the reading thread, so a hostile PDF cannot take the worker's memory. */
  maxHeapMb: number;
}

export const DEFAULT_PDF_TEXT_LIMITS: PdfTextLimits = { timeoutMs: 20_000, maxPages: 30, maxChars: 200_000, maxHeapMb: 256 };

/**
 * Reads the text of a PDF in a thread of its own: a PDF that loops, explodes in memory or crashes the parser ends
 * that thread only, never the worker, and the answer is always a result, never an exception.
 */
export class PdfTextExtractor {
  private readonly logger = new Logger(PdfTextExtractor.name);
  private readonly pdfjsUrl = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;

  constructor(private readonly limits: PdfTextLimits = DEFAULT_PDF_TEXT_LIMITS) {}

  extract(data: Buffer): Promise<PdfTextResult> {
    const { timeoutMs, maxPages, maxChars, maxHeapMb } = this.limits;
    return new Promise((resolve) => {
      let settled = false;
      const worker = new Worker(PDF_TEXT_THREAD_SOURCE, {
        eval: true,
        // A copy: pdfjs takes ownership of the bytes it is given.
        workerData: { data: new Uint8Array(data), pdfjsUrl: this.pdfjsUrl, maxPages, maxChars },
        resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
      });
      const finish = (result: PdfTextResult) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        void worker.terminate();
        resolve(result.status === 'extracted' ? { ...result, text: cleanText(result.text) } : result);
      };
      const timer = setTimeout(() => finish({ status: 'unreadable', reason: `timed out after ${timeoutMs} ms` }), timeoutMs);
      worker.once('message', (result: PdfTextResult) => finish(result));
      worker.once('error', (error) => {
        this.logger.warn(`PDF reader thread failed: ${error.message}`);
        finish({ status: 'unreadable', reason: error.message });
      });
      worker.once('exit', (code) => finish({ status: 'unreadable', reason: `reader thread exited with code ${code}` }));
    });
  }
}

/** Postgres text cannot hold NUL; runs of blanks add nothing to search. */
function cleanText(text: string): string {
  return text
    .replace(/\u0000/g, '')
    .replace(/[ \t\f\v]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
