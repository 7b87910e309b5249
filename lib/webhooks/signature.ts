// The signature of a webhook body: HMAC-SHA256 with the webhook's secret, as
// `X-Sitmap-Signature: sha256=<hex>`. A receiver recomputes it over the raw body and compares in
// constant time (verifySignature is what it would run).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-Sitmap-Signature';

export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export function verifySignature(secret: string, body: string, header: string | null | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signBody(secret, body));
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A fresh per-webhook secret (256 bits). */
export function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}
