/**
 * SMTP side of the development mail catcher: plain SMTP on 127.0.0.1, no TLS, authentication
 * optional (any credentials are accepted, so a portal configured with SMTP_USER/SMTP_PASSWORD
 * still works against the catcher). Every message is parsed and kept in the MailStore.
 *
 * While the simulated outage is on, new connections are refused with 421 and open connections
 * get 421 at their next MAIL FROM, RCPT TO or end of DATA, like a real server that went away.
 */
import { simpleParser } from "mailparser";
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from "smtp-server";
import { logger } from "../../log";
import type { CatcherState } from "./http-api";

export const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

function smtpError(responseCode: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode });
}

const outageError = () => smtpError(421, "Service temporarily unavailable (simulated outage), try again later");

/** Reads the DATA stream, keeping at most MAX_MESSAGE_BYTES; `null` when the message was larger. */
function readMessage(stream: SMTPServerDataStream): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_MESSAGE_BYTES) chunks.push(chunk);
    });
    stream.on("end", () => resolve(stream.sizeExceeded || size > MAX_MESSAGE_BYTES ? null : Buffer.concat(chunks)));
    stream.on("error", reject);
  });
}

async function receive(stream: SMTPServerDataStream, session: SMTPServerSession, state: CatcherState): Promise<void> {
  const raw = await readMessage(stream);
  if (raw === null) throw smtpError(552, `Message exceeds fixed maximum message size ${MAX_MESSAGE_BYTES}`);
  if (state.outage.down) throw outageError();
  const parsed = await simpleParser(raw);
  const { mailFrom, rcptTo } = session.envelope;
  const message = state.store.add(parsed, {
    mailFrom: mailFrom ? mailFrom.address : "",
    rcptTo: rcptTo.map((recipient) => recipient.address),
  });
  logger.info("Development mail catcher received a message", { id: message.id, deliveries: message.deliveries });
}

export function createSmtpServer(state: CatcherState): SMTPServer {
  return new SMTPServer({
    name: "okienko-dev-mail-catcher",
    banner: "Okienko development mail catcher",
    logger: false,
    secure: false,
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    allowInsecureAuth: true,
    disableReverseLookup: true,
    size: MAX_MESSAGE_BYTES,
    rejectOversized: true,
    closeTimeout: 1000,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username || "developer" }),
    onConnect: (_session, callback) => callback(state.outage.down ? outageError() : null),
    onMailFrom: (_address, _session, callback) => callback(state.outage.down ? outageError() : null),
    onRcptTo: (_address, _session, callback) => callback(state.outage.down ? outageError() : null),
    onData: (stream, session, callback) => {
      receive(stream, session, state).then(
        () => callback(),
        (error: unknown) => {
          if (error instanceof Error && "responseCode" in error) return callback(error);
          logger.error("Development mail catcher could not parse a message", { error: String(error) });
          callback(smtpError(451, "Could not process the message, try again later"));
        },
      );
    },
  });
}
