// Errors the domain modules throw, in their own words and without HTTP: lib/api/errors.ts maps each kind
// to its answer (400, 404, 409), so items, sources, regions and the import know nothing of the API.
import type { ZodError } from 'zod';

/** What went wrong, as the caller can act on it. */
export type DomainErrorCode = 'invalid' | 'not_found' | 'conflict';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Field path -> messages, for input that cannot be written as it is. */
    readonly fields?: Record<string, string[]>,
    /** What the caller needs to recover, e.g. the current item on a conflict. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** No record has the id asked for. */
export class NotFoundError extends DomainError {
  constructor(message: string) {
    super('not_found', message);
  }
}

/** Input that passed its schema but cannot be written (e.g. it cites a record that does not exist). */
export class InvalidInputError extends DomainError {
  constructor(message: string, fields: Record<string, string[]>) {
    super('invalid', message, fields);
  }
}

/** The record moved on since the caller read it (optimistic locking): `details` says how it is now. */
export class ConflictError extends DomainError {
  constructor(message: string, details: Record<string, unknown>) {
    super('conflict', message, undefined, details);
  }
}

/** Field path ("geometry.coordinates.0") -> messages, in the words the schemas use. */
export function zodFieldErrors(error: ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}
