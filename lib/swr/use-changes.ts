'use client';
import useSWR from 'swr';
import type { ChangeSet } from '@/lib/changes/diff';
import { isOrdered, type CompareState } from '@/lib/changes/url-state';
import type { ItemFilters } from '@/lib/items/filter';
import { itemFilterParams } from '@/lib/items/query-params';
import { useLiveUpdates } from '@/lib/live/use-live-updates';
import { fetchJson } from './fetcher';

/** The address of a comparison in the dashboard's view, or null when there is none to ask for. */
export function changesUrl(compare: CompareState | null, filters: ItemFilters & { query: string }): string | null {
  if (!compare || !isOrdered(compare)) return null;
  const params = new URLSearchParams({ since: compare.since, until: compare.until, time: compare.time });
  for (const [name, value] of itemFilterParams(filters)) params.append(name, value);
  return `/api/changes?${params}`;
}

/** What changed in the view between the comparison's two moments; asked again when the data changes. */
export function useChanges(compare: CompareState | null, filters: ItemFilters & { query: string }) {
  const url = changesUrl(compare, filters);
  const changes = useSWR<ChangeSet>(url, fetchJson, { keepPreviousData: true });
  useLiveUpdates(() => void changes.mutate(), url !== null);
  return changes;
}
