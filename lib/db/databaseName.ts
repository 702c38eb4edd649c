// The database's name and the schema version the current code declares last, apart from the schema
// itself (lib/db/schema.ts), so that code which must not load Dexie (the notes page's first read,
// lib/db/bareFirstRead.ts) can name the database too.

export const DB_NAME = 'fsj-gloss';

/** The schema version the current code declares last. */
export const CURRENT_VERSION = 6;
