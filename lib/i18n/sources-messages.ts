// Interface text about the situation and its sources (Sources panel, support of an item, the reader's
// links, the admin's articles and excerpts) in English and French; part of Messages as `sources`.
import type { SupportLevel } from '@/lib/sources/support';

export interface SourcesMessages {
  tabItems: string;
  tabSources: string;
  tabsLabel: string;
  title: (n: number) => string;
  loading: string;
  failed: (message: string) => string;
  empty: string;
  citedBy: (n: number) => string;
  read: string;
  showOnMap: string;
  filteredBy: (titles: string) => string;
  clearSource: string;
  added: string;
  created: (n: number) => string;
  corroborated: (n: number) => string;
  noneCreated: string;
  noneCorroborated: string;
  language: (code: string) => string;
  /** The reader: a link after an excerpt to the item citing it. */
  openItem: (title: string) => string;
  /** The link's visible text (its name, openItem, contains it). */
  onMap: string;
  /** The item's panel. */
  support: (level: SupportLevel, outlets: number, party: string | null) => string;
  badge: Record<SupportLevel, string>;
  outletCount: (n: number) => string;
  according: (who: string) => string;
  sourceUnknown: string;
  corroboratedOnly: string;
  corroboratedOnlyHint: string;
  legendKey: string;
  /** The situation (header, page title, admin). */
  pageTitle: (situation: string) => string;
  situation: string;
  situationName: string;
  situationDescription: string;
  save: string;
  saving: string;
  saved: string;
  saveFailed: (message: string) => string;
  conflict: string;
}

const en: SourcesMessages = {
  tabItems: 'Items',
  tabSources: 'Sources',
  tabsLabel: 'Items or sources',
  title: (n) => `Articles the map is built from (${n})`,
  loading: 'Loading the sources…',
  failed: (message) => `The sources could not be loaded: ${message}`,
  empty: 'No article has been added yet.',
  citedBy: (n) => (n === 1 ? 'cited by 1 item' : `cited by ${n} items`),
  read: 'Read',
  showOnMap: 'Show only its items',
  filteredBy: (titles) => `Showing the items citing: ${titles}`,
  clearSource: 'All sources',
  added: 'What this article added',
  created: (n) => `Items it created (${n})`,
  corroborated: (n) => `Items it corroborated (${n})`,
  noneCreated: 'It created no item.',
  noneCorroborated: 'It corroborated no item.',
  language: (code) => `language: ${code}`,
  openItem: (title) => `Show “${title}” on the map`,
  onMap: 'map',
  support: (level, outlets, party) =>
    level === 'corroborated'
      ? `Supported by ${outlets} independent outlets`
      : level === 'one-party'
        ? party
          ? `Only ${party}’s own statement`
          : 'Only one party’s own statement'
        : 'Single source',
  outletCount: (n) => (n === 1 ? '1 outlet' : `${n} outlets`),
  badge: { corroborated: 'corroborated', 'single-source': 'single source', 'one-party': 'one party’s claim' },
  according: (who) => `according to ${who}`,
  sourceUnknown: 'Unknown outlet',
  corroboratedOnly: 'Corroborated only',
  corroboratedOnlyHint: 'Items reported by at least two independent outlets',
  legendKey: 'single source or one party’s claim (fainter)',
  pageTitle: (situation) => `${situation} — Sitmap situation map`,
  situation: 'Situation',
  situationName: 'Name',
  situationDescription: 'Description',
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved.',
  saveFailed: (message) => `Not saved: ${message}`,
  conflict: 'Someone else changed this meanwhile. Their version is shown below; your text is kept in the form, save again to replace theirs.',
};

const fr: SourcesMessages = {
  tabItems: 'Éléments',
  tabSources: 'Sources',
  tabsLabel: 'Éléments ou sources',
  title: (n) => `Articles dont la carte est tirée (${n})`,
  loading: 'Chargement des sources…',
  failed: (message) => `Les sources n’ont pas pu être chargées : ${message}`,
  empty: 'Aucun article n’a encore été ajouté.',
  citedBy: (n) => (n === 1 ? 'cité par 1 élément' : `cité par ${n} éléments`),
  read: 'Lire',
  showOnMap: 'N’afficher que ses éléments',
  filteredBy: (titles) => `Éléments citant : ${titles}`,
  clearSource: 'Toutes les sources',
  added: 'Ce que cet article a apporté',
  created: (n) => `Éléments qu’il a créés (${n})`,
  corroborated: (n) => `Éléments qu’il a corroborés (${n})`,
  noneCreated: 'Il n’a créé aucun élément.',
  noneCorroborated: 'Il n’a corroboré aucun élément.',
  language: (code) => `langue : ${code}`,
  openItem: (title) => `Afficher « ${title} » sur la carte`,
  onMap: 'carte',
  support: (level, outlets, party) =>
    level === 'corroborated'
      ? `Rapporté par ${outlets} médias indépendants`
      : level === 'one-party'
        ? party
          ? `Seulement la déclaration de ${party}`
          : 'Seulement la déclaration d’une partie'
        : 'Source unique',
  outletCount: (n) => (n === 1 ? '1 média' : `${n} médias`),
  badge: { corroborated: 'corroboré', 'single-source': 'source unique', 'one-party': 'déclaration d’une partie' },
  according: (who) => `selon ${who}`,
  sourceUnknown: 'Média inconnu',
  corroboratedOnly: 'Corroborés seulement',
  corroboratedOnlyHint: 'Éléments rapportés par au moins deux médias indépendants',
  legendKey: 'source unique ou déclaration d’une partie (plus pâle)',
  pageTitle: (situation) => `${situation} — carte de situation Sitmap`,
  situation: 'Situation',
  situationName: 'Nom',
  situationDescription: 'Description',
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  saved: 'Enregistré.',
  saveFailed: (message) => `Non enregistré : ${message}`,
  conflict: 'Quelqu’un d’autre l’a modifié entre-temps. Sa version est affichée ci-dessous ; votre texte reste dans le formulaire, enregistrez à nouveau pour remplacer la sienne.',
};

export const SOURCES_MESSAGES = { en, fr };
