import { area } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { makeItemFeature } from '@/lib/testing/item-feature';
import { squareAround } from '@/lib/testing/items';
import { areaChanges, changedFields, eventItemChanges, happeningOn, knowledgeItemChanges } from './diff';

const rectangle = (west: number, south: number, east: number, north: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]],
});
const km2 = (geometry: ReturnType<typeof rectangle>) => area({ type: 'Feature', geometry, properties: {} }) / 1e6;
const front = (id: number, geometry: ReturnType<typeof rectangle>, actors = ['Russian Armed Forces']) =>
  makeItemFeature({ id, kind: 'front_line', actors }, geometry);
const window = { since: new Date('2024-11-10T00:00:00Z'), until: new Date('2024-11-20T23:59:59.999Z') };

describe('knowledgeItemChanges', () => {
  it('reports an item known only at the later moment as appeared', () => {
    const changes = knowledgeItemChanges([], [makeItemFeature({ id: 1 })]);
    expect(changes.map(({ id, change }) => [id, change])).toEqual([[1, 'appeared']]);
  });

  it('reports an item known only at the earlier moment as ended', () => {
    const changes = knowledgeItemChanges([makeItemFeature({ id: 1 })], []);
    expect(changes.map(({ id, change }) => [id, change])).toEqual([[1, 'ended']]);
  });

  it('reports an edited item with the fields that changed and both versions', () => {
    const before = makeItemFeature({ id: 1, title: 'Strike', status: 'claimed' });
    const after = makeItemFeature({ id: 1, title: 'Strike on Dnipro', status: 'confirmed', version: 2 });
    const [change] = knowledgeItemChanges([before], [after]);
    expect(change).toMatchObject({ id: 1, change: 'edited', fields: ['title', 'status'] });
    expect(change.previous?.properties.title).toBe('Strike');
    expect(change.item.properties.title).toBe('Strike on Dnipro');
  });

  it('leaves out an item saved again without any change', () => {
    expect(knowledgeItemChanges([makeItemFeature({ id: 1 })], [makeItemFeature({ id: 1, version: 2 })])).toEqual([]);
  });
});

describe('changedFields', () => {
  it('names a moved shape and a changed quote', () => {
    const before = makeItemFeature({}, { type: 'Point', coordinates: [30, 50] });
    const after = makeItemFeature({ excerpts: [] }, { type: 'Point', coordinates: [31, 50] });
    expect(changedFields(before, after)).toEqual(['geometry', 'excerpts']);
  });
});

describe('eventItemChanges', () => {
  it('reports an item starting within the window as appeared', () => {
    expect(eventItemChanges([makeItemFeature({ id: 1, startDate: '2024-11-15' })], window).map((c) => c.change)).toEqual(['appeared']);
  });

  it('reports an item that started before and ends within the window as ended', () => {
    const item = makeItemFeature({ id: 1, startDate: '2024-11-01', endDate: '2024-11-12' });
    expect(eventItemChanges([item], window).map((c) => c.change)).toEqual(['ended']);
  });

  it('leaves out items before, after and across the window', () => {
    const items = [
      makeItemFeature({ id: 1, startDate: '2024-11-01' }),
      makeItemFeature({ id: 2, startDate: '2024-11-21' }),
      makeItemFeature({ id: 3, startDate: '2024-11-01', endDate: '2024-11-30' }),
    ];
    expect(eventItemChanges(items, window)).toEqual([]);
  });

  it('takes a coarse date as its whole month', () => {
    const item = makeItemFeature({ id: 1, startDate: '2024-10-01', endDate: '2024-10-01', datePrecision: 'month' });
    expect(happeningOn([item], new Date('2024-10-31T12:00:00Z'))).toHaveLength(1);
    expect(happeningOn([item], new Date('2024-11-01T00:00:00Z'))).toHaveLength(0);
  });
});

describe('areaChanges', () => {
  it('splits a front that moved east into the ground gained and the ground lost, with their size', () => {
    const changes = areaChanges([front(1, rectangle(30, 48, 31, 49))], [front(1, rectangle(30.5, 48, 31.5, 49))]);
    const gained = changes.find((c) => c.change === 'gained')!;
    const lost = changes.find((c) => c.change === 'lost')!;
    expect(gained.km2).toBeCloseTo(km2(rectangle(31, 48, 31.5, 49)), 0);
    expect(lost.km2).toBeCloseTo(km2(rectangle(30, 48, 30.5, 49)), 0);
    expect(gained.geometry.type).toBe('Polygon');
    expect(gained).toMatchObject({ kind: 'front_line', actors: ['Russian Armed Forces'] });
  });

  it('counts ground covered by another area of the same holder as kept, not gained', () => {
    const changes = areaChanges([front(1, rectangle(30, 48, 31, 49))], [front(1, rectangle(30, 48, 31, 49)), front(2, rectangle(30.2, 48.2, 30.8, 48.8))]);
    expect(changes).toEqual([]);
  });

  it('keeps holders apart: one side gaining does not hide the other losing', () => {
    const changes = areaChanges(
      [front(1, rectangle(30, 48, 31, 49), ['Russia']), front(2, rectangle(31, 48, 32, 49), ['Ukraine'])],
      [front(1, rectangle(30, 48, 31.5, 49), ['Russia']), front(2, rectangle(31.5, 48, 32, 49), ['Ukraine'])],
    );
    expect(changes.map(({ change, actors }) => [change, actors[0]])).toEqual([
      ['gained', 'Russia'],
      ['lost', 'Ukraine'],
    ]);
  });

  it('ignores points and lines', () => {
    expect(areaChanges([], [makeItemFeature({ id: 1 })])).toEqual([]);
  });

  it('gives a new area whole as gained', () => {
    const square = squareAround([36, 50], 0.25);
    const [change] = areaChanges([], [front(4, square)]);
    expect(change.change).toBe('gained');
    expect(change.km2).toBeCloseTo(km2(square), 3);
    expect(change.itemIds).toEqual([4]);
  });
});
