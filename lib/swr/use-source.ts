'use client';
import useSWR from 'swr';
import type { SourceDto } from '@/lib/items/types';
import { fetchJson } from './fetcher';

export function useSource(id: number | null) {
  return useSWR<SourceDto>(id ? `/api/sources/${id}` : null, fetchJson);
}
