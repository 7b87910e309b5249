import { describe, expect, it } from 'vitest';
import { basemapPlaces, placeScore, thinByCells } from './places';

interface Town {
  name: string;
  at: [number, number];
  score: number;
}

const town = (name: string, at: [number, number], score: number): Town => ({ name, at, score });

function thin(towns: Town[], options = {}) {
  return thinByCells(towns, (t) => t.at, (t) => t.score, options).map(({ item, minzoom }) => [item.name, minzoom]);
}

describe('thinByCells', () => {
  it('shows the bigger of two close towns first and the smaller once they are cells apart', () => {
    // 0.2° apart: one 110 px cell until zoom 6 or so.
    expect(thin([town('small', [30.2, 50], 10), town('big', [30, 50], 100)], { minZoom: 2, maxZoom: 10 })).toEqual([
      ['big', 2],
      ['small', expect.any(Number)],
    ]);
    const [, [, smallFrom]] = thin([town('small', [30.2, 50], 10), town('big', [30, 50], 100)], { minZoom: 2, maxZoom: 10 });
    expect(smallFrom).toBeGreaterThan(4);
  });

  it('shows a lone small town as early as a big one', () => {
    expect(thin([town('lone', [-20, 70], 1), town('big', [30, 50], 100)], { minZoom: 2, maxZoom: 10 })).toEqual([
      ['big', 2],
      ['lone', 2],
    ]);
  });

  it('leaves out a town never best of its cell', () => {
    expect(thin([town('twin', [30, 50], 1), town('big', [30, 50], 100)], { minZoom: 2, maxZoom: 10 })).toEqual([['big', 2]]);
  });
});

describe('placeScore', () => {
  it('puts a small capital before a large city', () => {
    expect(placeScore('capital', 30_000)).toBeGreaterThan(placeScore('town', 10_000_000));
  });

  it('counts a regional seat double', () => {
    expect(placeScore('regional', 600_000)).toBeGreaterThan(placeScore('town', 1_000_000));
  });
});

describe('basemapPlaces', () => {
  const places = basemapPlaces().features.map((f) => f.properties);
  const named = (name: string) => places.filter((p) => p.name === name).sort((a, b) => b.population - a.population)[0];

  it('shows the towns of the front and of the seas around it by zoom 6 to 8', () => {
    for (const name of ['Dnipro', 'Novorossiysk', 'Al Ḩudaydah', 'Bodø']) expect(named(name)?.minzoom, name).toBeLessThanOrEqual(8);
  });

  it('names the largest Moscow in French, not the smaller ones', () => {
    expect(places.filter((p) => p.name === 'Moscow').map((p) => p.name_fr)).toEqual(['Moscou', undefined, undefined]);
  });

  it('ranks capitals first', () => {
    expect(places.slice(0, 20).every((p) => p.class === 'capital')).toBe(true);
  });
});
