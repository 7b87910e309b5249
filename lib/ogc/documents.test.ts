import { describe, expect, it } from 'vitest';
import { makeItemFeature } from '@/lib/testing/item-feature';
import { COLLECTIONS } from './collections';
import { featureDocument } from './documents';

describe('featureDocument', () => {
  it('writes the box of a shape cut at the antimeridian west > east, as RFC 7946 wants', () => {
    const chukotka = makeItemFeature({}, {
      type: 'MultiPolygon',
      coordinates: [
        [[[170, 62], [180, 62], [180, 68], [170, 68], [170, 62]]],
        [[[-180, 62], [-172, 62], [-172, 68], [-180, 68], [-180, 62]]],
      ],
    });

    expect(featureDocument('http://localhost/ogc', COLLECTIONS[0], chukotka).bbox).toEqual([170, 62, -172, 68]);
  });

  it('keeps any other box as it is', () => {
    expect(featureDocument('http://localhost/ogc', COLLECTIONS[0], makeItemFeature()).bbox).toEqual([35.0005, 48.4366, 35.0005, 48.4366]);
  });
});
