import { describe, expect, it } from 'vitest';
import { clientAddress } from './request';

function requestForwardedFor(chain: string | null): Request {
  return new Request('http://127.0.0.1:3000/api/auth/sign-in', { headers: chain === null ? {} : { 'X-Forwarded-For': chain } });
}

describe('clientAddress', () => {
  it('is the peer (the last hop) when no proxy is trusted, whatever the client wrote before it', () => {
    expect(clientAddress(requestForwardedFor('198.51.100.7, 127.0.0.1'), '')).toBe('127.0.0.1');
  });

  it('skips a trusted proxy to the address it saw', () => {
    expect(clientAddress(requestForwardedFor('203.0.113.9, 127.0.0.1'), '127.0.0.1')).toBe('203.0.113.9');
  });

  it('ignores what the client wrote to the left of the address the trusted proxy saw', () => {
    expect(clientAddress(requestForwardedFor('10.9.9.9, 203.0.113.9, 127.0.0.1'), '127.0.0.1')).toBe('203.0.113.9');
  });

  it('skips every trusted hop of a chain of proxies, ranges included', () => {
    expect(clientAddress(requestForwardedFor('203.0.113.9, 10.0.0.5, 127.0.0.1'), '127.0.0.1, 10.0.0.0/8')).toBe('203.0.113.9');
  });

  it('does not believe a hop from an untrusted peer', () => {
    expect(clientAddress(requestForwardedFor('203.0.113.9, 192.0.2.50'), '127.0.0.1')).toBe('192.0.2.50');
  });

  it('keeps the first hop when every hop is trusted', () => {
    expect(clientAddress(requestForwardedFor('127.0.0.1'), '127.0.0.1')).toBe('127.0.0.1');
  });

  it('reads an IPv4-mapped IPv6 peer as the IPv4 address it is', () => {
    expect(clientAddress(requestForwardedFor('203.0.113.9, ::ffff:127.0.0.1'), '127.0.0.1')).toBe('203.0.113.9');
  });

  it('is "unknown" without X-Forwarded-For', () => {
    expect(clientAddress(requestForwardedFor(null), '127.0.0.1')).toBe('unknown');
  });
});
