#!/usr/bin/env node
/*
 * The local SMTP receiver of development runs: accepts every mail on 127.0.0.1 (no TLS, any or no login),
 * saves it as var/mail/<timestamp>-<n>.eml and prints one line per mail.
 * Port: first argument, else the port of SMTP_URL, else 1025.   Usage: node scripts/dev-smtp.js [port]
 */
'use strict';
const { mkdirSync, writeFileSync } = require('node:fs');
const { join, relative, resolve } = require('node:path');
const { SMTPServer } = require('smtp-server');
const { simpleParser } = require('mailparser');

const root = resolve(__dirname, '..');
const dir = join(root, 'var', 'mail');
const port = Number(process.argv[2] || portOf(process.env.SMTP_URL) || 1025);
let count = 0;

function portOf(url) {
  try {
    return url ? new URL(url).port : '';
  } catch {
    return '';
  }
}

const server = new SMTPServer({
  authOptional: true,
  allowInsecureAuth: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  size: 25 * 1024 * 1024,
  onAuth(auth, _session, callback) {
    callback(null, { user: auth.username || 'dev' });
  },
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('error', callback);
    stream.on('end', () => {
      if (stream.sizeExceeded) return callback(Object.assign(new Error('message too large'), { responseCode: 552 }));
      const to = session.envelope.rcptTo.map((r) => r.address).join(', '); // read before callback resets it
      const raw = Buffer.concat(chunks);
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const file = join(dir, `${stamp}-${++count}.eml`);
      try {
        writeFileSync(file, raw);
      } catch (error) {
        return callback(error);
      }
      callback();
      simpleParser(raw)
        .then((mail) => console.log(`dev-smtp: to ${to} | ${mail.subject ?? '(no subject)'} | ${relative(root, file)}`))
        .catch((error) => console.log(`dev-smtp: to ${to} | (unreadable: ${error.message}) | ${relative(root, file)}`));
    });
  },
});

server.on('error', (error) => console.error(`dev-smtp: ${error.message}`));
mkdirSync(dir, { recursive: true });
server.listen(port, '127.0.0.1', () => {
  console.log(`dev-smtp: listening on smtp://127.0.0.1:${port}, saving mails under ${relative(root, dir)}/`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
