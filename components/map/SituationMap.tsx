'use client';
// The dashboard's map: keeps the items, theatres, visibility, highlight and camera in sync with the
// props through narrow setters on the one map useMapLibre creates. MapLibre is imported in the
// effect so its 1 MB bundle stays out of the page's first JavaScript.
import { useEffect, useRef } from 'react';
import type { GeoJSONSource, Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { ITEM_KINDS, type ItemKind } from '@/lib/items/kinds';
import type { BBox, ItemCollection, RegionSummaryDto } from '@/lib/items/types';
import type { Locale } from '@/lib/i18n/locales';
import type { MapView } from '@/lib/url-state';
import {
  COUNTRY_FILL_LAYER,
  COUNTRY_HIGHLIGHT_LAYER,
  COUNTRY_HIGHLIGHT_OUTLINE_LAYER,
  selectedCountriesFilter,
} from '@/lib/map/basemap-style';
import { interactiveItemLayerIds, itemLayers, kindLayerIds, ITEMS_SOURCE } from '@/lib/map/item-layers';
import { CLUSTER_LAYERS, itemSource, itemSourceLayers, type ItemSourceMode } from '@/lib/map/item-source';
import { ITEMS_LAYER } from '@/lib/tiles/layers';
import { toMapFeatures } from '@/lib/map/features';
import { mapImages } from '@/lib/map/markers';
import { THEATRES_SOURCE, theatreLayers, THEATRE_HIT_LAYERS } from '@/lib/map/theatre-layers';
import { exposeForTests } from './test-hooks';
import { loadMapLibre, setBasemapLanguage, useMapLibre } from './useMapLibre';
import type { ChangeSet } from '@/lib/changes/diff';
import { useChangeLayers } from './useChangeLayers';

// Start downloading MapLibre while the page hydrates, not only once the map's effect runs.
if (typeof window !== 'undefined') void loadMapLibre();

// Wide enough for Washington to Pyongyang beside the side panel.
export const DEFAULT_VIEW: MapView = { lng: 24, lat: 45, zoom: 1.5 };

export interface SituationMapProps {
  items: ItemCollection | undefined;
  /**
   * 'tiles' draws the items from /api/tiles (props.items then only feed the panels); see lib/map/item-source.ts.
   * null: not known yet, no items drawn.
   */
  itemSource?: ItemSourceMode | null;
  /** The dashboard's filters as a query string, for the tiles (the GeoJSON source gets filtered items). */
  tileFilters?: string;
  theatres: RegionSummaryDto[] | undefined;
  hiddenKinds: ItemKind[];
  selectedItemId: number | null;
  selectedRegionId: string | null;
  /** Where the camera should go when the selection changes (null: stay). */
  focus: BBox | null;
  initialView: MapView | null;
  /** Accessible name of the map region. */
  label: string;
  /** The interface's language: the basemap's names follow it. */
  locale: Locale;
  onSelectItem: (id: number) => void;
  onSelectRegion: (id: string) => void;
  onViewChange: (view: MapView) => void;
  /** The visible bounds [west, south, east, north] when the map is ready and after each move. */
  onBoundsChange?: (bounds: BBox) => void;
  onError: () => void;
  /** A comparison of two moments to draw as a diff layer (lib/changes); null or absent: none. */
  changes?: ChangeSet | null;
}

const HIT_TOLERANCE_PX = 6;
const ICON_SIZE_PX = 20;
const PATTERN_SIZE_PX = 10;

/** Loads the kinds' marker shapes and area patterns (SVG, drawn at twice the size for sharp edges). */
async function addMarkerIcons(map: MapLibreMap): Promise<void> {
  await Promise.all(
    mapImages(ICON_SIZE_PX * 2, PATTERN_SIZE_PX * 2).map(async ({ name, svg, size }) => {
      const image = new Image(size, size);
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
      await image.decode();
      if (!map.hasImage(name)) map.addImage(name, image, { pixelRatio: 2 });
    }),
  );
}

/** Marker icons and the (empty) theatres source with its layers: what the effects below fill in. */
async function setUpSituationLayers(map: MapLibreMap, unmounted: AbortSignal): Promise<void> {
  await addMarkerIcons(map);
  if (unmounted.aborted) return;
  map.addSource(THEATRES_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' });
  for (const layer of theatreLayers()) map.addLayer(layer);
  exposeForTests('sitmap', { ...window.sitmap, map });
}

export function SituationMap(props: SituationMapProps) {
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  // On `style.load`, not `load` (which waits for every basemap tile): the items and theatres then
  // load alongside the basemap instead of after it.
  const { container, ready } = useMapLibre({
    initialView: props.initialView ?? DEFAULT_VIEW,
    locale: props.locale,
    setupOn: 'style.load',
    setup: setUpSituationLayers,
    onCreate: (map) => map.once('idle', () => exposeForTests('sitmap', { map, firstIdleMs: performance.now() })),
    onError: () => latest.current.onError(),
  });
  const map = ready?.map ?? null;

  // Item source: GeoJSON or vector tiles, the same layers on either (replaced when the mode changes).
  const sourceMode = props.itemSource === undefined ? 'geojson' : props.itemSource;
  // Tiles carry the filters in their URL: new filters replace the items source and its layers (the map
  // and its camera stay). With MapLibre 6.17's setTiles the loaded tiles kept their unfiltered features here.
  const tileFilters = sourceMode === 'tiles' ? (props.tileFilters ?? '') : '';
  useEffect(() => {
    if (!map || !sourceMode) return;
    for (const layer of [...itemLayers(), ...Object.values(CLUSTER_LAYERS).map((id) => ({ id }))]) {
      if (map.getLayer(layer.id)) map.removeLayer(layer.id);
    }
    if (map.getSource(ITEMS_SOURCE)) map.removeSource(ITEMS_SOURCE);
    map.addSource(ITEMS_SOURCE, itemSource(sourceMode, window.location.origin, tileFilters));
    for (const layer of itemSourceLayers(sourceMode, latest.current.hiddenKinds)) map.addLayer(layer);
  }, [map, sourceMode, tileFilters]);

  // Data.
  useEffect(() => {
    if (!map || !props.items || sourceMode !== 'geojson') return;
    (map.getSource(ITEMS_SOURCE) as GeoJSONSource).setData(toMapFeatures(props.items.features));
  }, [map, props.items, sourceMode]);

  useEffect(() => {
    if (!map || !props.theatres) return;
    (map.getSource(THEATRES_SOURCE) as GeoJSONSource).setData({
      type: 'FeatureCollection',
      features: props.theatres.flatMap((t) =>
        t.geometry ? [{ type: 'Feature' as const, geometry: t.geometry, properties: { id: t.id, name: t.name } }] : [],
      ),
    });
  }, [map, props.theatres]);

  // Names in the interface's language.
  useEffect(() => {
    if (map) setBasemapLanguage(map, props.locale);
  }, [map, props.locale]);

  useChangeLayers(map, props.changes);

  // Legend toggles.
  useEffect(() => {
    if (!map || !sourceMode) return;
    for (const kind of ITEM_KINDS) {
      const visibility = props.hiddenKinds.includes(kind) ? 'none' : 'visible';
      for (const id of Object.values(kindLayerIds(kind))) map.setLayoutProperty(id, 'visibility', visibility);
    }
  }, [map, sourceMode, props.hiddenKinds]);

  // Selection highlight.
  useEffect(() => {
    if (!map || !sourceMode || props.selectedItemId === null) return;
    const target = { source: ITEMS_SOURCE, id: props.selectedItemId, ...(sourceMode === 'tiles' && { sourceLayer: ITEMS_LAYER }) };
    map.setFeatureState(target, { selected: true });
    return () => {
      if (map.getSource(ITEMS_SOURCE)) map.setFeatureState(target, { selected: false });
    };
  }, [map, props.selectedItemId, props.items, sourceMode]);

  useEffect(() => {
    if (!map) return;
    const filter = selectedCountriesFilter(props.selectedRegionId ? [props.selectedRegionId] : []);
    map.setFilter(COUNTRY_HIGHLIGHT_LAYER, filter);
    map.setFilter(COUNTRY_HIGHLIGHT_OUTLINE_LAYER, filter);
    if (props.selectedRegionId === null) return;
    const theatre = { source: THEATRES_SOURCE, id: props.selectedRegionId };
    map.setFeatureState(theatre, { selected: true });
    return () => {
      if (map.getSource(THEATRES_SOURCE)) map.setFeatureState(theatre, { selected: false });
    };
  }, [map, props.selectedRegionId, props.theatres]);

  // Camera: fly to the selection.
  const focusKey = props.focus?.join(',') ?? '';
  useEffect(() => {
    if (!map || !props.focus) return;
    const [w, s, e, n] = props.focus;
    const sidePanel = window.innerWidth > 760 ? 400 : 0;
    const bottomSheet = window.innerWidth > 760 ? 0 : Math.round(window.innerHeight * 0.45);
    map.fitBounds([[w, s], [e, n]], {
      padding: { top: 60, bottom: 60 + bottomSheet, left: 60, right: 60 + sidePanel },
      maxZoom: 7,
      duration: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 900,
    });
    // focusKey stands for props.focus: a new array with the same box must not move the camera again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, focusKey]);

  // Interaction: hover, click, view changes.
  useEffect(() => {
    if (!map) return;
    const canvas = map.getCanvas();
    let hovered: { source: string; sourceLayer?: string; id: string | number } | null = null;
    const hitBox = (event: MapMouseEvent): [[number, number], [number, number]] => [
      [event.point.x - HIT_TOLERANCE_PX, event.point.y - HIT_TOLERANCE_PX],
      [event.point.x + HIT_TOLERANCE_PX, event.point.y + HIT_TOLERANCE_PX],
    ];
    const pick = (event: MapMouseEvent): MapGeoJSONFeature | undefined => {
      const visibleItemLayers = interactiveItemLayerIds().filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none');
      return (
        map.queryRenderedFeatures(hitBox(event), { layers: visibleItemLayers })[0] ??
        map.queryRenderedFeatures(hitBox(event), { layers: THEATRE_HIT_LAYERS })[0] ??
        map.queryRenderedFeatures(event.point, { layers: [COUNTRY_FILL_LAYER] })[0]
      );
    };
    const setHover = (next: typeof hovered) => {
      if (hovered && map.getSource(hovered.source)) map.setFeatureState(hovered, { hover: false });
      hovered = next;
      if (hovered) map.setFeatureState(hovered, { hover: true });
    };
    const onMove = (event: MapMouseEvent) => {
      const feature = pick(event);
      const id = feature?.properties?.id as string | number | undefined;
      canvas.style.cursor = feature ? 'pointer' : '';
      setHover(feature && id !== undefined ? { source: feature.source, sourceLayer: feature.sourceLayer, id } : null);
    };
    const onLeave = () => {
      canvas.style.cursor = '';
      setHover(null);
    };
    const onClick = (event: MapMouseEvent) => {
      const feature = pick(event);
      if (!feature) return;
      if (feature.source === ITEMS_SOURCE) latest.current.onSelectItem(Number(feature.properties.id));
      else latest.current.onSelectRegion(String(feature.properties.id));
    };
    const reportBounds = () => {
      const bounds = map.getBounds();
      latest.current.onBoundsChange?.([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]);
    };
    const onMoveEnd = () => {
      const center = map.getCenter();
      latest.current.onViewChange({ lng: center.lng, lat: center.lat, zoom: map.getZoom() });
      reportBounds();
    };
    reportBounds();
    map.on('mousemove', onMove);
    map.on('mouseout', onLeave);
    map.on('click', onClick);
    map.on('moveend', onMoveEnd);
    return () => {
      map.off('mousemove', onMove);
      map.off('mouseout', onLeave);
      map.off('click', onClick);
      map.off('moveend', onMoveEnd);
    };
  }, [map]);

  return <div ref={container} className="map" role="region" aria-label={props.label} data-ready={map ? 'true' : 'false'} />;
}
