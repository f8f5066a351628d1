'use strict';
/**
 * The PDF reader thread's task, misbehaving on demand for the pool's tests: a file starting with LOOP never ends,
 * CRASH ends its thread, HOG eats heap until the thread's memory limit (each under 16 bytes); anything else is read by
 * the real task.
 */
const { parentPort } = require('node:worker_threads');
const readPdfText = require('../../src/documents/text/pdf-text.task.cjs');

module.exports = async function faultyTask(task) {
  if (task.data.byteLength < 16) parentPort.postMessage({ pdfTextStarted: task.id }); // the real task says it itself
  const head = Buffer.from(task.data.buffer, task.data.byteOffset, Math.min(8, task.data.byteLength)).toString(
    'latin1',
  );
  if (head.startsWith('LOOP')) for (;;);
  if (head.startsWith('CRASH')) process.exit(3);
  if (head.startsWith('HOG')) {
    const kept = [];
    for (;;) kept.push(new Array(100_000).fill(kept.length));
  }
  return readPdfText(task);
};
