// Timing helpers for the benchmark (pure): run a query repeatedly, report percentiles.

export interface Timing {
  runs: number;
  p50: number;
  p95: number;
  /** Mean number of results per run (what the query answered). */
  results: number;
}

/** Nearest-rank percentile of the samples (milliseconds). */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export interface MeasureOptions {
  /** Stop after this many runs... */
  maxRuns: number;
  /** ...or once this much time went by, after at least one run. */
  budgetMs: number;
  /** One uncounted run first (default true); off where one run takes seconds and has nothing to warm. */
  warmUp?: boolean;
}

/**
 * Runs `run(i)` for i = 0, 1, ... sequentially (after a warm-up run, not counted) and times each;
 * `run` answers how many results it produced.
 */
export async function measure(run: (i: number) => Promise<number>, { maxRuns, budgetMs, warmUp = true }: MeasureOptions): Promise<Timing> {
  if (warmUp) await run(0);
  const samples: number[] = [];
  let results = 0;
  const started = performance.now();
  for (let i = 0; i < maxRuns && (i === 0 || performance.now() - started < budgetMs); i++) {
    const t0 = performance.now();
    results += await run(i);
    samples.push(performance.now() - t0);
  }
  return { runs: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95), results: results / samples.length };
}

/**
 * Two ways of answering the same runs, timed side by side: run i of each, one after the other, the
 * order alternating (a then b, then b then a, …) so that the machine's changing load hits both alike.
 * Once `budgetMs` went by (after at least two runs of each), only `a` goes on, up to `runs`: b is the
 * baseline, whose runs can take seconds each (so only `a` gets an uncounted warm-up run).
 */
export async function measureSideBySide(
  a: (i: number) => Promise<number>,
  b: (i: number) => Promise<number>,
  { runs, budgetMs = Infinity, warmUp = true }: { runs: number; budgetMs?: number; warmUp?: boolean },
): Promise<[Timing, Timing]> {
  if (warmUp) await a(0);
  const samples: [number[], number[]] = [[], []];
  const results = [0, 0];
  const sides = [a, b];
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    const withBaseline = i < 2 || performance.now() - started < budgetMs;
    for (const side of !withBaseline ? [0] : i % 2 === 0 ? [0, 1] : [1, 0]) {
      const t0 = performance.now();
      results[side] += await sides[side](i);
      samples[side].push(performance.now() - t0);
    }
  }
  const timing = (side: number): Timing => ({
    runs: samples[side].length,
    p50: percentile(samples[side], 50),
    p95: percentile(samples[side], 95),
    results: results[side] / samples[side].length,
  });
  return [timing(0), timing(1)];
}
