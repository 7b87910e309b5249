import { describe, expect, it } from 'vitest';
import { measure, measureSideBySide, percentile } from './measure';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
  });

  it('takes the only sample of one', () => {
    expect(percentile([7], 95)).toBe(7);
  });
});

describe('measure', () => {
  it('runs a warm-up and then up to maxRuns counted runs, averaging the results', async () => {
    const calls: number[] = [];
    const timing = await measure(async (i) => {
      calls.push(i);
      return i * 2;
    }, { maxRuns: 4, budgetMs: 60_000 });
    expect(calls).toEqual([0, 0, 1, 2, 3]);
    expect(timing.runs).toBe(4);
    expect(timing.results).toBe(3);
  });

  it('skips the warm-up when asked', async () => {
    const calls: number[] = [];
    await measure(async (i) => calls.push(i), { maxRuns: 2, budgetMs: 60_000, warmUp: false });
    expect(calls).toEqual([0, 1]);
  });

  it('stops after the time budget, but not before one run', async () => {
    const timing = await measure(async () => 0, { maxRuns: 100, budgetMs: 0 });
    expect(timing.runs).toBe(1);
  });
});

describe('measureSideBySide', () => {
  it('runs both sides on the same runs after a warm-up of the first, alternating which goes first', async () => {
    const calls: string[] = [];
    const [a, b] = await measureSideBySide(
      async (i) => (calls.push(`a${i}`), 1),
      async (i) => (calls.push(`b${i}`), i),
      { runs: 3 },
    );
    expect(calls).toEqual(['a0', 'a0', 'b0', 'b1', 'a1', 'a2', 'b2']);
    expect([a.runs, b.runs]).toEqual([3, 3]);
    expect([a.results, b.results]).toEqual([1, 1]);
  });

  it('goes on with the first side alone once the budget is spent, after two runs of each', async () => {
    const calls: string[] = [];
    const [a, b] = await measureSideBySide(
      async (i) => (calls.push(`a${i}`), 1),
      async (i) => (calls.push(`b${i}`), 1),
      { runs: 4, budgetMs: 0, warmUp: false },
    );
    expect(calls).toEqual(['a0', 'b0', 'b1', 'a1', 'a2', 'a3']);
    expect([a.runs, b.runs]).toEqual([4, 2]);
  });
});
