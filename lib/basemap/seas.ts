// Names on the water: oceans, seas, gulfs and straits, in English and French. No npm package ships
// marine names, so this is a short table curated by hand: the English names are the IHO's usual ones
// ("Limits of Oceans and Seas"), the French ones those of the same bodies in French; each point was
// placed by hand on open water, away from the coasts, and seas.test.ts checks every point is on water
// in the basemap's own 1:10m coastline. `minzoom` is when the name shows: oceans first, straits last.
import type { Feature, FeatureCollection, Point } from 'geojson';

export interface SeaLabelProperties {
  name: string;
  name_fr: string;
  minzoom: number;
}

/** [English, French, lng, lat, minzoom] */
type SeaRow = readonly [string, string, number, number, number];

export const SEA_NAMES: readonly SeaRow[] = [
  ['Atlantic Ocean', 'Océan Atlantique', -40, 30, 1],
  ['Atlantic Ocean', 'Océan Atlantique', -15, -20, 1],
  ['Pacific Ocean', 'Océan Pacifique', -150, 10, 1],
  ['Pacific Ocean', 'Océan Pacifique', -120, -30, 1],
  ['Indian Ocean', 'Océan Indien', 80, -20, 1],
  ['Mediterranean Sea', 'Mer Méditerranée', 18, 34.3, 3],
  ['Black Sea', 'Mer Noire', 34, 43.3, 3],
  ['Caspian Sea', 'Mer Caspienne', 50.8, 42.2, 3],
  ['Red Sea', 'Mer Rouge', 38.5, 20, 3],
  ['Arabian Sea', 'Mer d’Arabie', 64, 15, 3],
  ['Bay of Bengal', 'Golfe du Bengale', 88, 15, 3],
  ['South China Sea', 'Mer de Chine méridionale', 114, 13, 3],
  ['Philippine Sea', 'Mer des Philippines', 132, 20, 3],
  ['Sea of Japan', 'Mer du Japon', 135, 40, 3],
  ['Sea of Okhotsk', 'Mer d’Okhotsk', 150, 53, 3],
  ['Bering Sea', 'Mer de Béring', -178, 58, 3],
  ['Gulf of Mexico', 'Golfe du Mexique', -90, 25, 3],
  ['Caribbean Sea', 'Mer des Caraïbes', -75, 15, 3],
  ['Hudson Bay', 'Baie d’Hudson', -85, 60, 3],
  ['Norwegian Sea', 'Mer de Norvège', 4, 68, 3],
  ['Barents Sea', 'Mer de Barents', 40, 73, 3],
  ['Tasman Sea', 'Mer de Tasman', 160, -38, 3],
  ['Coral Sea', 'Mer de Corail', 155, -16, 3],
  ['North Sea', 'Mer du Nord', 3, 56, 4],
  ['Baltic Sea', 'Mer Baltique', 19, 56, 4],
  ['Persian Gulf', 'Golfe Persique', 51.5, 26.8, 4],
  ['Gulf of Aden', 'Golfe d’Aden', 47.5, 12.5, 4],
  ['Gulf of Oman', 'Golfe d’Oman', 58.5, 24.5, 4],
  ['Gulf of Guinea', 'Golfe de Guinée', 3, 2, 4],
  ['East China Sea', 'Mer de Chine orientale', 125, 29, 4],
  ['Yellow Sea', 'Mer Jaune', 123.5, 35.5, 4],
  ['Gulf of Thailand', 'Golfe de Thaïlande', 102, 9.5, 4],
  ['Java Sea', 'Mer de Java', 111, -5, 4],
  ['Kara Sea', 'Mer de Kara', 70, 75, 4],
  ['Greenland Sea', 'Mer du Groenland', -5, 75, 4],
  ['Bay of Biscay', 'Golfe de Gascogne', -4.5, 45.5, 4],
  ['Aegean Sea', 'Mer Égée', 25, 38.5, 5],
  ['Adriatic Sea', 'Mer Adriatique', 15.5, 43, 5],
  ['Ionian Sea', 'Mer Ionienne', 19, 38, 5],
  ['Tyrrhenian Sea', 'Mer Tyrrhénienne', 12, 40, 5],
  ['Sea of Azov', 'Mer d’Azov', 36.6, 46.1, 5],
  ['English Channel', 'Manche', -2, 50.2, 5],
  ['Gulf of Finland', 'Golfe de Finlande', 26, 59.8, 5],
  ['Gulf of Bothnia', 'Golfe de Botnie', 20, 62.5, 5],
  ['Gulf of Riga', 'Golfe de Riga', 23.5, 57.6, 6],
  ['Sea of Marmara', 'Mer de Marmara', 28.2, 40.75, 6],
  ['Strait of Hormuz', 'Détroit d’Ormuz', 56.5, 26.45, 6],
  ['Taiwan Strait', 'Détroit de Taïwan', 119.5, 24.3, 6],
  ['Strait of Malacca', 'Détroit de Malacca', 100.5, 3, 6],
  ['Strait of Gibraltar', 'Détroit de Gibraltar', -5.6, 35.95, 7],
  ['Bab-el-Mandeb', 'Bab-el-Mandeb', 43.35, 12.6, 7],
  ['Kerch Strait', 'Détroit de Kertch', 36.55, 45.2, 7],
];

export function seaLabels(): FeatureCollection<Point, SeaLabelProperties> {
  return {
    type: 'FeatureCollection',
    features: SEA_NAMES.map(([name, nameFr, lng, lat, minzoom]): Feature<Point, SeaLabelProperties> => ({
      type: 'Feature',
      properties: { name, name_fr: nameFr, minzoom },
      geometry: { type: 'Point', coordinates: [lng, lat] },
    })),
  };
}
