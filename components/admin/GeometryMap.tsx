'use client';
// The editor's map: the draft shape drawn as the item will look, and terra-draw for drawing and
// editing it (point, line, polygon; drag vertices, insert midpoints, delete vertices or the shape).
// Separate from the public SituationMap: it shares only the offline basemap style.
import { useEffect, useRef, useState } from 'react';
import type { Geometry } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { GeoJSONStoreFeatures, TerraDraw } from 'terra-draw';
import 'maplibre-gl/dist/maplibre-gl.css';
import { shapeBBox } from '@/lib/geo/bbox';
import { geometrySchema } from '@/lib/items/schema';
import { createBasemapMap, loadMapLibre } from '@/components/map/create-map';
import { DEFAULT_VIEW } from '@/components/map/SituationMap';

export const DRAW_MODES = ['static', 'point', 'linestring', 'polygon', 'select'] as const;
export type DrawMode = (typeof DRAW_MODES)[number];

/** Which geometry each drawing mode makes; anything else in terra-draw's store is a guide (closing points, handles). */
const MODE_GEOMETRY: Record<string, Geometry['type']> = { point: 'Point', linestring: 'LineString', polygon: 'Polygon' };
const DRAFT_SOURCE = 'draft';

function drawnShapes(draw: TerraDraw): GeoJSONStoreFeatures[] {
  return draw
    .getSnapshot()
    .filter((feature) => MODE_GEOMETRY[String(feature.properties.mode)] === feature.geometry.type && !feature.properties.currentlyDrawing);
}

declare global {
  interface Window {
    /** The editor's map and drawing tool, for browser tests. */
    sitmapEditor?: { map: MapLibreMap; draw: TerraDraw };
  }
}

interface GeometryMapProps {
  geometry: unknown;
  mode: DrawMode;
  /** A shape drawn or edited on the map (null: deleted). */
  onDrawn: (geometry: Geometry | null) => void;
}

export function GeometryMap({ geometry, mode, onDrawn }: GeometryMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const [tools, setTools] = useState<{ map: MapLibreMap; draw: TerraDraw } | null>(null);
  const lastDrawn = useRef<string | null>(null);
  // True while the form's geometry is being loaded into terra-draw, whose own events must not echo back.
  const loading = useRef(false);
  const onDrawnRef = useRef(onDrawn);
  useEffect(() => {
    onDrawnRef.current = onDrawn;
  });

  useEffect(() => {
    let cancelled = false;
    let created: { map: MapLibreMap; draw?: TerraDraw } | null = null;
    void Promise.all([loadMapLibre(), import('terra-draw'), import('terra-draw-maplibre-gl-adapter')]).then(
      ([maplibregl, terra, adapter]) => {
        if (cancelled || !container.current) return;
        const map = createBasemapMap(maplibregl, container.current, DEFAULT_VIEW);
        created = { map };
        map.on('load', () => {
          map.addSource(DRAFT_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
          map.addLayer({ id: 'draft-fill', type: 'fill', source: DRAFT_SOURCE, filter: ['==', '$type', 'Polygon'], paint: { 'fill-color': '#1f5fbf', 'fill-opacity': 0.15 } });
          map.addLayer({ id: 'draft-line', type: 'line', source: DRAFT_SOURCE, paint: { 'line-color': '#1f5fbf', 'line-width': 2 } });
          map.addLayer({ id: 'draft-point', type: 'circle', source: DRAFT_SOURCE, filter: ['==', '$type', 'Point'], paint: { 'circle-color': '#1f5fbf', 'circle-radius': 5 } });
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
          created = { map, draw };
          window.sitmapEditor = { map, draw };
          setTools({ map, draw });
        });
      },
    );
    return () => {
      cancelled = true;
      created?.draw?.stop();
      created?.map.remove();
      setTools(null);
    };
  }, []);

  useEffect(() => {
    tools?.draw.setMode(mode);
  }, [tools, mode]);

  // The form's geometry, whichever way it was given, is what the map shows.
  useEffect(() => {
    if (!tools) return;
    const { map, draw } = tools;
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
    const [w, s, e, n] = shapeBBox(valid.data as Geometry)!;
    map.fitBounds([[w, s], [e, n]], { padding: 60, maxZoom: 7, duration: 0 });
  }, [tools, geometry]);

  return <div ref={container} className="editor-map" role="region" aria-label="Shape on the map" data-ready={tools ? 'true' : 'false'} />;
}
