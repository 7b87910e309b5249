'use client';
// The regions the dashboard knows: theatres drawn on the map and listed, country names for the
// filters and tables, and the region picked on the map with its items.
import { useCallback, useMemo } from 'react';
import { filterItems } from '@/lib/items/filter';
import { useRegion, useRegions } from '@/lib/swr/use-region';
import { EMPTY_STATE, type DashboardState } from '@/lib/url-state';

export function useDashboardRegions(state: DashboardState | null) {
  const regions = useRegions();
  const region = useRegion(state?.item === null ? (state?.region ?? null) : null);
  const countryNames = useMemo(
    () => new Map((regions.data?.regions ?? []).filter((r) => r.isoA3).map((r) => [r.isoA3!, r.name])),
    [regions.data],
  );
  const countryName = useCallback((iso: string) => countryNames.get(iso) ?? iso, [countryNames]);
  const theatres = useMemo(() => regions.data?.regions.filter((r) => r.kind === 'theatre'), [regions.data]);
  const filters = state ?? EMPTY_STATE;
  const regionItems = useMemo(() => (region.data ? filterItems(region.data.items, filters) : []), [region.data, filters]);
  return { countryName, theatres, region, regionItems };
}
