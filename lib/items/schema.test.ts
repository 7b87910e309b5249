// What the shared geometry schema makes of the shapes it accepts (lib/geo/normalise.ts through it).
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/lib/i18n/messages';
import { geometrySchema, geometrySchemaIn } from './schema';

const messagesOf = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message);

describe('geometrySchema', () => {
  it('stores a polygon that jumps across the antimeridian as a MultiPolygon cut at ±180', () => {
    const chukotka = { type: 'Polygon', coordinates: [[[170, 62], [-172, 62], [-172, 68], [170, 68], [170, 62]]] };

    expect(geometrySchema.parse(chukotka)).toEqual({
      type: 'MultiPolygon',
      coordinates: [
        [[[170, 62], [180, 62], [180, 68], [170, 68], [170, 62]]],
        [[[-180, 62], [-172, 62], [-172, 68], [-180, 68], [-180, 62]]],
      ],
    });
  });

  it('accepts positions with an altitude, dropping it', () => {
    expect(geometrySchema.parse({ type: 'LineString', coordinates: [[30, 50, 100], [31, 51, 90]] })).toEqual({
      type: 'LineString',
      coordinates: [[30, 50], [31, 51]],
    });
  });

  it('accepts a geometry with a crs member, ignoring it', () => {
    const point = { type: 'Point', coordinates: [30, 50], crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } } };

    expect(geometrySchema.parse(point)).toEqual({ type: 'Point', coordinates: [30, 50] });
  });

  it('stores a clockwise polygon counterclockwise', () => {
    const clockwise = { type: 'Polygon', coordinates: [[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]] };

    expect(geometrySchema.parse(clockwise)).toEqual({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] });
  });

  it('refuses a position of one number in its own words, not zod’s', () => {
    expect(messagesOf(geometrySchema.safeParse({ type: 'Point', coordinates: [30] }))).toEqual([MESSAGES.en.geometry.errors.position]);
  });

  it('refuses a geometry without coordinates in its own words', () => {
    expect(messagesOf(geometrySchema.safeParse({ type: 'Polygon' }))).toEqual([MESSAGES.en.geometry.errors.noCoordinates]);
  });

  it('speaks French when built with the French words', () => {
    const french = geometrySchemaIn(MESSAGES.fr.geometry.errors);

    expect(messagesOf(french.safeParse({ type: 'Point', coordinates: [200, 0] }))).toEqual(['La longitude doit être comprise entre -180 et 180']);
  });
});
