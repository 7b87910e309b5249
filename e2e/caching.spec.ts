import { expect, test } from '@playwright/test';

test('a read answers 304 with an empty body to a client whose copy is current, through the server', async ({ request }) => {
  const first = await request.get('/api/items');
  const etag = first.headers()['etag'];
  expect(etag).toMatch(/^"[\w-]+"$/);
  expect(first.headers()['cache-control']).toBe('public, no-cache');

  const again = await request.get('/api/items', { headers: { 'If-None-Match': etag } });
  expect(again.status()).toBe(304);
  expect((await again.body()).byteLength).toBe(0);
  expect(again.headers()['etag']).toBe(etag);
});

test('the API answers carry the security headers, without the page proxy', async ({ request }) => {
  for (const path of ['/api/items', '/api/tiles/0/0/0', '/ogc', '/ogc/collections']) {
    const headers = (await request.get(path)).headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['content-security-policy'], path).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(headers['x-frame-options'], path).toBe('DENY');
  }
});
