import { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer, SMTPServerAddress } from 'smtp-server';

/** One mail as the receiver got it: envelope recipients plus the parsed message. */
export interface ReceivedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  raw: string;
}

interface Refusal {
  address: string;
  code: number;
  message: string;
  remaining: number;
}

/** A real SMTP server on an ephemeral 127.0.0.1 port inside the test process. */
export class SmtpReceiver {
  readonly messages: ReceivedMail[] = [];
  private readonly refusals: Refusal[] = [];

  private constructor(
    private readonly server: SMTPServer,
    readonly url: string,
  ) {}

  static async start(): Promise<SmtpReceiver> {
    let receiver: SmtpReceiver | undefined;
    const server = new SMTPServer({
      authOptional: true,
      allowInsecureAuth: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => callback(receiver?.refusalFor(address) ?? undefined),
      onData: (stream, session, callback) => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', callback);
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          simpleParser(raw)
            .then((mail) => {
              receiver?.messages.push({
                to,
                from: mail.from?.text ?? '',
                subject: mail.subject ?? '',
                text: mail.text ?? '',
                html: typeof mail.html === 'string' ? mail.html : '',
                messageId: mail.messageId ?? '',
                raw: raw.toString('utf8'),
              });
              callback();
            })
            .catch(callback);
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.server.address() as AddressInfo;
    receiver = new SmtpReceiver(server, `smtp://127.0.0.1:${port}`);
    return receiver;
  }

  /** Answers RCPT TO for `address` with `code` (4xx: try later, 5xx: never) the next `times` times. */
  refuse(address: string, code: number, message: string, times = Number.POSITIVE_INFINITY): void {
    this.refusals.push({ address: address.toLowerCase(), code, message, remaining: times });
  }

  /** The mails sent to `address` so far. */
  to(address: string): ReceivedMail[] {
    return this.messages.filter((mail) => mail.to.some((to) => to.toLowerCase() === address.toLowerCase()));
  }

  /** Resolves with the first mail matching `predicate`; fails listing everything received otherwise. */
  async waitFor(predicate: (mail: ReceivedMail) => boolean, timeoutMs = 10_000): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(predicate);
      if (found) return found;
      if (Date.now() > deadline) {
        const seen = this.messages.map((m) => `  to ${m.to.join(', ')}: "${m.subject}"`).join('\n') || '  (nothing)';
        throw new Error(`no matching mail after ${timeoutMs} ms; received ${this.messages.length}:\n${seen}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private refusalFor(address: SMTPServerAddress): Error | undefined {
    const refusal = this.refusals.find((r) => r.address === address.address.toLowerCase() && r.remaining > 0);
    if (!refusal) return undefined;
    refusal.remaining--;
    return Object.assign(new Error(refusal.message), { responseCode: refusal.code });
  }
}
