// Interface text for following the situation (comparison of two moments, feeds) in English and
// French; part of Messages (lib/i18n/messages.ts) as `following`.
import type { ComparedField } from '@/lib/changes/diff';

export interface FollowingMessages {
  follow: string;
  followHint: string;
  atomFeed: string;
  jsonFeed: string;
  feedTitle: string;
  feedSubtitle: string;
  openOnMap: string;
  compare: string;
  compareHint: string;
  since: string;
  until: string;
  time: string;
  knowledgeTime: string;
  eventTime: string;
  showChanges: string;
  stopComparing: string;
  reversed: string;
  /** The banner over the map: which time and which moments. */
  banner: (time: 'knowledge' | 'event', since: string, until: string) => string;
  changes: { knowledge: Record<'appeared' | 'ended' | 'edited', string>; event: Record<'appeared' | 'ended', string> };
  changed: (fields: string) => string;
  fields: Record<ComparedField, string>;
  gained: string;
  lost: string;
  km2: (km2: string) => string;
  areaOf: (kind: string, actors: string) => string;
  none: string;
  loading: string;
  failed: (message: string) => string;
  legend: string;
  count: (n: number) => string;
  ground: string;
}

const en: FollowingMessages = {
  follow: 'Follow this view',
  followHint: 'Feeds of the items created or changed in this view, newest first, for a feed reader:',
  atomFeed: 'Atom feed',
  jsonFeed: 'JSON Feed',
  feedTitle: 'Sitmap: items created or changed in this view',
  feedSubtitle: 'The newest items and edits of a filtered view of the situation map.',
  openOnMap: 'Open on the map',
  compare: 'Compare two moments',
  compareHint: 'What changed between A and B. Dates are UTC days.',
  since: 'A (from)',
  until: 'B (to)',
  time: 'Between',
  knowledgeTime: 'what the map learned (knowledge time)',
  eventTime: 'what happened (event time)',
  showChanges: 'Show changes',
  stopComparing: 'Stop comparing',
  reversed: 'A must be before B.',
  banner: (time, since, until) =>
    time === 'knowledge' ? `What the map learned between ${since} and ${until} (knowledge time).` : `What happened between ${since} and ${until} (event time).`,
  changes: {
    knowledge: { appeared: 'Added', ended: 'Removed', edited: 'Edited' },
    event: { appeared: 'Began', ended: 'Ended' },
  },
  changed: (fields) => `Changed: ${fields}`,
  fields: {
    title: 'title',
    summary: 'summary',
    kind: 'kind',
    status: 'status',
    geometry: 'shape or place',
    locationPrecision: 'location precision',
    startDate: 'start',
    endDate: 'end',
    datePrecision: 'date precision',
    announcedAt: 'announcement',
    actors: 'actors',
    countries: 'countries',
    excerpts: 'quotes',
  },
  gained: 'Ground gained',
  lost: 'Ground lost',
  km2: (km2) => `${km2} km²`,
  areaOf: (kind, actors) => (actors ? `${kind}, ${actors}` : kind),
  none: 'Nothing changed in this view between A and B.',
  loading: 'Comparing…',
  failed: (message) => `The comparison could not be made: ${message}`,
  legend: 'Changes',
  count: (n) => (n === 1 ? '1 change' : `${n} changes`),
  ground: 'Areas',
};

const fr: FollowingMessages = {
  follow: 'Suivre cette vue',
  followHint: 'Flux des éléments créés ou modifiés dans cette vue, les plus récents d’abord, pour un lecteur de flux :',
  atomFeed: 'Flux Atom',
  jsonFeed: 'Flux JSON Feed',
  feedTitle: 'Sitmap : éléments créés ou modifiés dans cette vue',
  feedSubtitle: 'Les derniers éléments et modifications d’une vue filtrée de la carte de situation.',
  openOnMap: 'Ouvrir sur la carte',
  compare: 'Comparer deux moments',
  compareHint: 'Ce qui a changé entre A et B. Dates en jours UTC.',
  since: 'A (du)',
  until: 'B (au)',
  time: 'Entre',
  knowledgeTime: 'ce que la carte a appris (temps de la connaissance)',
  eventTime: 'ce qui s’est passé (temps des événements)',
  showChanges: 'Afficher les changements',
  stopComparing: 'Arrêter la comparaison',
  reversed: 'A doit précéder B.',
  banner: (time, since, until) =>
    time === 'knowledge'
      ? `Ce que la carte a appris entre le ${since} et le ${until} (temps de la connaissance).`
      : `Ce qui s’est passé entre le ${since} et le ${until} (temps des événements).`,
  changes: {
    knowledge: { appeared: 'Ajouté', ended: 'Retiré', edited: 'Modifié' },
    event: { appeared: 'Commencé', ended: 'Terminé' },
  },
  changed: (fields) => `Modifié : ${fields}`,
  fields: {
    title: 'titre',
    summary: 'résumé',
    kind: 'type',
    status: 'statut',
    geometry: 'forme ou lieu',
    locationPrecision: 'précision du lieu',
    startDate: 'début',
    endDate: 'fin',
    datePrecision: 'précision des dates',
    announcedAt: 'annonce',
    actors: 'acteurs',
    countries: 'pays',
    excerpts: 'citations',
  },
  gained: 'Terrain gagné',
  lost: 'Terrain perdu',
  km2: (km2) => `${km2} km²`,
  areaOf: (kind, actors) => (actors ? `${kind}, ${actors}` : kind),
  none: 'Rien n’a changé dans cette vue entre A et B.',
  loading: 'Comparaison…',
  failed: (message) => `La comparaison n’a pas pu être faite : ${message}`,
  legend: 'Changements',
  count: (n) => (n === 1 ? '1 changement' : `${n} changements`),
  ground: 'Zones',
};

export const FOLLOWING_MESSAGES = { en, fr };
