// Where a webhook may send (SSRF): http(s) only, and only to public addresses. The host is resolved
// and every address it resolves to is checked, at registration and again at each delivery (the
// connection uses the addresses just checked, so a DNS answer that changes in between cannot
// redirect it). SITMAP_WEBHOOK_ALLOW_PRIVATE lists addresses or CIDR ranges allowed anyway, e.g.
// "127.0.0.1" for tests or "10.0.0.0/8" for an intranet.
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { inAddressList, parseAddressList, unmappedAddress } from '@/lib/security/address-list';

export class WebhookAddressError extends Error {}

/** Loopback, private, link-local, shared, documentation, multicast and reserved ranges (IANA special-purpose registries). */
const NOT_PUBLIC: Array<[string, number, 'ipv4' | 'ipv6']> = [
  ['0.0.0.0', 8, 'ipv4'],
  ['10.0.0.0', 8, 'ipv4'],
  ['100.64.0.0', 10, 'ipv4'],
  ['127.0.0.0', 8, 'ipv4'],
  ['169.254.0.0', 16, 'ipv4'],
  ['172.16.0.0', 12, 'ipv4'],
  ['192.0.0.0', 24, 'ipv4'],
  ['192.0.2.0', 24, 'ipv4'],
  ['192.168.0.0', 16, 'ipv4'],
  ['198.18.0.0', 15, 'ipv4'],
  ['198.51.100.0', 24, 'ipv4'],
  ['203.0.113.0', 24, 'ipv4'],
  ['224.0.0.0', 4, 'ipv4'],
  ['240.0.0.0', 4, 'ipv4'],
  ['::', 128, 'ipv6'],
  ['::1', 128, 'ipv6'],
  ['64:ff9b::', 96, 'ipv6'],
  ['100::', 64, 'ipv6'],
  ['2001:db8::', 32, 'ipv6'],
  ['fc00::', 7, 'ipv6'],
  ['fe80::', 10, 'ipv6'],
  ['ff00::', 8, 'ipv6'],
];

const notPublic = new BlockList();
for (const [network, prefix, type] of NOT_PUBLIC) notPublic.addSubnet(network, prefix, type);

/** SITMAP_WEBHOOK_ALLOW_PRIVATE is read at each check (tests set it). */
export function isAllowedAddress(address: string, setting = process.env.SITMAP_WEBHOOK_ALLOW_PRIVATE ?? ''): boolean {
  const plain = unmappedAddress(address);
  const type = isIP(plain) === 6 ? 'ipv6' : 'ipv4';
  return !notPublic.check(plain, type) || inAddressList(parseAddressList(setting), plain);
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Every address `hostname` resolves to, or a WebhookAddressError if any of them is not allowed. */
export async function resolveAllowed(hostname: string): Promise<ResolvedAddress[]> {
  const host = hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: ResolvedAddress[];
  try {
    addresses = (await lookup(host, { all: true, verbatim: true })) as ResolvedAddress[];
  } catch {
    throw new WebhookAddressError(`The host ${host} could not be resolved`);
  }
  const refused = addresses.find(({ address }) => !isAllowedAddress(address));
  if (refused) throw new WebhookAddressError(`The host ${host} resolves to ${refused.address}, a private or reserved address: webhooks only go to public addresses`);
  return addresses;
}

/** A URL a webhook may use: http(s) to a host resolving to allowed addresses only. */
export async function checkWebhookUrl(url: string): Promise<URL> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new WebhookAddressError('The address is not a URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new WebhookAddressError('The address must start with http:// or https://');
  if (parsed.username || parsed.password) throw new WebhookAddressError('The address must not carry a user name or password');
  await resolveAllowed(parsed.hostname);
  return parsed;
}
