import { DataSource } from 'typeorm';

/** Reads until `accept` holds and returns that value; fails after `timeoutMs` naming `what` and the last value. */
export async function until<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`not reached in ${timeoutMs} ms: ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** What the worker still has to do, by kind: search outbox rows, matching queue rows, PDFs to read, mails to send. */
export async function pendingWork(dataSource: DataSource): Promise<Record<string, number>> {
  const [row] = await dataSource.query(
    `SELECT (SELECT count(*) FROM search_outbox WHERE processed_at IS NULL)::int AS search,
            (SELECT count(*) FROM offer_match_queue)::int AS matching,
            (SELECT count(*) FROM documents WHERE text_status = 'pending')::int AS pdf_text,
            (SELECT count(*) FROM mail_outbox WHERE status IN ('pending', 'queued'))::int AS mail`,
  );
  return row as Record<string, number>;
}

/** Waits until the worker is idle: every outbox drained, the matching queue empty, the PDFs read, the mails sent. */
export async function untilIdle(dataSource: DataSource, timeoutMs = 20_000): Promise<void> {
  await until(
    () => pendingWork(dataSource),
    (work) => Object.values(work).every((n) => n === 0),
    'the worker idle',
    timeoutMs,
  );
}
