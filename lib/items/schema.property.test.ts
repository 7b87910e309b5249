// Property-based tests of the shared validators: thousands of generated bad inputs are refused with a
// message, never accepted and never thrown.
import fc from 'fast-check';
import type { Geometry } from 'geojson';
import { hasAntimeridianJump } from '@/lib/geo/antimeridian';
import { describe, expect, it } from 'vitest';
import { badGeometry, badItemField, badSourceField } from '@/lib/testing/bad-inputs';
import { itemDraft } from '@/lib/testing/items';
import { excerptInputSchema, sourceInputSchema } from '@/lib/sources/schema';
import { MESSAGES, type GeometryErrors } from '@/lib/i18n/messages';
import { geometrySchema, geometrySchemaIn, itemInputSchema, MAX_VERTICES } from './schema';

function refusedWithMessages(result: { success: boolean; error?: { issues: { message: string }[] } }): boolean {
  return !result.success && result.error!.issues.length > 0 && result.error!.issues.every((issue) => issue.message.length > 0);
}

/** Every message the geometry schema may give in a language: its own words, nothing else. */
function ourWords(errors: GeometryErrors): Set<string> {
  return new Set(Object.values(errors).map((message) => (typeof message === 'function' ? message(MAX_VERTICES) : message)));
}

describe('geometrySchema', () => {
  it('refuses every generated bad geometry with a message', () => {
    fc.assert(fc.property(badGeometry, (geometry) => refusedWithMessages(geometrySchema.safeParse(geometry))), { numRuns: 2000 });
  });

  it('refuses any geometry-like JSON in its own words only, in English and in French', () => {
    const geometryLike = fc.record({
      type: fc.oneof(fc.constantFrom('Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'), fc.jsonValue()),
      coordinates: fc.jsonValue(),
    }, { requiredKeys: ['type'] });
    for (const locale of ['en', 'fr'] as const) {
      const schema = geometrySchemaIn(MESSAGES[locale].geometry.errors);
      const words = ourWords(MESSAGES[locale].geometry.errors);
      fc.assert(
        fc.property(fc.oneof(geometryLike, badGeometry), (geometry) => {
          const result = schema.safeParse(geometry);
          return result.success || result.error.issues.every((issue) => words.has(issue.message));
        }),
        { numRuns: 1000 },
      );
    }
  });

  it('stores any line, however it crosses the antimeridian, without a jump and without throwing', () => {
    const position = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -85, max: 85, noNaN: true }));
    fc.assert(
      fc.property(fc.array(position, { minLength: 2, maxLength: 8 }), (coordinates) => {
        const result = geometrySchema.safeParse({ type: 'LineString', coordinates });
        return !result.success || !hasAntimeridianJump(result.data as Geometry);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts any closed, simple square within range', () => {
    const square = fc.tuple(fc.double({ min: -170, max: 170, noNaN: true }), fc.double({ min: -80, max: 80, noNaN: true }), fc.double({ min: 0.01, max: 9, noNaN: true }));
    fc.assert(
      fc.property(square, ([x, y, d]) =>
        geometrySchema.safeParse({ type: 'Polygon', coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]] }).success,
      ),
      { numRuns: 500 },
    );
  });

  it('refuses a million vertices quickly, before looking at each one', () => {
    const million = { type: 'LineString', coordinates: Array.from({ length: 1_000_000 }, (_, i) => [i % 180, (i % 90) - 45]) };
    const result = geometrySchema.safeParse(million);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([`A geometry may have at most ${MAX_VERTICES} vertices`]);
  });

  it('refuses arbitrarily deep nesting without overflowing the stack', () => {
    let nested: unknown = [0, 0];
    for (let i = 0; i < 100_000; i++) nested = [nested];
    expect(refusedWithMessages(geometrySchema.safeParse({ type: 'Polygon', coordinates: nested }))).toBe(true);
  });
});

describe('itemInputSchema', () => {
  it('refuses a valid item with any one field made bad, naming that field', () => {
    fc.assert(
      fc.property(badItemField, ([field, value]) => {
        const result = itemInputSchema.safeParse({ ...itemDraft([1]), [field]: value });
        return refusedWithMessages(result) && result.error!.issues.some((issue) => issue.path[0] === field);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses anything that is not an item object', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => refusedWithMessages(itemInputSchema.safeParse(value))), { numRuns: 1000 });
  });

  it('keeps script tags in text as plain text (they are escaped when shown, not stripped)', () => {
    const result = itemInputSchema.parse({ ...itemDraft([1]), title: '<script>alert(1)</script>' });
    expect(result.title).toBe('<script>alert(1)</script>');
  });
});

describe('sourceInputSchema', () => {
  const validSource = () => ({ title: 'T', outlet: 'O', url: 'https://example.org/a', language: 'fr', publishedAt: '2024-12-04', reportedAt: '2024-12-05', text: 'Texte.' });

  it('accepts a valid article', () => {
    expect(sourceInputSchema.safeParse(validSource()).success).toBe(true);
  });

  it('refuses a valid article with any one field made bad, naming that field', () => {
    fc.assert(
      fc.property(badSourceField, ([field, value]) => {
        const result = sourceInputSchema.safeParse({ ...validSource(), [field]: value });
        return refusedWithMessages(result) && result.error!.issues.some((issue) => issue.path[0] === field);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('excerptInputSchema', () => {
  it('refuses spans whose text length does not match the offsets', () => {
    const span = fc.tuple(fc.nat(1000), fc.nat(1000), fc.string({ minLength: 1, maxLength: 50 })).filter(([start, end, text]) => end - start !== text.length);
    fc.assert(fc.property(span, ([start, end, text]) => refusedWithMessages(excerptInputSchema.safeParse({ start, end, text }))), { numRuns: 1000 });
  });
});
