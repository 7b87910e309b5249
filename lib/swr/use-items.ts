'use client';
import useSWR from 'swr';
import type { ItemCollection } from '@/lib/items/types';
import { fetchJson } from './fetcher';

export function useItems() {
  return useSWR<ItemCollection>('/api/items', fetchJson);
}
