'use client';
import useSWR from 'swr';
import type { ItemCollection } from '@/lib/items/types';
import { fetchJson } from './fetcher';

/** All items, or those matching a full-text search; kept while a new search loads so the map does not blink. */
export function useItems(query = '') {
  const key = query.trim() ? `/api/items?q=${encodeURIComponent(query.trim())}` : '/api/items';
  return useSWR<ItemCollection>(key, fetchJson, { keepPreviousData: true });
}
