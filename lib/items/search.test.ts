import { describe, expect, it } from 'vitest';
import { matchesSearch, toFtsQuery, toTsQuery } from './search';

describe('toFtsQuery', () => {
  it('makes every word a quoted prefix', () => {
    expect(toFtsQuery('Guerassimov appel')).toBe('"Guerassimov"* "appel"*');
  });

  it('drops FTS5 operators and quotes from the input', () => {
    expect(toFtsQuery('NEAR("a" OR b*) -c')).toBe('"NEAR"* "a"* "OR"* "b"* "c"*');
  });

  it('keeps accented letters for the tokenizer to fold', () => {
    expect(toFtsQuery('Guérassimov')).toBe('"Guérassimov"*');
  });

  it('answers null for input without words', () => {
    expect(toFtsQuery('  "" ** ')).toBeNull();
  });
});

describe('toTsQuery', () => {
  it('joins every word as a prefix with AND', () => {
    expect(toTsQuery('Guerassimov appel')).toBe('Guerassimov:* & appel:*');
  });

  it('drops tsquery operators from the input', () => {
    expect(toTsQuery("a & !b | c:* <-> 'd'")).toBe('a:* & b:* & c:* & d:*');
  });

  it('answers null for input without words', () => {
    expect(toTsQuery(' & | ! ')).toBeNull();
  });
});

describe('matchesSearch', () => {
  it('needs every word, as a prefix of a word, accents folded either way', () => {
    expect(matchesSearch('Guerassimov appel', ['Premier appel de Guérassimov'])).toBe(true);
    expect(matchesSearch('Guéras', ['Gerasimov and Guerassimov'])).toBe(true);
    expect(matchesSearch('Guerassimov Brown', ['Premier appel de Guérassimov'])).toBe(false);
  });

  it('does not match inside a word', () => {
    expect(matchesSearch('ssimov', ['Guérassimov'])).toBe(false);
  });
});
