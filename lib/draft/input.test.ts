import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/errors';
import { assertDraftSize, detectLanguage, draftInputSchema, draftLanguage, MAX_DRAFT_BYTES } from './input';

const valid = { text: 'Russian forces struck Kharkiv on Tuesday, the ministry said.', published: '2024-12-05' };

function firstMessage(input: unknown): string {
  const result = draftInputSchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error!.issues[0].message;
}

describe('draftInputSchema', () => {
  it('accepts plain text with a publication day', () => {
    expect(draftInputSchema.parse(valid)).toEqual(valid);
  });

  it('refuses empty text', () => {
    expect(firstMessage({ ...valid, text: '  \n ' })).toBe('The article text is empty');
  });

  it('refuses HTML with a message saying to paste plain text', () => {
    expect(firstMessage({ ...valid, text: '<div><p>Russian forces struck Kharkiv.</p></div>' })).toMatch(/HTML.*plain text/);
  });

  it('accepts a "<" that is not markup', () => {
    expect(draftInputSchema.safeParse({ ...valid, text: 'Losses were < 10 % of the force, officials said.' }).success).toBe(true);
  });

  it('refuses a control character, saying which and where', () => {
    expect(firstMessage({ ...valid, text: 'Troops\u0007 moved.' })).toBe('The text contains a control character (U+0007 at offset 6): remove it or paste the text again');
  });

  it('refuses a publication day that does not exist', () => {
    expect(firstMessage({ ...valid, published: '2024-02-30' })).toBe('The publication date is not a real date');
  });

  it('refuses a language other than fr or en', () => {
    expect(firstMessage({ ...valid, lang: 'de' })).toBe('The language must be fr or en');
  });
});

describe('assertDraftSize', () => {
  it('answers 413 above the limit', () => {
    const error = (() => {
      try {
        assertDraftSize('a'.repeat(MAX_DRAFT_BYTES + 1));
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(413);
  });

  it('counts bytes, not characters', () => {
    expect(() => assertDraftSize('é'.repeat(MAX_DRAFT_BYTES / 2 + 1))).toThrow(ApiError);
  });
});

describe('detectLanguage', () => {
  it('recognises French', () => {
    expect(detectLanguage('Les forces russes ont frappé la ville dans la nuit, selon le ministère.')).toBe('fr');
  });

  it('recognises English', () => {
    expect(detectLanguage('The army said that the strike hit the port of Odesa on Tuesday.')).toBe('en');
  });

  it('names Spanish', () => {
    expect(detectLanguage('El ejército dijo que los ataques continuaron durante la noche en la ciudad, según el ministerio.')).toEqual({ other: 'Spanish' });
  });

  it('names a Cyrillic-script text', () => {
    expect(detectLanguage('Российские войска нанесли удар по городу во вторник.')).toEqual({ other: 'Russian or another Cyrillic-script language' });
  });
});

describe('draftLanguage', () => {
  it('refuses a German text even when told it is French, saying why', () => {
    expect(() => draftLanguage('Die Armee hat die Stadt angegriffen, und der Minister sagte, dass die Lage ernst ist.', 'fr')).toThrow(/German.*only French and English/);
  });

  it('uses the language given when the text is too short to tell', () => {
    expect(draftLanguage('Kharkiv, mardi.', 'fr')).toBe('fr');
  });

  it('asks for the language when the text is too short to tell and none is given', () => {
    expect(() => draftLanguage('Kharkiv.')).toThrow(/too short to tell/);
  });
});
