// How big an import may be: checked by the route (413 / 400) and by the admin page before uploading.
// next.config.ts lets request bodies this large through the proxy (Next buffers 10 MB by default).

/** About 2 KB per feature for the largest file: generous for the export's own format. */
export const MAX_IMPORT_BYTES = 20_000_000;
export const MAX_IMPORT_FEATURES = 10_000;
