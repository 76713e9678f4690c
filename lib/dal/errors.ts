/** A mistake the person can fix: its message is shown to them as it is, next to `field` if given. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "UserError";
  }
}

/** Something does not exist or is not theirs. Both read the same, so ids are never confirmed. */
export class NotFoundError extends UserError {
  constructor(what = "That item") {
    super(`${what} was not found.`);
    this.name = "NotFoundError";
  }
}

export class NotAuthorizedError extends UserError {
  constructor(message = "Please sign in to continue.") {
    super(message);
    this.name = "NotAuthorizedError";
  }
}

export class ForbiddenError extends UserError {
  constructor(message = "Your account does not have access to this.") {
    super(message);
    this.name = "ForbiddenError";
  }
}
