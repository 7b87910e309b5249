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

/**
 * Up to this zoom, clusters come from the per-cell counts of the table "ItemCell" (levels zoom + 3,
 * kept by the triggers of migration item_cells), so a low-zoom tile reads at most 64 rows whatever
 * the number of items; deeper tiles group their own few items from the R*Tree.
 */
export const MAX_PRECOMPUTED_CLUSTER_ZOOM = 7;
