import { describe, expect, it } from 'vitest';
import { negotiateLocale, requestLocale } from './locales';

describe('negotiateLocale', () => {
  it('picks French for a French browser', () => {
    expect(negotiateLocale('fr-FR,fr;q=0.9,en;q=0.8')).toBe('fr');
  });

  it('picks English when English ranks higher', () => {
    expect(negotiateLocale('en-GB,en;q=0.9,fr;q=0.5')).toBe('en');
  });

  it('honours q-values over order', () => {
    expect(negotiateLocale('en;q=0.3,fr;q=0.9')).toBe('fr');
  });

  it('skips languages it does not speak', () => {
    expect(negotiateLocale('de-DE,fr;q=0.5')).toBe('fr');
  });

  it('falls back to English without a header', () => {
    expect(negotiateLocale(null)).toBe('en');
  });
});

describe('requestLocale', () => {
  it('takes ?lang= over the browser', () => {
    expect(requestLocale('en', 'fr-FR,fr;q=0.9')).toBe('en');
  });

  it('follows the browser when ?lang= is absent or names no interface language', () => {
    expect([requestLocale(null, 'fr-FR,fr;q=0.9'), requestLocale('de', 'fr-CA')]).toEqual(['fr', 'fr']);
  });
});
