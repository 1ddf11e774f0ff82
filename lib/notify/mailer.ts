/** SMTP through nodemailer, configured by environment variables. */
import nodemailer, { type Transporter } from "nodemailer";

import { mailConfig } from "@/lib/env";

export type OutgoingEmail = { messageId: string; to: string; subject: string; text: string; html: string };
export type Mailer = { send(email: OutgoingEmail): Promise<void>; close(): void };

export function createMailer(): Mailer {
  const config = mailConfig();
  const transport: Transporter = nodemailer.createTransport({
    host: config.SMTP_HOST,
    port: config.SMTP_PORT,
    secure: config.SMTP_SECURE,
    auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD ?? "" } : undefined,
    // A dead server must not hold a job for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(email) {
      await transport.sendMail({
        from: config.MAIL_FROM,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: email.messageId,
      });
    },
    close: () => transport.close(),
  };
}
