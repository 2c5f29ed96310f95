/**
 * The classroom's typed errors. The set of codes is closed: each maps to one HTTP status, and
 * every failure of the API is `{ code, message }`. Anything else is unexpected, logged once and
 * answered as "internal" without a stack trace.
 */
export type ClassErrorCode =
  | "invalid-request"
  | "unauthenticated"
  | "forbidden"
  | "not-found"
  | "conflict"
  | "closed"
  | "too-large"
  | "locked"
  | "internal";

export class ClassError extends Error {
  readonly code: ClassErrorCode;

  constructor(code: ClassErrorCode, message: string) {
    super(message);
    this.name = "ClassError";
    this.code = code;
  }
}

export function isClassError(error: unknown): error is ClassError {
  return error instanceof ClassError;
}

export function httpStatusFor(code: ClassErrorCode): number {
  switch (code) {
    case "invalid-request":
      return 400;
    case "unauthenticated":
      return 401;
    case "forbidden":
      return 403;
    case "not-found":
      return 404;
    case "conflict":
    case "closed":
      return 409;
    case "too-large":
      return 413;
    case "locked":
      return 423;
    case "internal":
      return 500;
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}

/** Not a member and no such class look the same from outside. */
export const CLASS_NOT_FOUND = "This class does not exist, or you are not a member of it.";
export const INTERNAL_MESSAGE = "Something went wrong on our side. Try again in a moment.";

export function notFound(message = CLASS_NOT_FOUND): ClassError {
  return new ClassError("not-found", message);
}

/** The one place where an unexpected failure is logged. */
export function toClassError(error: unknown, context: string): ClassError {
  if (isClassError(error)) return error;
  console.error(`[classes] ${context} failed`, error);
  return new ClassError("internal", INTERNAL_MESSAGE);
}
