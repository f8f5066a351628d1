'use strict';
/**
 * The task of a PDF reader thread (a piscina worker, see pdf-text.extractor.ts). Plain CommonJS so that the same file
 * runs from the compiled build (copied next to the extractor by nest-cli.json's assets) and under the TypeScript test
 * runner. pdfjs-dist (an ES module) is imported once, when the thread starts, and serves every task the thread runs.
 *
 * Input: { id, data: Uint8Array, maxPages, maxChars, maxDeclaredPages, maxStreamBytes, maxInflatedBytes }.
 * Output: { status: 'extracted', text, pages } | { status: 'encrypted' } | { status: 'unreadable', failure, reason }.
 * Once pdfjs is loaded, the thread posts { pdfTextStarted: id }: the extractor's timer for the PDF starts then.
 * pdfjs runs its own "worker" in this thread (Node has no web worker for it), with eval and fonts disabled.
 */
const zlib = require('node:zlib');
const { pathToFileURL } = require('node:url');
const { parentPort } = require('node:worker_threads');

const pdfjsReady = import(pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href);
pdfjsReady.catch(() => undefined); // reported by the first task instead

module.exports = async function readPdfText(task) {
  const pdfjs = await pdfjsReady;
  // The PDF's time limit starts now, not while this thread was starting or loading pdfjs.
  if (task.id !== undefined) parentPort.postMessage({ pdfTextStarted: task.id });
  const oversized = findOversizedStream(task.data, task.maxStreamBytes, task.maxInflatedBytes);
  if (oversized) return { status: 'unreadable', failure: 'stream_too_large', reason: oversized };
  const loading = pdfjs.getDocument({
    data: task.data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    let pdf;
    try {
      pdf = await loading.promise;
    } catch (error) {
      if (error && error.name === 'PasswordException') return { status: 'encrypted' };
      return { status: 'unreadable', failure: 'damaged', reason: message(error) };
    }
    if (pdf.numPages > task.maxDeclaredPages) {
      return {
        status: 'unreadable',
        failure: 'too_many_pages',
        reason: `declares ${pdf.numPages} pages, more than ${task.maxDeclaredPages}`,
      };
    }
    const pages = Math.min(pdf.numPages, task.maxPages);
    const parts = [];
    let length = 0;
    for (let number = 1; number <= pages && length < task.maxChars; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const text = content.items.map((item) => (item.str || '') + (item.hasEOL ? '\n' : '')).join('');
      parts.push(text);
      length += text.length;
      page.cleanup();
    }
    return { status: 'extracted', text: parts.join('\n\n').slice(0, task.maxChars), pages };
  } catch (error) {
    return { status: 'unreadable', failure: 'damaged', reason: message(error) };
  } finally {
    await loading.destroy();
  }
};

/**
 * A "PDF bomb" check before pdfjs sees the file: pdfjs inflates a stream whole into a typed array, which lives outside
 * the thread's heap (resourceLimits do not bound it), so a few MB of zeros deflated can ask for gigabytes. Every
 * stream that starts as zlib data (what pdfjs's FlateDecode accepts, whatever the dictionary says, so an indirect
 * /Filter fools nothing) is inflated here with a ceiling, again while its output is zlib data (chained filters).
 * Returns why the file is refused, or null.
 */
function findOversizedStream(data, maxStreamBytes, maxInflatedBytes) {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const text = bytes.toString('latin1');
  const keyword = /(?<![A-Za-z])stream(?:\r\n|\n|\r)/g;
  let total = 0;
  const tooLarge = (ceiling) =>
    ceiling === maxStreamBytes
      ? `a stream inflates to more than ${mb(maxStreamBytes)} (PDF bomb?)`
      : `its streams inflate to more than ${mb(maxInflatedBytes)} in all (PDF bomb?)`;
  for (let match = keyword.exec(text); match; match = keyword.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    let body = bytes.subarray(start, end < 0 ? bytes.length : end);
    keyword.lastIndex = end < 0 ? text.length : end + 9;
    for (let depth = 0; depth < 8 && isZlib(body); depth++) {
      const ceiling = Math.min(maxStreamBytes, maxInflatedBytes - total);
      try {
        body = zlib.inflateSync(body, { maxOutputLength: ceiling + 1, finishFlush: zlib.constants.Z_SYNC_FLUSH });
      } catch (error) {
        if (error && error.code === 'ERR_BUFFER_TOO_LARGE') return tooLarge(ceiling);
        break; // damaged zlib data: pdfjs stops there too, having inflated less than the ceiling
      }
      if (body.length > ceiling) return tooLarge(ceiling);
      total += body.length;
    }
  }
  return null;
}

/** The two header bytes pdfjs's FlateStream checks: deflate method, valid check bits, no preset dictionary. */
function isZlib(body) {
  if (body.length < 2) return false;
  const cmf = body[0];
  const flg = body[1];
  return (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0 && (flg & 0x20) === 0;
}

function mb(bytes) {
  return `${Math.round(bytes / 1048576)} MB`;
}

function message(error) {
  return String((error && error.message) || error);
}
