// Typed API errors: handlers throw them, `withErrors` turns them into JSON answers in one place.
import { ZodError } from 'zod';
import { ExcerptError } from '@/lib/sources/excerpts';

export type ApiErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'too_many_requests'
  | 'internal_error';

const STATUS: Record<ApiErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  too_many_requests: 429,
  internal_error: 500,
};

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields?: Record<string, string[]>,
    /** Extra data the client needs to recover, e.g. the current item on a 409 conflict. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; fields?: Record<string, string[]>; details?: Record<string, unknown> };
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

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof ZodError) {
    const fields = zodFieldErrors(error);
    const first = Object.entries(fields)[0];
    const message = first ? `${first[0] === '_' ? '' : `${first[0]}: `}${first[1][0]}` : 'Invalid input';
    return new ApiError('bad_request', message, fields);
  }
  if (error instanceof ExcerptError) return new ApiError('bad_request', error.message, { excerpt: [error.message] });
  return new ApiError('internal_error', 'Something went wrong on the server');
}
