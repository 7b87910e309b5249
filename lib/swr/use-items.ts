'use client';
import { useEffect, useState } from 'react';
import useSWR from 'swr';
import type { ItemCollection, ItemFeature } from '@/lib/items/types';
import { fetchJson } from './fetcher';

/**
 * How often an open map asks for items again, so an admin's save shows up without a reload. Short
 * polling rather than a push channel: one small JSON request per viewer every 15 s is cheap at this
 * scale, needs no long-lived connections through proxies, and SWR already revalidates on focus and
 * reconnect; SWR only re-renders when the answer changed.
 */
const ITEMS_REFRESH_MS = 15_000;

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
  return useSWR<ItemCollection>(enabled ? key : null, fetchJson, { keepPreviousData: true, refreshInterval: ITEMS_REFRESH_MS });
}

/** A page of items (`url` from lib/items/viewport.ts, null: none yet), asked once `url` stops changing. */
export function useViewportItems(url: string | null) {
  const [settled, setSettled] = useState(url);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(url), VIEWPORT_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [url]);
  return useSWR<ItemCollection>(settled, fetchJson, { keepPreviousData: true, refreshInterval: ITEMS_REFRESH_MS });
}

/** One item by id (null: none), for a selection that is not in the page the list holds. */
export function useItem(id: number | null) {
  return useSWR<ItemFeature>(id === null ? null : `/api/items/${id}`, fetchJson);
}
