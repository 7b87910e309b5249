import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, SECURITY_HEADERS } from './headers';

const directive = (csp: string, name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));

describe('contentSecurityPolicy', () => {
  it('allows scripts only with the nonce, never inline or eval in production', () => {
    const csp = contentSecurityPolicy('abc123');
    expect(directive(csp, 'script-src')).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
  });

  it('adds unsafe-eval in development only', () => {
    expect(directive(contentSecurityPolicy('n', true), 'script-src')).toContain("'unsafe-eval'");
  });

  it('gives MapLibre its data: images and same-origin worker, and forbids framing', () => {
    const csp = contentSecurityPolicy('n');
    expect(directive(csp, 'img-src')).toBe("img-src 'self' data:");
    expect(directive(csp, 'worker-src')).toBe("worker-src 'self'");
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
  });
});

describe('SECURITY_HEADERS', () => {
  it('forbids MIME sniffing and sets a referrer policy', () => {
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  });
});
