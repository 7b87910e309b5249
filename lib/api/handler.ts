import 'server-only';
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { tooLargeMessage } from './body-size';
import { ApiError, toApiError, zodFieldErrors, type ApiErrorBody } from './errors';

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/** Wraps a route handler: thrown ApiErrors and ZodErrors become JSON errors with the right status. */
export function withErrors<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.status >= 500) console.error(error);
      const body: ApiErrorBody = {
        error: {
          code: apiError.code,
          message: apiError.message,
          ...(apiError.fields && { fields: apiError.fields }),
          ...(apiError.details && { details: apiError.details }),
        },
      };
      return NextResponse.json(body, { status: apiError.status });
    }
  };
}

/** Parses one path or query parameter; a bad value answers 400 naming the parameter. */
export function parseParam<S extends z.ZodType>(schema: S, value: unknown, name: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const messages = Object.values(zodFieldErrors(result.error)).flat();
  throw new ApiError('bad_request', `${name}: ${messages[0]}`, { [name]: messages });
}

/** Request bodies above this are refused before parsing (a 10 000-vertex polygon is about 400 KB). */
export const MAX_BODY_BYTES = 1_000_000;

export interface BodyOptions {
  /** Larger bodies answer 413 (default MAX_BODY_BYTES). */
  maxBytes?: number;
  /** What the body is, in the error messages: "The request body", "The file". */
  subject?: string;
}

/** Reads a JSON body and parses it with a shared schema: too big answers 413, malformed JSON or bad fields 400. */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S, { maxBytes = MAX_BODY_BYTES, subject = 'The request body' }: BodyOptions = {}): Promise<z.output<S>> {
  const text = await readBodyText(request, maxBytes, subject);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError('bad_request', `${subject} is not valid JSON`, { _: [`${subject} is not valid JSON`] });
  }
  return schema.parse(value);
}

/** Stops reading as soon as the body passes the limit, whatever Content-Length claims. */
async function readBodyText(request: Request, maxBytes: number, subject: string): Promise<string> {
  const tooLarge = () => new ApiError('payload_too_large', tooLargeMessage(subject, maxBytes));
  if (Number(request.headers.get('content-length')) > maxBytes) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

