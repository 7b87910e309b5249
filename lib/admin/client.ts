// The admin pages' one way to call the mutating API (same origin: the browser adds Origin and the cookie).
import type { ApiErrorBody } from '@/lib/api/errors';

export type SendResult<T> = { ok: true; data: T } | { ok: false; status: number; error: ApiErrorBody['error'] };

/** Sends a body as it is; answers the response when it is 2xx (to read as JSON or as a stream), else its error. */
export async function sendBody(method: 'POST' | 'PUT' | 'DELETE', url: string, body: BodyInit, contentType: string): Promise<SendResult<Response>> {
  let response: Response;
  try {
    response = await fetch(url, { method, headers: { 'Content-Type': contentType, Accept: 'application/json' }, body });
  } catch {
    return { ok: false, status: 0, error: { code: 'internal_error', message: 'The server could not be reached. Check your connection and try again.' } };
  }
  if (response.ok) return { ok: true, data: response };
  const json = (await response.json().catch(() => null)) as ApiErrorBody | null;
  return { ok: false, status: response.status, error: json?.error ?? { code: 'internal_error', message: `The server answered ${response.status}` } };
}

export async function sendJson<T>(method: 'POST' | 'PUT' | 'DELETE', url: string, body: unknown): Promise<SendResult<T>> {
  const sent = await sendBody(method, url, JSON.stringify(body), 'application/json');
  if (!sent.ok) return sent;
  return { ok: true, data: (await sent.data.json().catch(() => null)) as T };
}
