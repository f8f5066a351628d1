/**
 * The code of the thread that reads a PDF's text with pdfjs-dist (legacy build, for Node). It is plain JavaScript
 * run with `new Worker(source, { eval: true })` so that the same code runs from the compiled build and under the
 * TypeScript test runner; pdfjs-dist is an ES module, loaded here by native `import()`.
 *
 * Input (workerData): { data: Uint8Array, pdfjsUrl: string, maxPages: number, maxChars: number }.
 * Output (one message): { status: 'extracted', text, pages } | { status: 'encrypted' } | { status: 'unreadable', reason }.
 * pdfjs runs its own "worker" in this thread (Node has no web worker for it), with eval and fonts disabled.
 */
export const PDF_TEXT_THREAD_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');

async function extract({ data, pdfjsUrl, maxPages, maxChars }) {
  const pdfjs = await import(pdfjsUrl);
  const loading = pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let pdf;
  try {
    pdf = await loading.promise;
  } catch (error) {
    if (error && error.name === 'PasswordException') return { status: 'encrypted' };
    return { status: 'unreadable', reason: String((error && error.message) || error) };
  }
  try {
    const pages = Math.min(pdf.numPages, maxPages);
    const parts = [];
    let length = 0;
    for (let number = 1; number <= pages && length < maxChars; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const text = content.items.map((item) => (item.str || '') + (item.hasEOL ? '\n' : '')).join('');
      parts.push(text);
      length += text.length;
      page.cleanup();
    }
    return { status: 'extracted', text: parts.join('\n\n').slice(0, maxChars), pages };
  } finally {
    await loading.destroy();
  }
}

extract(workerData).then(
  (result) => parentPort.postMessage(result),
  (error) => parentPort.postMessage({ status: 'unreadable', reason: String((error && error.message) || error) }),
);
`;
