/**
 * Domain errors. The data access layer throws them; server actions turn them
 * into form state (lib/forms/state.ts) and pages into notFound(). The
 * message is what a person may read; details stay in the server log.
 */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly code: "not_found" | "forbidden" | "conflict" | "invalid" | "throttled",
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** Also used where something exists but the viewer may not know that it does. */
export class NotFoundError extends DomainError {
  constructor(message = "We couldn't find that.") {
    super(message, "not_found");
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "You can't do that.") {
    super(message, "forbidden");
  }
}

export class ConflictError extends DomainError {
  constructor(message: string) {
    super(message, "conflict");
  }
}

export class ThrottledError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts. Please wait ${describeWait(retryAfterSeconds)} and try again.`, "throttled");
  }
}

export function describeWait(seconds: number) {
  if (seconds < 60) return `${Math.max(1, Math.ceil(seconds))} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}
