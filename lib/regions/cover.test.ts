import { bboxPolygon, booleanIntersects } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { findCountry } from '@/lib/geo/countries';
import { seededRandom } from '@/scripts/bench/synthetic-items';
import type { BBox } from '@/lib/items/types';
import { buildRegionCover } from './cover';

/** Random small boxes (points and up to a degree wide) over a region's box and a margin around it. */
function boxesAround([west, south, east, north]: BBox, count: number, seed: number): BBox[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const lng = west - 2 + random() * (east - west + 4);
    const lat = south - 2 + random() * (north - south + 4);
    const size = i % 2 === 0 ? 0 : random();
    return [lng, lat, lng + size, lat + size * 0.5];
  });
}

describe('buildRegionCover', () => {
  for (const id of ['SYR', 'UKR', 'RUS', 'IDN']) {
    it(`never places a box of ${id} inside or outside when turf says otherwise`, () => {
      const country = findCountry(id)!;
      const cover = buildRegionCover(country.geometry, country.bbox);
      const wrong = boxesAround(country.bbox, 3000, id.charCodeAt(0)).filter((box) => {
        const placement = cover.place(box);
        if (placement === 'border') return false;
        const touches = booleanIntersects(box[0] === box[2] ? { type: 'Point', coordinates: [box[0], box[1]] } : bboxPolygon(box), country.geometry);
        return touches !== (placement === 'inside');
      });

      expect(wrong).toEqual([]);
    });
  }

  it('decides most boxes without the exact test', () => {
    const country = findCountry('UKR')!;
    const cover = buildRegionCover(country.geometry, country.bbox);
    const boxes = boxesAround(country.bbox, 2000, 7).filter((box) => box[0] === box[2]);

    const border = boxes.filter((box) => cover.place(box) === 'border');

    expect(border.length / boxes.length).toBeLessThan(0.1);
  });
});
