/**
 * In-memory mailbox of the development mail catcher. Behaves like a real mailbox towards
 * duplicates: a message is identified by its Message-ID header, so a second delivery of the same
 * message does not show up twice; it only increments `deliveries`.
 */
import type { ParsedMail } from "mailparser";

export type CaughtMessage = {
  /** Catcher-assigned id, stable until the message is cleared; used in /api/messages/:id. */
  id: string;
  /** The Message-ID header including angle brackets, or null when the message had none. */
  messageId: string | null;
  /** The From header as text ("Name <address>"), or the envelope sender when the header is missing. */
  from: string;
  /** Envelope recipients (RCPT TO, so Cc and Bcc are included), in the order first seen. */
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  /** The Date header (ISO 8601), or the time of the first delivery when the header is missing. */
  date: string;
  /** When the catcher received the first delivery (ISO 8601). */
  receivedAt: string;
  /** How many SMTP transactions delivered this message (same Message-ID). */
  deliveries: number;
  /**
   * Header name (lower case) to raw value: unfolded, not MIME-decoded. Repeated headers
   * (Received) are joined with a newline.
   */
  headers: Record<string, string>;
};

export type Envelope = { mailFrom: string; rcptTo: string[] };

/** Keeps the newest messages only, so a catcher left running for days does not grow forever. */
export const MAX_STORED_MESSAGES = 1000;

function headerRecord(parsed: ParsedMail): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { key, line } of parsed.headerLines) {
    const colon = line.indexOf(":");
    const value = (colon === -1 ? "" : line.slice(colon + 1)).replace(/\r?\n[ \t]+/g, " ").trim();
    const name = key.toLowerCase();
    headers[name] = name in headers ? `${headers[name]}\n${value}` : value;
  }
  return headers;
}

function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export class MailStore {
  private messages: CaughtMessage[] = [];
  private nextId = 1;

  /** Stores a delivery, or counts it against an earlier message with the same Message-ID. */
  add(parsed: ParsedMail, envelope: Envelope, now = new Date()): CaughtMessage {
    const messageId = parsed.messageId?.trim() || null;
    const existing = messageId ? this.messages.find((message) => message.messageId === messageId) : undefined;
    if (existing) {
      existing.deliveries += 1;
      for (const recipient of envelope.rcptTo) {
        if (!existing.to.some((known) => sameAddress(known, recipient))) existing.to.push(recipient);
      }
      return existing;
    }

    const message: CaughtMessage = {
      id: String(this.nextId++),
      messageId,
      from: parsed.from?.text || envelope.mailFrom,
      to: [...new Map(envelope.rcptTo.map((address) => [address.toLowerCase(), address])).values()],
      subject: parsed.subject ?? "",
      text: parsed.text ?? "",
      html: typeof parsed.html === "string" ? parsed.html : null,
      date: (parsed.date ?? now).toISOString(),
      receivedAt: now.toISOString(),
      deliveries: 1,
      headers: headerRecord(parsed),
    };
    this.messages.push(message);
    if (this.messages.length > MAX_STORED_MESSAGES) this.messages.splice(0, this.messages.length - MAX_STORED_MESSAGES);
    return message;
  }

  /** Oldest first (newest last); `to` filters by recipient, case-insensitively. */
  list(to?: string): CaughtMessage[] {
    const all = to ? this.messages.filter((message) => message.to.some((address) => sameAddress(address, to))) : this.messages;
    return all.map((message) => structuredClone(message));
  }

  get(id: string): CaughtMessage | undefined {
    const message = this.messages.find((candidate) => candidate.id === id);
    return message && structuredClone(message);
  }

  remove(id: string): boolean {
    const before = this.messages.length;
    this.messages = this.messages.filter((message) => message.id !== id);
    return this.messages.length !== before;
  }

  clear(): void {
    this.messages = [];
  }
}
