'use client';
import useSWR from 'swr';
import type { ItemCollection } from '@/lib/items/types';
import { fetchJson } from './fetcher';

/**
 * How often an open map asks for items again, so an admin's save shows up without a reload. Short
 * polling rather than a push channel: one small JSON request per viewer every 15 s is cheap at this
 * scale, needs no long-lived connections through proxies, and SWR already revalidates on focus and
 * reconnect; SWR only re-renders when the answer changed.
 */
export const ITEMS_REFRESH_MS = 15_000;

/**
 * All items, or those matching a full-text search, now or as known at `asOf`; the previous answer is kept
 * while a new one loads so the map does not blink.
 */
export function useItems(query = '', asOf: string | null = null) {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  if (asOf) params.set('asof', asOf);
  const key = params.size ? `/api/items?${params}` : '/api/items';
  return useSWR<ItemCollection>(key, fetchJson, { keepPreviousData: true, refreshInterval: ITEMS_REFRESH_MS });
}
