// Sends one signed webhook body: node:http(s) with a DNS lookup that refuses any address not allowed
// (lib/webhooks/address.ts), so the connection goes only where the check said; no redirects followed.
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isAllowedAddress, resolveAllowed, WebhookAddressError } from './address';

export const POST_TIMEOUT_MS = 10_000;
/** Enough of an answer to show the admin why it failed. */
const MAX_ANSWER_CHARS = 300;

export interface PostResult {
  status: number;
  body: string;
}

const checkedLookup: LookupFunction = (hostname, options, callback) => {
  resolveAllowed(hostname).then(
    (addresses) => {
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    },
    (error: Error) => callback(error as NodeJS.ErrnoException, '', 0),
  );
};

export async function postSigned(url: string, body: string, headers: Record<string, string>, timeoutMs = POST_TIMEOUT_MS): Promise<PostResult> {
  const target = new URL(url);
  const host = target.hostname.replace(/^\[(.*)\]$/, '$1');
  // A literal address is never looked up: check it here.
  if (isIP(host) && !isAllowedAddress(host)) throw new WebhookAddressError(`${host} is a private or reserved address: webhooks only go to public addresses`);
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      target,
      {
        method: 'POST',
        lookup: checkedLookup,
        timeout: timeoutMs,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'User-Agent': 'Sitmap-Webhook/1', ...headers },
      },
      (response) => {
        let answer = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          if (answer.length < MAX_ANSWER_CHARS) answer += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: answer.slice(0, MAX_ANSWER_CHARS) }));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`No answer within ${timeoutMs / 1000} s`)));
    request.on('error', reject);
    request.end(body);
  });
}
