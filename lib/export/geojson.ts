// The dashboard's GeoJSON export (pure, runs in the browser): exactly the items given, as an RFC 7946
// FeatureCollection with each item's excerpts and source, ready for QGIS/GDAL and for lib/import.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { toRfc7946Geometry } from '@/lib/geo/rfc7946';
import type { ExcerptDto, ItemFeature } from '@/lib/items/types';

/** An excerpt with its offsets into the source's text (JS string / UTF-16 units); ids stay in this database. */
type ExportedExcerpt = Omit<ExcerptDto, 'id'>;

/** An item's properties as the file holds them: without the version, and with its sources named. */
interface ExportedProperties extends Omit<ItemFeature['properties'], 'version' | 'excerpts'> {
  /** Titles of the sources the excerpts come from, "; "-separated (one attribute column in a GIS). */
  source: string;
  excerpts: ExportedExcerpt[];
}

type ExportedFeature = Feature<Geometry, ExportedProperties> & { id: number };
export type ExportedCollection = FeatureCollection<Geometry, ExportedProperties> & { features: ExportedFeature[] };

export const GEOJSON_MEDIA_TYPE = 'application/geo+json';

/** Distinct source titles of an item, in citation order. */
export function sourceTitles(item: ItemFeature): string[] {
  return [...new Set(item.properties.excerpts.map((excerpt) => excerpt.sourceTitle))];
}

export function toExportFeature(item: ItemFeature): ExportedFeature {
  const p = item.properties;
  return {
    type: 'Feature',
    id: p.id,
    geometry: toRfc7946Geometry(item.geometry),
    properties: {
      id: p.id,
      title: p.title,
      summary: p.summary,
      kind: p.kind,
      status: p.status,
      locationPrecision: p.locationPrecision,
      startDate: p.startDate,
      endDate: p.endDate,
      datePrecision: p.datePrecision,
      announcedAt: p.announcedAt,
      actors: p.actors,
      countries: p.countries,
      source: sourceTitles(item).join('; '),
      sourceIds: p.sourceIds,
      outlets: p.outlets,
      support: p.support,
      excerpts: p.excerpts.map(({ sourceId, start, end, text, language, sourceTitle, outlet, publishedAt, attribution }) => ({
        sourceId, start, end, text, language, sourceTitle, outlet, publishedAt, attribution,
      })),
    },
  };
}

export function toExportCollection(items: ItemFeature[]): ExportedCollection {
  return { type: 'FeatureCollection', features: items.map(toExportFeature) };
}

/** The .geojson file's text. */
export function exportGeoJson(items: ItemFeature[]): string {
  return `${JSON.stringify(toExportCollection(items), null, 1)}\n`;
}
