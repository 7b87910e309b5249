// Typed API errors: handlers throw them (and domain errors, lib/errors.ts, map to them), `withErrors`
// turns them into JSON answers in one place.
import { ZodError } from 'zod';
import { DomainError, zodFieldErrors, type DomainErrorCode } from '@/lib/errors';

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

const DOMAIN_ERROR_CODES: Record<DomainErrorCode, ApiErrorCode> = {
  invalid: 'bad_request',
  not_found: 'not_found',
  conflict: 'conflict',
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

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof ZodError) {
    const fields = zodFieldErrors(error);
    const first = Object.entries(fields)[0];
    const message = first ? `${first[0] === '_' ? '' : `${first[0]}: `}${first[1][0]}` : 'Invalid input';
    return new ApiError('bad_request', message, fields);
  }
  if (error instanceof DomainError) return new ApiError(DOMAIN_ERROR_CODES[error.code], error.message, error.fields, error.details);
  return new ApiError('internal_error', 'Something went wrong on the server');
}
