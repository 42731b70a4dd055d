// Limits the core enforces and the workbench checks first, so a person hears "too large" before
// the bytes cross the bridge. One value for both sides: the core still checks on its own.

/** The largest article file Factdesk imports (20 MiB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
