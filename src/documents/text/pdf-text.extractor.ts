import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { resolve } from 'node:path';
import { Piscina } from 'piscina';
import { TextFailure } from '../document-kind';

export type PdfTextResult =
  | { status: 'extracted'; text: string; pages: number }
  | { status: 'encrypted' }
  | { status: 'unreadable'; failure: TextFailure; reason: string };

export interface PdfTextLimits {
  /** A PDF that takes longer is abandoned (its thread is ended and replaced) and called unreadable. */
  timeoutMs: number;
  /** Only the first pages are read: a CV or a letter is short; a huge PDF must not cost more. */
  maxPages: number;
  /** A PDF that declares more pages is refused outright: no CV has them, a "PDF bomb" might. */
  maxDeclaredPages: number;
  /** Text kept for search, in characters. */
  maxChars: number;
  /** Heap of a reading thread, so a hostile PDF cannot take the worker's memory; over it, the thread is replaced. */
  maxHeapMb: number;
  /** Most bytes one compressed stream may inflate to, and all of a file's streams together ("PDF bomb"). */
  maxStreamMb: number;
  maxInflatedMb: number;
}

export const DEFAULT_PDF_TEXT_LIMITS: PdfTextLimits = {
  timeoutMs: 20_000,
  maxPages: 30,
  maxDeclaredPages: 500,
  maxChars: 200_000,
  maxHeapMb: 256,
  maxStreamMb: 32,
  maxInflatedMb: 128,
};

/** Extraction refused because the pool is closing: not a verdict on the document (its job is tried again). */
export class PdfTextPoolClosedError extends Error {
  constructor() {
    super('the PDF reader pool is closed');
  }
}

const TASK_FILE = resolve(__dirname, 'pdf-text.task.cjs');

/** Most time a PDF may wait for its thread to start (a new thread loads pdfjs first) before its own limit runs. */
const THREAD_START_GRACE_MS = 60_000;

/**
 * A reading thread with nothing to read for this long ends. An idle thread with pdfjs loaded holds ~30 MB of the
 * worker's memory, for nothing during a rebuild or a quiet night; a thread started again costs a few hundred ms
 * of loading pdfjs, once per burst of uploads.
 */
export const PDF_THREAD_IDLE_MS = 30_000;

/**
 * Reads the text of PDFs in a pool of long-lived threads, each loading pdfjs once. Threads start when PDFs come (up
 * to `threads`) and end after `idleMs` without one. A PDF that loops, explodes in memory or crashes the parser costs
 * its own thread only (the pool starts another when needed), never the worker or the other PDFs, and the answer is
 * always a result, never an exception (except once closed).
 *
 * At most `threads` PDFs are handed to the pool at once; the rest wait here, so each PDF's time limit counts its
 * reading only, not its wait.
 */
export class PdfTextExtractor implements OnApplicationShutdown {
  private readonly logger = new Logger(PdfTextExtractor.name);
  private readonly pool: Piscina;
  /** PDFs waiting for a thread: called with true when one hands them its place, false when the pool closes. */
  private readonly waiting: Array<(granted: boolean) => void> = [];
  private running = 0;
  private closed = false;
  private lastTaskId = 0;
  /** Tasks waiting for their thread's "started" message, by id: that message starts their timer. */
  private readonly starting = new Map<number, () => void>();
  /** Threads started so far: one per thread PDFs needed at once, plus one each time a thread ended (timeout,
   * memory, crash, idle) and PDFs needed it again. */
  threadsStarted = 0;

  /** `taskFile`: the thread's code; tests give one that misbehaves on demand. */
  constructor(
    private readonly limits: PdfTextLimits = DEFAULT_PDF_TEXT_LIMITS,
    readonly threads = 1,
    taskFile = TASK_FILE,
    idleMs = PDF_THREAD_IDLE_MS,
  ) {
    this.pool = new Piscina({
      filename: taskFile,
      minThreads: 0,
      maxThreads: threads,
      idleTimeout: idleMs,
      concurrentTasksPerWorker: 1,
      // pdfjs leaves callbacks behind a task: the thread's event loop must keep turning between tasks.
      atomics: 'disabled',
      resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb },
    });
    this.pool.on('workerCreate', () => (this.threadsStarted += 1));
    this.pool.on('message', (message: { pdfTextStarted?: number }) => {
      if (typeof message?.pdfTextStarted === 'number') this.starting.get(message.pdfTextStarted)?.();
    });
    // A thread that dies with no task (rare) is replaced by the pool; it must not crash the process.
    this.pool.on('error', (error: Error) => this.logger.warn(`PDF reader thread failed: ${error.message}`));
  }

  /** One PDF on a thread of its own, closed after (tests and tools that read a PDF now and then). */
  static async readOnce(data: Buffer): Promise<PdfTextResult> {
    const extractor = new PdfTextExtractor();
    try {
      return await extractor.extract(data);
    } finally {
      await extractor.close();
    }
  }

  /** Threads alive now (reading, or idle and not yet ended). */
  get threadsRunning(): number {
    return this.pool.threads.length;
  }

  async extract(data: Buffer): Promise<PdfTextResult> {
    await this.admit();
    try {
      return await this.run(data);
    } finally {
      this.release();
    }
  }

  onApplicationShutdown(): Promise<void> {
    return this.close();
  }

  /** Refuses new PDFs, lets the ones being read finish for up to `graceMs`, then ends the threads. */
  async close(graceMs = 5_000): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.waiting.splice(0).forEach((admit) => admit(false));
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((done) => (timer = setTimeout(done, graceMs)));
    await Promise.race([this.pool.close(), late]);
    clearTimeout(timer);
    await this.pool.destroy();
  }

  private async admit(): Promise<void> {
    if (this.closed) throw new PdfTextPoolClosedError();
    if (this.running < this.threads) {
      this.running += 1;
      return;
    }
    // The place is handed over as it is freed (release), so no newcomer slips in between.
    if (!(await new Promise<boolean>((admit) => this.waiting.push(admit)))) throw new PdfTextPoolClosedError();
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next(true);
    else this.running -= 1;
  }

  private async run(data: Buffer): Promise<PdfTextResult> {
    const { timeoutMs, maxPages, maxDeclaredPages, maxChars, maxHeapMb, maxStreamMb, maxInflatedMb } = this.limits;
    // A copy of its own, moved to the thread (pdfjs takes ownership of the bytes it is given).
    const bytes = new Uint8Array(data);
    const id = ++this.lastTaskId;
    const timeout = new AbortController();
    let timedOut = `its thread did not start within ${THREAD_START_GRACE_MS} ms`;
    let timer = setTimeout(() => timeout.abort(), THREAD_START_GRACE_MS);
    this.starting.set(id, () => {
      this.starting.delete(id);
      clearTimeout(timer);
      timedOut = `timed out after ${timeoutMs} ms`;
      timer = setTimeout(() => timeout.abort(), timeoutMs);
    });
    try {
      const result: PdfTextResult = await this.pool.run(
        {
          id,
          data: bytes,
          maxPages,
          maxDeclaredPages,
          maxChars,
          maxStreamBytes: maxStreamMb * 1048576,
          maxInflatedBytes: maxInflatedMb * 1048576,
        },
        { transferList: [bytes.buffer], signal: timeout.signal },
      );
      return result.status === 'extracted' ? { ...result, text: cleanText(result.text) } : result;
    } catch (error) {
      if (timeout.signal.aborted) {
        return { status: 'unreadable', failure: TextFailure.Timeout, reason: timedOut };
      }
      if (this.closed) throw new PdfTextPoolClosedError();
      const { code, message } = error as NodeJS.ErrnoException;
      if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
        return {
          status: 'unreadable',
          failure: TextFailure.OutOfMemory,
          reason: `needed more than ${maxHeapMb} MB of memory`,
        };
      }
      this.logger.warn(`PDF reader thread failed: ${message}`);
      return { status: 'unreadable', failure: TextFailure.Damaged, reason: message };
    } finally {
      this.starting.delete(id);
      clearTimeout(timer);
    }
  }
}

/** Postgres text cannot hold NUL; runs of blanks add nothing to search. */
function cleanText(text: string): string {
  return text
    .replace(/\u0000/g, '') // eslint-disable-line no-control-regex -- removing NUL is the point
    .replace(/[ \t\f\v]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
