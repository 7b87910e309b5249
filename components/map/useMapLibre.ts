'use client';
// The one MapLibre lifecycle, shared by the dashboard's SituationMap and the editor's GeometryMap:
// the map is created in an effect on the offline basemap, set up once its style (or everything) has
// loaded, and removed on unmount. Callers then change it through narrow setters (setData,
// setLayoutProperty, setFeatureState...) in their own effects, never by creating it again.
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { basemapFormat, basemapStyle } from '@/lib/map/basemap-style';
import type { MapView } from '@/lib/url-state';

type MapLibre = typeof import('maplibre-gl');

let loading: Promise<MapLibre> | undefined;

/**
 * MapLibre, imported on demand (its 1 MB stays out of the page's first JavaScript), with its worker;
 * imported once, so an early call starts the download and later calls wait for the same import.
 */
export function loadMapLibre(): Promise<MapLibre> {
  loading ??= import('maplibre-gl').then((maplibregl) => {
    // Bundlers do not find the worker next to the module: point MapLibre at the emitted asset.
    maplibregl.setWorkerUrl(new URL('maplibre-gl/dist/maplibre-gl-worker.mjs', import.meta.url).href);
    return maplibregl;
  });
  return loading;
}

function createBasemapMap(maplibregl: MapLibre, container: HTMLElement, view: MapView): MapLibreMap {
  const map = new maplibregl.Map({
    container,
    // `?basemap=geojson` draws the GeoJSON baseline instead of the vector tiles (for the benchmark).
    style: basemapStyle(window.location.origin, basemapFormat(new URLSearchParams(window.location.search).get('basemap'))),
    center: [view.lng, view.lat],
    zoom: view.zoom,
    // No label fade-in: with software WebGL a frame takes 0.1-0.3 s, and the fade kept the map
    // drawing for 0.3 s more before its first `idle` (docs/benchmarks.md).
    fadeDuration: 0,
    attributionControl: { compact: true, customAttribution: 'Natural Earth' },
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-left');
  return map;
}

export interface MapLibreOptions<Tools> {
  /** The camera when the map is created. */
  initialView: MapView;
  /**
   * When `setup` runs: 'style.load' lets the caller's data load alongside the basemap's tiles; 'load'
   * waits for those tiles (terra-draw needs a loaded map).
   */
  setupOn: 'style.load' | 'load';
  /**
   * Adds the caller's images, sources, layers or tools; what it returns is handed back with the map.
   * `unmounted` is aborted when the component goes (the map is then removed): check it after awaiting.
   */
  setup: (map: MapLibreMap, unmounted: AbortSignal) => Promise<Tools> | Tools;
  /** Stops what `setup` made that removing the map does not (a drawing tool). */
  teardown?: (tools: Tools) => void;
  /** Called once with the map created, before setup (e.g. to watch its first `idle`). */
  onCreate?: (map: MapLibreMap) => void;
  /** MapLibre could not be loaded or the map not created. */
  onError?: (error: unknown) => void;
}

/**
 * Creates the map in the returned container once, and gives back the map with what `setup` made
 * (null until set up, and again after unmount). Options are read when the map is created.
 */
export function useMapLibre<Tools>(options: MapLibreOptions<Tools>): {
  container: RefObject<HTMLDivElement | null>;
  ready: { map: MapLibreMap; tools: Tools } | null;
} {
  const container = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState<{ map: MapLibreMap; tools: Tools } | null>(null);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  // Create once; StrictMode runs this twice in dev, so cleanup must remove the map it made.
  useEffect(() => {
    const unmounted = new AbortController();
    let created: { map: MapLibreMap; tools?: Tools } | null = null;
    void loadMapLibre()
      .then((maplibregl) => {
        if (unmounted.signal.aborted || !container.current) return;
        const { initialView, setupOn, onCreate } = latest.current;
        const map = createBasemapMap(maplibregl, container.current, initialView);
        created = { map };
        map.on('error', (event) => console.error('map error', event.error));
        onCreate?.(map);
        map.once(setupOn, async () => {
          const tools = await latest.current.setup(map, unmounted.signal);
          if (unmounted.signal.aborted) {
            latest.current.teardown?.(tools);
            return;
          }
          created = { map, tools };
          setReady({ map, tools });
        });
      })
      .catch((error: unknown) => {
        console.error(error);
        latest.current.onError?.(error);
      });
    return () => {
      unmounted.abort();
      if (created?.tools !== undefined) latest.current.teardown?.(created.tools);
      created?.map.remove();
      setReady(null);
    };
  }, []);

  return { container, ready };
}
