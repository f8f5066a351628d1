import { ByteBulkLoader } from './byte-bulk-loader';

/** The action line the loader writes before each document (bulk-writer's writeIndexAction). */
const indexAction = (id: string, version: string) =>
  `{"index":{"_id":"${id}","version":${version},"version_type":"external"}}\n`;

/** Adds one document as the rebuild does: its id, version and JSON as UTF-8 bytes. */
const add = (loader: ByteBulkLoader, id: string, version: string, document: string) =>
  loader.add(Buffer.from(id), Buffer.from(version), Buffer.from(document));

/** A document of `chars` characters, with letters outside ASCII so bytes and characters differ. */
function documentOf(id: number, chars: number): string {
  const head = `{"id":${id},"text":"`;
  return `${head}${'é'.repeat(Math.max(0, chars - head.length - 2))}"}`;
}

describe('ByteBulkLoader', () => {
  it('sends every document once, in order, byte for byte, each request within the budget', async () => {
    const budget = 4096;
    const sent: Array<{ text: string; documents: number }> = [];
    const loader = new ByteBulkLoader(budget, async (body, documents) => {
      // The engine answers later: the loader fills the next request meanwhile, in the other buffer.
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(body.length).toBeLessThanOrEqual(budget);
      sent.push({ text: body.toString('utf8'), documents });
    });
    const documents = Array.from({ length: 60 }, (_, i) => documentOf(i, 50 + ((i * 37) % 300)));
    for (const [i, document] of documents.entries()) await add(loader, String(i), String(i + 1), document);
    await loader.finish();

    const expected = documents.map((document, i) => `${indexAction(String(i), String(i + 1))}${document}\n`).join('');
    expect(sent.map((request) => request.text).join('')).toBe(expected);
    expect(sent.reduce((sum, request) => sum + request.documents, 0)).toBe(60);
    expect(loader.stats).toMatchObject({ documents: 60, bytes: Buffer.byteLength(expected) });
    expect(loader.stats.requests).toBe(sent.length);
    expect(loader.stats.peakHeldBytes).toBeLessThanOrEqual(2 * budget);
  });

  it('does not write into a request before the engine has answered it', async () => {
    const answers: Array<() => void> = [];
    const seen: string[] = [];
    const loader = new ByteBulkLoader(1024, (body) => {
      const copy = body.toString('utf8');
      return new Promise<void>((resolve) =>
        answers.push(() => {
          // What the engine was given is still there when it answers (a retry would resend these bytes).
          expect(body.toString('utf8')).toBe(copy);
          seen.push(copy);
          resolve();
        }),
      );
    });
    let done = false;
    const adding = (async () => {
      for (let i = 0; i < 40; i++) await add(loader, String(i), '1', documentOf(i, 200));
      await loader.finish();
      done = true;
    })();
    // The engine answers each request a while after it came, as the loader fills the next one.
    while (!done) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      answers.shift()?.();
    }
    await adding;
    expect(seen.join('')).toContain(documentOf(39, 200));
    expect(seen.length).toBe(loader.stats.requests);
  });

  it('sends a document above the budget alone, in a request of its own size', async () => {
    const sizes: number[] = [];
    const loader = new ByteBulkLoader(1024, async (body, documents) => {
      sizes.push(documents);
      expect(body.toString('utf8')).toContain('"id":');
    });
    await add(loader, '1', '1', documentOf(1, 100));
    await add(loader, '2', '1', documentOf(2, 5000));
    await add(loader, '3', '1', documentOf(3, 100));
    await loader.finish();
    expect(sizes).toEqual([1, 1, 1]);
    expect(loader.stats.largestRequestBytes).toBe(loader.stats.largestDocumentBytes);
    expect(loader.stats.largestDocumentBytes).toBeGreaterThan(1024);
  });
});
