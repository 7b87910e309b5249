import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, verifyPassword } from './password';

describe('hashPassword / verifyPassword', () => {
  it('accepts the password it hashed', async () => {
    expect(await verifyPassword(await hashPassword('a long passphrase'), 'a long passphrase')).toBe(true);
  });

  it('refuses another password', async () => {
    expect(await verifyPassword(await hashPassword('a long passphrase'), 'a long passphrasf')).toBe(false);
  });

  it('never stores the password itself and salts every hash', async () => {
    const [first, second] = [await hashPassword('same password'), await hashPassword('same password')];
    expect(first).not.toContain('same password');
    expect(first).not.toBe(second);
    expect(first).toMatch(/^scrypt\$32768\$8\$3\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
  });

  it('treats a malformed stored hash as no match', async () => {
    expect(await verifyPassword('plain-text', 'plain-text')).toBe(false);
    expect(await verifyPassword('scrypt$x$y$z$c2FsdA==$aGFzaA==', 'anything')).toBe(false);
  });
});

describe('generatePassword', () => {
  it('gives a different 24-character password each time', () => {
    const passwords = new Set(Array.from({ length: 20 }, generatePassword));
    expect(passwords.size).toBe(20);
    for (const password of passwords) expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });
});
