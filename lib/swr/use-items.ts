'use client';
import { useEffect, useState } from 'react';
import useSWR from 'swr';
import { useLiveUpdates } from '@/lib/live/use-live-updates';
import type { ItemCollection, ItemFeature } from '@/lib/items/types';
import { fetchJson } from './fetcher';

/** How long the viewport page waits for the camera to stay put before asking (docs/scale.md). */
const VIEWPORT_DEBOUNCE_MS = 300;

/**
 * All items, or those matching a full-text search, now or as known at `asOf`; the previous answer is kept
 * while a new one loads so the map does not blink. Nothing is asked while `enabled` is false.
 */
export function useItems(query = '', asOf: string | null = null, enabled = true) {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  if (asOf) params.set('asof', asOf);
  const key = params.size ? `/api/items?${params}` : '/api/items';
  const items = useSWR<ItemCollection>(enabled ? key : null, fetchJson, { keepPreviousData: true });
  // An admin's save reaches open maps through the live stream (lib/live), not by polling.
  useLiveUpdates(() => void items.mutate(), enabled);
  return items;
}

/** A page of items (`url` from lib/items/viewport.ts, null: none yet), asked once `url` stops changing. */
export function useViewportItems(url: string | null) {
  const [settled, setSettled] = useState(url);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(url), VIEWPORT_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [url]);
  const items = useSWR<ItemCollection>(settled, fetchJson, { keepPreviousData: true });
  useLiveUpdates(() => void items.mutate(), settled !== null);
  return items;
}

/** One item by id (null: none), for a selection that is not in the page the list holds. */
export function useItem(id: number | null) {
  return useSWR<ItemFeature>(id === null ? null : `/api/items/${id}`, fetchJson);
}
