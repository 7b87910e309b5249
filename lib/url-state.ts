// Every piece of the dashboard's state lives in the URL, so a link reopens exactly the same view (pure).
import { ITEM_KINDS, ITEM_STATUSES, type ItemKind, type ItemStatus } from './items/kinds';
import { LOCALES, type Locale } from './i18n/locales';
import { parseCompareState, writeCompareState, type CompareState } from './changes/url-state';
import { isSupportLevel, type SupportLevel } from './sources/support';

export interface MapView {
  lng: number;
  lat: number;
  zoom: number;
}

export const PANEL_TABS = ['items', 'sources'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

export interface DashboardState {
  item: number | null;
  region: string | null;
  hiddenKinds: ItemKind[];
  /** Statuses to show; empty shows all. */
  statuses: ItemStatus[];
  /** Actors to show (any of them); empty shows all. */
  actors: string[];
  /** ISO alpha-3 codes to show (any of them); empty shows all. */
  countries: string[];
  /** Ids of the articles an item must cite (any of them); empty shows all. */
  sources: number[];
  /** The support level to show (the "Corroborated only" filter); null shows all. */
  support: SupportLevel | null;
  /** Full-text search over titles, summaries and excerpts. */
  query: string;
  /** Time range, YYYY-MM-DD, inclusive; null is open. */
  from: string | null;
  to: string | null;
  /** The map as it was known at this instant (YYYY-MM-DD or ISO 8601); null is now. */
  asOf: string | null;
  /** What changed between two moments (lib/changes); null shows no comparison. */
  compare: CompareState | null;
  /** Interface language; null follows the browser. */
  locale: Locale | null;
  /** Show the items as a table instead of a list. */
  table: boolean;
  /** What the side panel lists: the items or the articles they come from. */
  tab: PanelTab;
  view: MapView | null;
}

export const EMPTY_STATE: DashboardState = {
  item: null,
  region: null,
  hiddenKinds: [],
  statuses: [],
  actors: [],
  countries: [],
  sources: [],
  support: null,
  query: '',
  from: null,
  to: null,
  asOf: null,
  compare: null,
  locale: null,
  table: false,
  tab: 'items',
  view: null,
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z)?$/;

function list<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  const parts = (value ?? '').split(',').filter((part): part is T => (allowed as readonly string[]).includes(part));
  return [...new Set(parts)];
}

const validDay = (value: string | null) => (value && DAY.test(value) && !Number.isNaN(Date.parse(value)) ? value : null);

export function parseDashboardState(params: URLSearchParams): DashboardState {
  const item = Number(params.get('item'));
  const region = params.get('region');
  const [lng, lat, zoom] = (params.get('view') ?? '').split(',').map((part) => (part === '' ? Number.NaN : Number(part)));
  const view =
    Number.isFinite(lng) && Number.isFinite(lat) && Number.isFinite(zoom) && Math.abs(lat) <= 90 && zoom >= 0 && zoom <= 22
      ? { lng, lat, zoom }
      : null;
  const asOf = params.get('asof');
  const locale = params.get('lang');
  const support = params.get('support') ?? '';
  let [from, to] = [validDay(params.get('from')), validDay(params.get('to'))];
  if (from && to && from > to) [from, to] = [to, from];
  return {
    item: Number.isInteger(item) && item > 0 ? item : null,
    region: region && /^[A-Za-z0-9-]{1,64}$/.test(region) ? region : null,
    hiddenKinds: list(params.get('hide'), ITEM_KINDS),
    statuses: list(params.get('status'), ITEM_STATUSES),
    actors: [...new Set(params.getAll('actor').filter((a) => a.length > 0 && a.length <= 120))],
    countries: [...new Set((params.get('country') ?? '').split(',').filter((c) => /^[A-Z]{3}$/.test(c)))],
    sources: [...new Set((params.get('source') ?? '').split(',').filter((id) => /^[1-9]\d{0,9}$/.test(id)).map(Number))],
    support: isSupportLevel(support) ? support : null,
    query: (params.get('q') ?? '').slice(0, 200),
    from,
    to,
    asOf: asOf && INSTANT.test(asOf) && !Number.isNaN(Date.parse(asOf)) ? asOf : null,
    compare: parseCompareState(params),
    locale: (LOCALES as readonly string[]).includes(locale ?? '') ? (locale as Locale) : null,
    table: params.get('table') === '1',
    tab: params.get('tab') === 'sources' ? 'sources' : 'items',
    view,
  };
}

export function serializeDashboardState(state: DashboardState): string {
  const params = new URLSearchParams();
  if (state.item !== null) params.set('item', String(state.item));
  else if (state.region !== null) params.set('region', state.region);
  if (state.hiddenKinds.length) params.set('hide', state.hiddenKinds.join(','));
  if (state.statuses.length) params.set('status', state.statuses.join(','));
  for (const actor of state.actors) params.append('actor', actor);
  if (state.countries.length) params.set('country', state.countries.join(','));
  if (state.sources.length) params.set('source', state.sources.join(','));
  if (state.support) params.set('support', state.support);
  if (state.query) params.set('q', state.query);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.asOf) params.set('asof', state.asOf);
  writeCompareState(state.compare, params);
  if (state.locale) params.set('lang', state.locale);
  if (state.table) params.set('table', '1');
  if (state.tab !== 'items') params.set('tab', state.tab);
  if (state.view) {
    const { lng, lat, zoom } = state.view;
    params.set('view', `${lng.toFixed(4)},${lat.toFixed(4)},${zoom.toFixed(2)}`);
  }
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}
