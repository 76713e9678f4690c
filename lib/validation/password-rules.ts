/**
 * Kept apart from the zod schemas so the sign-up form can show it without shipping zod to the browser:
 * zod probes for eval() when it builds a schema, which the Content-Security-Policy reports as a violation.
 */
export const PASSWORD_MIN_LENGTH = 8;
