/** One error type for the whole app; raw error text never reaches a user. */
import type { MessageKey } from "@/lib/i18n/translate";

export type ErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "VALIDATION" | "UNAVAILABLE" | "INTERNAL";

const userMessages: Record<ErrorCode, MessageKey> = {
  UNAUTHENTICATED: "common.errors.unauthenticated",
  FORBIDDEN: "common.errors.notFound",
  NOT_FOUND: "common.errors.notFound",
  CONFLICT: "common.errors.conflict",
  VALIDATION: "common.errors.validation",
  UNAVAILABLE: "common.errors.unavailable",
  INTERNAL: "common.errors.internal",
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: MessageKey;

  constructor(code: ErrorCode, options: { userMessage?: MessageKey; cause?: unknown } = {}) {
    super(code, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.userMessage = options.userMessage ?? userMessages[code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
