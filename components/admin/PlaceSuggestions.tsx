'use client';
import useSWR from 'swr';
import type { PlaceSuggestion } from '@/lib/places/suggest';
import { fetchJson } from '@/lib/swr/fetcher';

/** Countries the chosen article names: one click puts a point there as a starting shape. */
export function PlaceSuggestions({ sourceId, onPick }: { sourceId: number | null; onPick: (geometry: PlaceSuggestion['geometry']) => void }) {
  const { data } = useSWR<{ places: PlaceSuggestion[] }>(sourceId ? `/api/sources/${sourceId}/places` : null, fetchJson);
  if (!data || data.places.length === 0) return null;
  return (
    <div className="place-suggestions">
      <span className="muted">Places named in the article:</span>{' '}
      {data.places.map((place) => (
        <button key={place.iso3} type="button" onClick={() => onPick(place.geometry)} title={`Named ${place.occurrences}× as ${place.found.join(', ')}`}>
          {place.name}
        </button>
      ))}
    </div>
  );
}
