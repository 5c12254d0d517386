import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from './api-server.js';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

/**
 * A real SMTP server on a loopback port for one spec: the API sends to it over the network with
 * nodemailer, and the test reads what arrived. No TLS and no AUTH, as on a local relay.
 */
export class SmtpInbox {
  readonly messages: ReceivedMail[] = [];
  private readonly waiters: (() => void)[] = [];

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  static async start(): Promise<SmtpInbox> {
    const port = await freePort();
    const received: ParsedMail[] = [];
    const holder: { inbox?: SmtpInbox } = {};
    const server = new SMTPServer({
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      // A mailbox that does not exist, to test a refused delivery: any address starting "bounce".
      onRcptTo(address, _session, callback) {
        if (!address.address.toLowerCase().startsWith('bounce')) return callback();
        const refused = Object.assign(new Error('mailbox unavailable'), { responseCode: 550 });
        callback(refused);
      },
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((mail: ParsedMail) => {
            if (holder.inbox) holder.inbox.receive(mail);
            else received.push(mail);
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    const inbox = new SmtpInbox(server, port);
    holder.inbox = inbox;
    for (const mail of received) inbox.receive(mail);
    // A client that goes away mid-connection (the API process stopped at the end of a spec) resets
    // its socket; smtp-server reports that as an 'error' event, which must not fail the spec.
    server.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') throw error;
    });
    await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
    return inbox;
  }

  /** What to give the API process: `useApi({ env: inbox.env })`. */
  get env(): Record<string, string> {
    return { SMTP_URL: `smtp://127.0.0.1:${this.port}`, MAIL_FROM: 'Suanli Test <no-reply@suanli.test>' };
  }

  private receive(mail: ParsedMail): void {
    const to = [mail.to].flat().flatMap((address) => address?.value.map((v) => (v.address ?? '').toLowerCase()) ?? []);
    this.messages.push({ to, subject: mail.subject ?? '', text: mail.text ?? '' });
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** The latest mail to this address, waiting up to `timeoutMs` for it to arrive. */
  async waitFor(address: string, timeoutMs = 10_000): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.filter((m) => m.to.includes(address.toLowerCase())).at(-1);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no mail to ${address} within ${timeoutMs} ms (got ${this.messages.length} others)`);
      await new Promise<void>((wake) => {
        this.waiters.push(wake);
        setTimeout(wake, left);
      });
    }
  }

  stop(): Promise<void> {
    return new Promise((done) => this.server.close(() => done()));
  }
}

/** The invitation token in a mail's link (…/invite/<token>). */
export function inviteTokenIn(text: string): string {
  const match = /\/invite\/([A-Za-z0-9_-]{43})/.exec(text);
  if (!match) throw new Error(`no invitation link in:\n${text}`);
  return match[1];
}
