// The admin pages' one way to call the mutating API (same origin: the browser adds Origin and the cookie).
import type { ApiErrorBody } from '@/lib/api/errors';

export type SendResult<T> = { ok: true; data: T } | { ok: false; status: number; error: ApiErrorBody['error'] };

export async function sendJson<T>(method: 'POST' | 'PUT' | 'DELETE', url: string, body: unknown): Promise<SendResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, error: { code: 'internal_error', message: 'The server could not be reached. Check your connection and try again.' } };
  }
  const json = (await response.json().catch(() => null)) as unknown;
  if (response.ok) return { ok: true, data: json as T };
  const error = (json as ApiErrorBody | null)?.error ?? { code: 'internal_error' as const, message: `The server answered ${response.status}` };
  return { ok: false, status: response.status, error };
}
