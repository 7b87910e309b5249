// Creating a MapLibre map on the offline basemap, shared by the dashboard and the admin editor.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Locale } from '@/lib/i18n/locales';
import type { MapView } from '@/lib/url-state';
import { BASEMAP_LABEL_LAYERS, basemapName, basemapStyle, labelText, PLACE_DOT_IMAGE, placeDot } from './basemap-style';

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

/** Place dots are drawn at twice their size for sharp edges on high-density screens. */
const PLACE_DOT_PX = 6;

export function createBasemapMap(maplibregl: MapLibre, container: HTMLElement, view: MapView, locale: Locale = 'en'): MapLibreMap {
  const map = new maplibregl.Map({
    container,
    // `?basemap=plain` draws the plain basemap of earlier versions instead (the benchmark's baseline).
    style: basemapStyle(window.location.origin, basemapName(new URLSearchParams(window.location.search).get('basemap')), locale),
    center: [view.lng, view.lat],
    zoom: view.zoom,
    // No label fade-in: with software WebGL a frame takes 0.1-0.3 s, and the fade kept the map
    // drawing for 0.3 s more before its first `idle` (docs/benchmarks.md).
    fadeDuration: 0,
    attributionControl: { compact: true, customAttribution: 'Natural Earth' },
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-left');
  // The style has no sprite: its one image is made here, before the first tile is laid out.
  map.addImage(PLACE_DOT_IMAGE, placeDot(PLACE_DOT_PX * 2), { pixelRatio: 2 });
  return map;
}

/** Relabels the basemap in `locale` (names fall back to the data's own), without rebuilding the style. */
export function setBasemapLanguage(map: MapLibreMap, locale: Locale): void {
  for (const id of BASEMAP_LABEL_LAYERS) if (map.getLayer(id)) map.setLayoutProperty(id, 'text-field', labelText(locale));
}
