import { describe, expect, it } from 'vitest';
import { EMPTY_STATE } from '@/lib/url-state';
import { parseItemQuery } from './query';
import { VIEWPORT_PAGE_SIZE, viewportBBox, viewportItemsUrl } from './viewport';

describe('viewportBBox', () => {
  it('rounds a view inside the world to 4 decimals', () => {
    expect(viewportBBox([30.123456, 45.000049, 40.98765, 50.5])).toEqual([30.1235, 45, 40.9877, 50.5]);
  });

  it('wraps a view across the antimeridian into a box with west > east', () => {
    expect(viewportBBox([170, -20, 190, 20])).toEqual([170, -20, -170, 20]);
  });

  it('covers every longitude once the view spans the whole world, and clamps latitudes', () => {
    expect(viewportBBox([-300, -95, 200, 95])).toEqual([-180, -90, 180, 90]);
  });
});

describe('viewportItemsUrl', () => {
  it('asks for a page of the filtered items in the box, in parameters the item API parses back', () => {
    const filters = { ...EMPTY_STATE, query: 'Kyiv', hiddenKinds: ['strike' as const], actors: ['A, B'], from: '2024-01-01' };

    const url = new URL(viewportItemsUrl(filters, [10, 20, 30, 40]), 'http://localhost');

    expect(url.pathname).toBe('/api/items');
    const query = parseItemQuery(url.searchParams);
    expect(query).toMatchObject({ q: 'Kyiv', actors: ['A, B'], bbox: [10, 20, 30, 40], limit: VIEWPORT_PAGE_SIZE });
    expect(query.kinds).not.toContain('strike');
    expect(query.kinds).toContain('front_line');
    expect(query.from?.toISOString()).toBe('2024-01-01T00:00:00.000Z');
  });
});
