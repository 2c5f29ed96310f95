import { RateLimitedError } from "@/lib/server/rate-limit-policy";

/**
 * The drafting feature's typed errors. The set of codes is closed: the API maps each to one HTTP
 * status, and the pages to one message. Anything else is unexpected, logged once and shown as
 * "internal".
 */
export type DraftErrorCode =
  | "unauthenticated"
  | "not-found"
  | "forbidden"
  | "conflict"
  | "invalid-document"
  | "invalid-request"
  | "too-large"
  | "rate-limited"
  | "cannot-share-with-owner"
  | "internal";

export class DraftError extends Error {
  readonly code: DraftErrorCode;
  readonly details: unknown;

  constructor(code: DraftErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "DraftError";
    this.code = code;
    this.details = details;
  }
}

export function isDraftError(error: unknown): error is DraftError {
  return error instanceof DraftError;
}

export function httpStatusFor(code: DraftErrorCode): number {
  switch (code) {
    case "unauthenticated":
      return 401;
    case "not-found":
      return 404;
    case "forbidden":
      return 403;
    case "conflict":
      return 409;
    case "too-large":
      return 413;
    case "rate-limited":
      return 429;
    case "invalid-document":
    case "invalid-request":
    case "cannot-share-with-owner":
      return 400;
    case "internal":
      return 500;
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}

/** What a user reads; never a stack trace. */
export const NOT_FOUND_MESSAGE = "This draft does not exist, or you do not have access to it.";
export const INTERNAL_MESSAGE = "Something went wrong on our side. Your text is kept in this browser; try again in a moment.";

/**
 * The one place where an unexpected failure is logged: a DraftError passes through as it is,
 * anything else is logged once with its context and becomes "internal".
 */
export function toDraftError(error: unknown, context: string): DraftError {
  if (isDraftError(error)) return error;
  // A refusal of a rate limit (lib/server/rate-limit-policy.ts) reaches actions as its message.
  if (error instanceof RateLimitedError) return new DraftError("rate-limited", error.message);
  console.error(`[drafts] ${context} failed`, error);
  return new DraftError("internal", INTERNAL_MESSAGE);
}

export type ActionFailure = { ok: false; code: DraftErrorCode; message: string };

export function actionFailure(error: unknown, context: string): ActionFailure {
  const failure = toDraftError(error, context);
  return { ok: false, code: failure.code, message: failure.message };
}
