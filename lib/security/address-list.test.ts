import { describe, expect, it } from 'vitest';
import { inAddressList, parseAddressList } from './address-list';

describe('address lists', () => {
  it('holds a listed address', () => {
    expect(inAddressList(parseAddressList('127.0.0.1'), '127.0.0.1')).toBe(true);
  });

  it('holds every address of a listed range', () => {
    expect(inAddressList(parseAddressList('10.0.0.0/8'), '10.200.3.4')).toBe(true);
  });

  it('holds IPv6 addresses', () => {
    expect(inAddressList(parseAddressList('::1, fd00::/8'), 'fd12::5')).toBe(true);
  });

  it('does not hold an address outside its entries', () => {
    expect(inAddressList(parseAddressList('127.0.0.1, 10.0.0.0/8'), '192.0.2.1')).toBe(false);
  });

  it('skips entries that are not addresses', () => {
    expect(inAddressList(parseAddressList('localhost, , 127.0.0.1'), '127.0.0.1')).toBe(true);
  });

  it('does not hold something that is not an address', () => {
    expect(inAddressList(parseAddressList('127.0.0.1'), 'unknown')).toBe(false);
  });

  it('is empty for an empty setting', () => {
    expect(inAddressList(parseAddressList(''), '127.0.0.1')).toBe(false);
  });
});
