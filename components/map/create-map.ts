// Creating a MapLibre map on the offline basemap, shared by the dashboard and the admin editor.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapView } from '@/lib/url-state';
import { basemapFormat, basemapStyle } from './basemap-style';

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

export function createBasemapMap(maplibregl: MapLibre, container: HTMLElement, view: MapView): MapLibreMap {
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
