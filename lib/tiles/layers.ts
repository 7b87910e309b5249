// What an item tile holds (pure: shared by the tile builder on the server and the map in the browser).

/** Source layers of an item tile: the items as the map draws them, or counts per cell. */
export const ITEMS_LAYER = 'items';
export const CLUSTERS_LAYER = 'clusters';

/**
 * Above this many items a tile carries clusters instead of the items: every item would make the tile
 * slow to build, heavy to send and unreadable on screen. Chosen with `npm run bench`.
 */
export const MAX_ITEMS_PER_TILE = 500;

/** Cells per tile side when clustering (64 px each on a 512 px tile). */
export const CLUSTER_GRID = 8;
