import { describe, expect, it } from 'vitest';
import { toFtsQuery, toTsQuery } from './search';

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
