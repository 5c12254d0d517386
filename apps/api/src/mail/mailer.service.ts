import { Injectable, Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { loadMailConfig, type MailConfig } from './mail-config.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** SENT: handed to the SMTP server. NOT_CONFIGURED: no SMTP here. FAILED: the server refused or was unreachable. */
export type MailDelivery = 'SENT' | 'NOT_CONFIGURED' | 'FAILED';

/** Sends mail over SMTP with nodemailer, configured from the environment (see mail-config.ts). */
@Injectable()
export class Mailer {
  private readonly logger = new Logger('Mail');
  readonly config: MailConfig = loadMailConfig();
  private readonly transport: Transporter | null = this.config.smtp
    ? nodemailer.createTransport({ ...this.config.smtp, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 })
    : null;

  get configured(): boolean {
    return this.transport !== null;
  }

  /** An absolute link into the web app. */
  link(path: string): string {
    return `${this.config.publicUrl}${path.startsWith('/') ? path : `/${path}`}`;
  }

  /** Never throws: a mail that cannot go out is reported, and the caller decides what to show. */
  async send(mail: OutgoingMail): Promise<MailDelivery> {
    if (!this.transport) return 'NOT_CONFIGURED';
    try {
      await this.transport.sendMail({ from: this.config.from, to: mail.to, subject: mail.subject, text: mail.text });
      return 'SENT';
    } catch (error) {
      this.logger.error(`could not send "${mail.subject}" to ${mail.to}: ${(error as Error).message}`);
      return 'FAILED';
    }
  }
}
