import { describe, expect, it } from 'vitest';
import { arcGeometry, greatCircleArc } from './arc';

const moscow = (): [number, number] => [37.6173, 55.7558];
const washington = (): [number, number] => [-77.0369, 38.9072];

describe('greatCircleArc', () => {
  it('starts and ends at the given endpoints', () => {
    const arc = greatCircleArc(moscow(), washington());
    expect(arc[0]).toEqual(moscow());
    expect(arc[arc.length - 1]).toEqual(washington());
  });

  it('bends poleward of the straight line between two northern cities', () => {
    const arc = greatCircleArc(moscow(), washington());
    const highest = Math.max(...arc.map(([, lat]) => lat));
    expect(highest).toBeGreaterThan(60);
  });

  it('stays continuous across the antimeridian', () => {
    const arc = greatCircleArc([140, 35], [-122, 37]);
    for (let i = 1; i < arc.length; i++) {
      expect(Math.abs(arc[i][0] - arc[i - 1][0])).toBeLessThan(10);
    }
    expect(arc[arc.length - 1][0]).toBeCloseTo(238, 6);
  });
});

describe('arcGeometry', () => {
  it('joins every pair of vertices without repeating the shared vertex', () => {
    const line = arcGeometry([[0, 0], [10, 0], [20, 0]]);
    expect(line).toHaveLength(129);
    expect(line[64]).toEqual([10, 0]);
  });
});
