/** The embedded SQLite database, relative to the working directory (git-ignored). */
export const DEFAULT_DATABASE_URL = 'file:./data/sitmap.db';
