import { describe, expect, it } from 'vitest';
import { isNotModified } from './conditional';

const lastModified = new Date('2026-11-29T08:00:00.400Z');
const headers = (entries: Record<string, string>) => new Headers(entries);

describe('isNotModified', () => {
  it('is true for the same ETag, weak or strong, alone or in a list', () => {
    expect(isNotModified(headers({ 'If-None-Match': '"abc"' }), '"abc"', lastModified)).toBe(true);
    expect(isNotModified(headers({ 'If-None-Match': '"x", W/"abc"' }), '"abc"', lastModified)).toBe(true);
  });

  it('is false for another ETag, even with a current date (the ETag wins)', () => {
    expect(isNotModified(headers({ 'If-None-Match': '"old"', 'If-Modified-Since': lastModified.toUTCString() }), '"abc"', lastModified)).toBe(false);
  });

  it('compares dates to the second, as HTTP dates go', () => {
    expect(isNotModified(headers({ 'If-Modified-Since': 'Sun, 29 Nov 2026 08:00:00 GMT' }), '"abc"', lastModified)).toBe(true);
    expect(isNotModified(headers({ 'If-Modified-Since': 'Sun, 29 Nov 2026 07:59:59 GMT' }), '"abc"', lastModified)).toBe(false);
  });

  it('is false without validators or with a malformed date', () => {
    expect(isNotModified(headers({}), '"abc"', lastModified)).toBe(false);
    expect(isNotModified(headers({ 'If-Modified-Since': 'yesterday' }), '"abc"', lastModified)).toBe(false);
  });
});
