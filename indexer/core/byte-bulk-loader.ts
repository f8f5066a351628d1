import { indexActionBytes } from './bulk-writer';

/** What a byte-cut load did: requests sent and the bytes it held, as the loader itself counted them. */
export interface BulkLoadStats {
  requests: number;
  documents: number;
  bytes: number;
  /** The largest request sent; above the budget only when it carries one document alone. */
  largestRequestBytes: number;
  largestDocumentBytes: number;
  /** Most bytes held at once: the request in flight plus the one being filled. */
  peakHeldBytes: number;
}

/** Sends one request; rejects when the engine refused any of its documents. */
type Send = (body: Buffer, documents: number) => Promise<unknown>;

/**
 * Cuts a stream of serialised documents into bulk requests of at most `budgetBytes` (a document larger than
 * that goes alone, never split) and keeps one request in flight while the next one fills: the caller's reads
 * overlap the engine's work, and at most two requests' bytes are held.
 */
export class ByteBulkLoader {
  readonly stats: BulkLoadStats = {
    requests: 0,
    documents: 0,
    bytes: 0,
    largestRequestBytes: 0,
    largestDocumentBytes: 0,
    peakHeldBytes: 0,
  };
  /** The request being filled: for each document its action line, its JSON and a newline. */
  private parts: Buffer[] = [];
  private documentsFilling = 0;
  private filling = 0;
  private inFlight: Promise<void> | null = null;
  /** Bytes of the requests sent and not yet answered, counted apart from the send discipline. */
  private unanswered = 0;
  /**
   * The size at which the request being filled is cut: it starts at a sixteenth of the budget and doubles with each
   * request, so the engine gets its first request after a short read instead of a whole budget's worth.
   */
  private limit: number;

  constructor(
    private readonly budgetBytes: number,
    private readonly send: Send,
    /** Called after each acknowledged request with the documents it carried. */
    private readonly onSent: (documents: number) => void = () => undefined,
  ) {
    this.limit = Math.max(1, Math.floor(budgetBytes / 16));
  }

  /** Adds one document (its id, version and JSON as UTF-8 bytes); waits only when a full request must wait for the one in flight. */
  async add(id: Buffer, version: Buffer, documentJson: Buffer): Promise<void> {
    const action = indexActionBytes(id, version);
    const bytes = action.length + documentJson.length + 1;
    if (this.documentsFilling > 0 && this.filling + bytes > this.limit) await this.dispatch();
    this.parts.push(action, documentJson, NEWLINE);
    this.documentsFilling += 1;
    this.filling += bytes;
    this.stats.largestDocumentBytes = Math.max(this.stats.largestDocumentBytes, bytes);
    this.stats.peakHeldBytes = Math.max(this.stats.peakHeldBytes, this.filling + this.unanswered);
  }

  /** Sends what is left and waits for every request. */
  async finish(): Promise<void> {
    if (this.documentsFilling > 0) await this.dispatch();
    await this.settle();
  }

  /** Waits for the request in flight, if any (also after a failure elsewhere, so none is left unobserved). */
  async settle(): Promise<void> {
    const current = this.inFlight;
    this.inFlight = null;
    if (current) await current;
  }

  private async dispatch(): Promise<void> {
    await this.settle();
    const body = Buffer.concat(this.parts, this.filling);
    const documents = this.documentsFilling;
    const bytes = this.filling;
    this.parts = [];
    this.documentsFilling = 0;
    this.filling = 0;
    this.limit = Math.min(this.budgetBytes, this.limit * 2);
    this.stats.requests += 1;
    this.stats.documents += documents;
    this.stats.bytes += bytes;
    this.stats.largestRequestBytes = Math.max(this.stats.largestRequestBytes, bytes);
    this.unanswered += bytes;
    this.stats.peakHeldBytes = Math.max(this.stats.peakHeldBytes, this.unanswered);
    const done = this.send(body, documents)
      .then(() => this.onSent(documents))
      .finally(() => (this.unanswered -= bytes));
    done.catch(() => undefined); // observed by the next settle(); must not surface as unhandled meanwhile
    this.inFlight = done;
  }
}

const NEWLINE = Buffer.from('\n');
