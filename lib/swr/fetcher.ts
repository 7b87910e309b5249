import type { ApiErrorBody } from '@/lib/api/errors';

class FetchError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** SWR fetcher: JSON on success, a FetchError carrying the API's own message otherwise. */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ApiErrorBody | null;
    throw new FetchError(body?.error.message ?? `The server answered ${response.status}`, response.status);
  }
  return (await response.json()) as T;
}
