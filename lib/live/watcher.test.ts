import { afterEach, describe, expect, it, vi } from 'vitest';
import { POLL_MS, watchDataVersion } from './watcher';

const stops: Array<() => void> = [];
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  vi.useRealTimers();
});

/** A data version that the test moves, and how often it was read. */
function fakeDatabase(start = 1) {
  const state = { version: start, reads: 0 };
  return { state, read: async () => (state.reads++, state.version) };
}

describe('watchDataVersion', () => {
  it('tells a listener the current version, then each new one', async () => {
    vi.useFakeTimers();
    const { state, read } = fakeDatabase(7);
    const seen: number[] = [];
    stops.push(watchDataVersion((version) => seen.push(version), read));
    await vi.advanceTimersByTimeAsync(0);
    state.version = 8;
    await vi.advanceTimersByTimeAsync(POLL_MS);
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(seen).toEqual([7, 8]);
  });

  it('reads the database once per poll however many streams listen', async () => {
    vi.useFakeTimers();
    const { state, read } = fakeDatabase();
    for (let i = 0; i < 5; i++) stops.push(watchDataVersion(() => {}, read));
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(POLL_MS * 4);
    expect(state.reads).toBe(5);
  });

  it('stops polling when the last listener leaves', async () => {
    vi.useFakeTimers();
    const { state, read } = fakeDatabase();
    const stop = watchDataVersion(() => {}, read);
    await vi.advanceTimersByTimeAsync(POLL_MS * 2);
    stop();
    const reads = state.reads;
    await vi.advanceTimersByTimeAsync(POLL_MS * 10);
    expect(state.reads).toBe(reads);
  });
});
