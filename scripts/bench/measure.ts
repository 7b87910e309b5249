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
