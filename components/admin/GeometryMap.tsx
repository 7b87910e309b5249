'use client';
// The editor's map: the draft shape drawn as the item will look, and terra-draw for drawing and
// editing it (point, line, polygon; drag vertices, insert midpoints, delete vertices or the shape).
// Separate from the public SituationMap: it shares the map's lifecycle (useMapLibre) and basemap.
import { useEffect, useRef } from 'react';
import type { Geometry } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { GeoJSONStoreFeatures, TerraDraw } from 'terra-draw';
import 'maplibre-gl/dist/maplibre-gl.css';
import { bboxOf } from '@/lib/geo/bbox';
import { geometrySchema } from '@/lib/items/schema';
import { DEFAULT_VIEW } from '@/components/map/SituationMap';
import { exposeForTests } from '@/components/map/test-hooks';
import { useMapLibre } from '@/components/map/useMapLibre';

export type DrawMode = 'static' | 'point' | 'linestring' | 'polygon' | 'select';

/** Which geometry each drawing mode makes; anything else in terra-draw's store is a guide (closing points, handles). */
const MODE_GEOMETRY: Record<string, Geometry['type']> = { point: 'Point', linestring: 'LineString', polygon: 'Polygon' };
const DRAFT_SOURCE = 'draft';

function drawnShapes(draw: TerraDraw): GeoJSONStoreFeatures[] {
  return draw
    .getSnapshot()
    .filter((feature) => MODE_GEOMETRY[String(feature.properties.mode)] === feature.geometry.type && !feature.properties.currentlyDrawing);
}

let loadingTerraDraw: Promise<[typeof import('terra-draw'), typeof import('terra-draw-maplibre-gl-adapter')]> | undefined;

/** terra-draw and its MapLibre adapter, imported once, on demand (like MapLibre itself). */
function loadTerraDraw() {
  loadingTerraDraw ??= Promise.all([import('terra-draw'), import('terra-draw-maplibre-gl-adapter')]);
  return loadingTerraDraw;
}

/** The draft's own layers (the shape as the item will look), under terra-draw's editing handles. */
function addDraftLayers(map: MapLibreMap) {
  map.addSource(DRAFT_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({ id: 'draft-fill', type: 'fill', source: DRAFT_SOURCE, filter: ['==', '$type', 'Polygon'], paint: { 'fill-color': '#1f5fbf', 'fill-opacity': 0.15 } });
  map.addLayer({ id: 'draft-line', type: 'line', source: DRAFT_SOURCE, paint: { 'line-color': '#1f5fbf', 'line-width': 2 } });
  map.addLayer({ id: 'draft-point', type: 'circle', source: DRAFT_SOURCE, filter: ['==', '$type', 'Point'], paint: { 'circle-color': '#1f5fbf', 'circle-radius': 5 } });
}

interface GeometryMapProps {
  geometry: unknown;
  mode: DrawMode;
  /** A shape drawn or edited on the map (null: deleted). */
  onDrawn: (geometry: Geometry | null) => void;
}

export function GeometryMap({ geometry, mode, onDrawn }: GeometryMapProps) {
  const lastDrawn = useRef<string | null>(null);
  // True while the form's geometry is being loaded into terra-draw, whose own events must not echo back.
  const loading = useRef(false);
  const onDrawnRef = useRef(onDrawn);
  useEffect(() => {
    onDrawnRef.current = onDrawn;
  });

  // terra-draw needs a loaded map: set up on `load`, with its modules fetched while the map loads.
  useEffect(() => void loadTerraDraw(), []);
  const { container, ready } = useMapLibre({
    initialView: DEFAULT_VIEW,
    setupOn: 'load',
    setup: async (map, unmounted): Promise<TerraDraw | null> => {
      const [terra, adapter] = await loadTerraDraw();
      if (unmounted.aborted) return null;
      addDraftLayers(map);
      const editable = { draggable: true, coordinates: { draggable: true, deletable: true, midpoints: true } };
      const draw = new terra.TerraDraw({
        adapter: new adapter.TerraDrawMapLibreGLAdapter({ map }),
        modes: [
          new terra.TerraDrawPointMode(),
          new terra.TerraDrawLineStringMode(),
          new terra.TerraDrawPolygonMode(),
          new terra.TerraDrawSelectMode({ flags: { point: { feature: { draggable: true } }, linestring: { feature: editable }, polygon: { feature: editable } } }),
        ],
      });
      draw.start();
      const report = (shape: GeoJSONStoreFeatures | undefined) => {
        const drawn = (shape?.geometry as Geometry | undefined) ?? null;
        lastDrawn.current = JSON.stringify(drawn);
        onDrawnRef.current(drawn);
      };
      // One shape per item: a newly drawn one replaces the previous.
      draw.on('finish', (id, context) => {
        const shapes = drawnShapes(draw);
        if (context.action === 'draw') {
          const others = shapes.filter((shape) => shape.id !== id).map((shape) => shape.id!);
          if (others.length) draw.removeFeatures(others);
        }
        report(shapes.find((shape) => shape.id === id));
      });
      draw.on('change', (_ids, type) => {
        if (type === 'delete' && !loading.current) report(drawnShapes(draw)[0]);
      });
      exposeForTests('sitmapEditor', { map, draw });
      return draw;
    },
    teardown: (draw) => draw?.stop(),
  });
  const draw = ready?.tools ?? null;

  useEffect(() => {
    draw?.setMode(mode);
  }, [draw, mode]);

  // The form's geometry, whichever way it was given, is what the map shows.
  useEffect(() => {
    if (!ready || !draw) return;
    const { map } = ready;
    const valid = geometrySchema.safeParse(geometry);
    (map.getSource(DRAFT_SOURCE) as GeoJSONSource).setData({
      type: 'FeatureCollection',
      features: valid.success ? [{ type: 'Feature', geometry: valid.data as Geometry, properties: {} }] : [],
    });
    const key = JSON.stringify(geometry ?? null);
    if (key === lastDrawn.current) return; // drawn here: terra-draw already holds it
    lastDrawn.current = key;
    loading.current = true;
    try {
      draw.clear();
      const drawMode = valid.success && Object.keys(MODE_GEOMETRY).find((m) => MODE_GEOMETRY[m] === valid.data.type);
      if (drawMode) draw.addFeatures([{ type: 'Feature', geometry: valid.data as GeoJSONStoreFeatures['geometry'], properties: { mode: drawMode } }]);
    } finally {
      loading.current = false;
    }
    if (!valid.success) return;
    const [w, s, e, n] = bboxOf(valid.data as Geometry)!;
    map.fitBounds([[w, s], [e, n]], { padding: 60, maxZoom: 7, duration: 0 });
  }, [ready, draw, geometry]);

  return <div ref={container} className="editor-map" role="region" aria-label="Shape on the map" data-ready={draw ? 'true' : 'false'} />;
}
