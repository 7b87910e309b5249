'use client';
import useSWR from 'swr';
import { fetchJson } from './fetcher';

/** How many items the database holds (from /api/health): the map picks its item source by it. */
export function useItemCount() {
  return useSWR<{ items: number }>('/api/health', fetchJson);
}
