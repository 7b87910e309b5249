// Builds an API item (ItemFeature) for unit tests of code that receives items, e.g. the exports.
import type { Geometry } from 'geojson';
import { shapeBBox } from '@/lib/geo/bbox';
import type { ItemFeature } from '@/lib/items/types';
import { citedSources, supportOf } from '@/lib/sources/support';

type GivenProperties = Omit<ItemFeature['properties'], 'sourceIds' | 'outlets' | 'support'>;

/** Sources and support are computed from the excerpts, as the mapper (lib/items/feature.ts) computes them. */
export function makeItemFeature(
  properties: Partial<GivenProperties> = {},
  geometry: Geometry = { type: 'Point', coordinates: [35.0005, 48.4366] },
): ItemFeature {
  const id = properties.id ?? 3;
  const given: GivenProperties = {
    id,
    title: 'Missile strike on the Pivdenmash plant, Dnipro',
    summary: 'On 21 November 2024 the Russian army fired an experimental missile at the Pivdenmash plant, Dnipro.',
    kind: 'strike',
    status: 'confirmed',
    locationPrecision: 'exact',
    startDate: '2024-11-21',
    endDate: null,
    datePrecision: 'day',
    announcedAt: null,
    actors: ['Russian Armed Forces'],
    countries: ['UKR'],
    version: 1,
    excerpts: [
      {
        id: 7,
        sourceId: 1,
        start: 10,
        end: 36,
        text: 'le tir le 21 novembre, «x»',
        language: 'fr',
        sourceTitle: 'Premier appel (Guérassimov–Brown)',
        outlet: 'Le Monde',
        publishedAt: '2024-12-05',
        attribution: null,
      },
    ],
    ...properties,
  };
  return {
    type: 'Feature',
    id,
    bbox: shapeBBox(geometry)!,
    geometry,
    properties: { ...given, ...citedSources(given.excerpts), support: supportOf(given.excerpts) },
  };
}
