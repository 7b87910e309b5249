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

export function useItems() {
  return useSWR<ItemCollection>('/api/items', fetchJson, { refreshInterval: ITEMS_REFRESH_MS });
}
