// The dashboard's state in the URL, so a link reopens the same selection and view (pure).
import { ITEM_KINDS, type ItemKind } from './items/kinds';

export interface MapView {
  lng: number;
  lat: number;
  zoom: number;
}

export interface DashboardState {
  item: number | null;
  region: string | null;
  hiddenKinds: ItemKind[];
  view: MapView | null;
}

export const EMPTY_STATE: DashboardState = { item: null, region: null, hiddenKinds: [], view: null };

export function parseDashboardState(params: URLSearchParams): DashboardState {
  const item = Number(params.get('item'));
  const region = params.get('region');
  const hidden = (params.get('hide') ?? '').split(',').filter((k): k is ItemKind => (ITEM_KINDS as readonly string[]).includes(k));
  const [lng, lat, zoom] = (params.get('view') ?? '').split(',').map((part) => (part === '' ? Number.NaN : Number(part)));
  const view =
    Number.isFinite(lng) && Number.isFinite(lat) && Number.isFinite(zoom) && Math.abs(lat) <= 90 && zoom >= 0 && zoom <= 22
      ? { lng, lat, zoom }
      : null;
  return {
    item: Number.isInteger(item) && item > 0 ? item : null,
    region: region && /^[A-Za-z0-9-]{1,64}$/.test(region) ? region : null,
    hiddenKinds: [...new Set(hidden)],
    view,
  };
}

export function serializeDashboardState(state: DashboardState): string {
  const params = new URLSearchParams();
  if (state.item !== null) params.set('item', String(state.item));
  else if (state.region !== null) params.set('region', state.region);
  if (state.hiddenKinds.length) params.set('hide', state.hiddenKinds.join(','));
  if (state.view) {
    const { lng, lat, zoom } = state.view;
    params.set('view', `${lng.toFixed(4)},${lat.toFixed(4)},${zoom.toFixed(2)}`);
  }
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}
