// How much of "My queue" one answer holds. A module of its own, without zod: the renderer imports
// these values, and zod's check for eval (`new Function`) is a CSP violation in the page.

/**
 * "My queue" sends this many claims per section unless asked for more: the first screen of a
 * busy desk's review backlog. Reading, sending and rendering 200 per section cost more than a
 * reviewer looks at (issue 16); "Show more" asks for the next page.
 */
export const QUEUE_PAGE_SIZE = 50;
/** The most claims of one section one answer may hold. */
export const QUEUE_MAX_LIMIT = 1_000;
