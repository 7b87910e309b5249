'use client';
import useSWR from 'swr';
import type { RegionContextDto, RegionSummaryDto } from '@/lib/items/types';
import { fetchJson } from './fetcher';

export function useRegions() {
  return useSWR<{ regions: RegionSummaryDto[] }>('/api/regions', fetchJson);
}

export function useRegion(id: string | null) {
  return useSWR<RegionContextDto>(id ? `/api/regions/${encodeURIComponent(id)}` : null, fetchJson);
}
