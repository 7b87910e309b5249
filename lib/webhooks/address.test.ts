import { describe, expect, it } from 'vitest';
import { isAllowedAddress } from './address';

describe('isAllowedAddress', () => {
  it.each(['8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('allows the public address %s', (address) => {
    expect(isAllowedAddress(address, '')).toBe(true);
  });

  it.each(['127.0.0.1', '10.0.0.1', '172.20.1.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fd00::1', 'fe80::1', '::ffff:10.0.0.1'])(
    'refuses the private or reserved address %s',
    (address) => {
      expect(isAllowedAddress(address, '')).toBe(false);
    },
  );

  it('allows the private addresses and ranges the setting lists, and only those', () => {
    expect(isAllowedAddress('127.0.0.1', '127.0.0.1')).toBe(true);
    expect(isAllowedAddress('10.3.2.1', '127.0.0.1, 10.0.0.0/8')).toBe(true);
    expect(isAllowedAddress('192.168.0.1', '127.0.0.1, 10.0.0.0/8')).toBe(false);
  });
});
