'use client';
import useSWR from 'swr';
import { PLACE_KINDS, type PlaceKind } from '@/lib/draft/types';
import type { PlaceSuggestion } from '@/lib/places/suggest';
import { fetchJson } from '@/lib/swr/fetcher';

const KIND_LABELS: Record<PlaceKind, string> = {
  country: 'Countries',
  admin1: 'Regions and provinces',
  city: 'Towns',
  sea: 'Seas',
  gulf: 'Gulfs',
  strait: 'Straits',
  canal: 'Canals',
  island: 'Islands',
  archipelago: 'Archipelagos',
  peninsula: 'Peninsulas',
  region: 'Areas',
  landmark: 'Landmarks',
};

/** Places the chosen article names (lib/draft/recognise.ts): one click puts a point there as a starting shape. */
export function PlaceSuggestions({ sourceId, onPick }: { sourceId: number | null; onPick: (geometry: PlaceSuggestion['geometry']) => void }) {
  const { data } = useSWR<{ places: PlaceSuggestion[] }>(sourceId ? `/api/sources/${sourceId}/places` : null, fetchJson);
  if (!data || data.places.length === 0) return null;
  return (
    <div className="place-suggestions">
      <span className="muted">Places named in the article</span>
      {PLACE_KINDS.map((kind) => {
        const places = data.places.filter((place) => place.kind === kind);
        if (places.length === 0) return null;
        return (
          <div key={kind} role="group" aria-label={`Suggested ${KIND_LABELS[kind].toLowerCase()}`} className="place-kind">
            <span className="muted">{KIND_LABELS[kind]}:</span>
            {places.map((place) => (
              <button key={place.name} type="button" onClick={() => onPick(place.geometry)} title={`Named ${place.occurrences}× as ${place.found.join(', ')}`}>
                {place.name}
              </button>
            ))}
          </div>
        );
      })}
    </div>
  );
}
