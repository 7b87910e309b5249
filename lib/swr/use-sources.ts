'use client';
import useSWR from 'swr';
import type { SourceList } from '@/lib/sources/schema';
import { useLiveUpdates } from '@/lib/live/use-live-updates';
import { fetchJson } from './fetcher';

/** Every article the map is built from, with how many items cite each (refreshed when an admin saves). */
export function useSources(enabled = true) {
  const sources = useSWR<SourceList>(enabled ? '/api/sources' : null, fetchJson);
  useLiveUpdates(() => void sources.mutate(), enabled);
  return sources;
}
