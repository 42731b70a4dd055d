// Limits the core enforces and the workbench checks first, so a person hears "too large" before
// the bytes cross the bridge. One value for both sides: the core still checks on its own.

/** The largest article file Factdesk imports (20 MiB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/**
 * The longest a waitForChanges call may be held. Short enough that a held call never meets a
 * transport's timeout and a lost wake-up costs at most this long; long enough that an idle window
 * asks about twice a minute.
 */
export const MAX_CHANGE_WAIT_MS = 30_000;
