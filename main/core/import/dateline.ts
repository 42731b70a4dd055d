// Datelines: "ST PETERSBURG: Die Staats- und ..." → "ST PETERSBURG" (German wire style, a colon),
// "RIVERSIDE, Calif. — The city ..." → "RIVERSIDE, Calif." and "Berlin (dpa) - Die ..." → "Berlin"
// (a dash, with an optional region and agency). The paragraph itself keeps the dateline (the text
// must stay exactly as written); we only record it, and the sentence hints skip it.

// Upper-case words (letters, digits, spaces, dots, commas, apostrophes, hyphens, slashes), 2-50
// characters, then a colon and a space.
const COLON = /^(\p{Lu}[\p{Lu}\p{M}\d .,'’/-]{1,49}?)\s*:\s/u;

// A place in capitals ("NEW YORK", "ST. PETERSBURG"), or in ordinary case when an agency follows
// ("Frankfurt/Main (dpa)"), then a region (", Calif.", ", Belarus"), an agency in brackets, and a
// dash (em, en or hyphen) between spaces.
const DASH =
  /^(?:(?<caps>\p{Lu}[\p{Lu}\p{M}\d .'’/-]{0,48}\p{Lu})|(?<word>\p{Lu}[\p{L}\p{M}.'’/-]+(?: \p{Lu}[\p{L}\p{M}.'’/-]+){0,2}))(?<region>, \p{Lu}[\p{L}\p{M}.]*(?: \p{Lu}[\p{L}\p{M}.]*)?)?(?: \((?<agency>[\p{L}&/ -]{2,20})\))?\s+[—–-]\s+/u;

/** All-caps lead-ins that are not places. */
const NOT_PLACES = new Set(['UPDATE', 'UPDATED', 'NOTE', 'EDITOR’S NOTE', "EDITOR'S NOTE", 'BREAKING', 'WARNING', 'CORRECTION', 'FACT CHECK', 'Q', 'A']);

export interface DatelineLead {
  /** The place as written, with its region ("RIVERSIDE, Calif."). */
  place: string;
  /** Characters of the paragraph the dateline takes, its colon or dash and spaces included. */
  length: number;
}

/** The dateline that opens a paragraph, or null. */
export function datelineLead(paragraph: string): DatelineLead | null {
  const colon = COLON.exec(paragraph);
  if (colon) {
    const place = colon[1]?.trim().replace(/[,.]$/, '') ?? '';
    if (!/\p{Lu}.*\p{Lu}/u.test(place) || NOT_PLACES.has(place)) return null;
    return { place, length: colon[0].length };
  }
  const dash = DASH.exec(paragraph);
  const groups = dash?.groups;
  if (!dash || !groups) return null;
  // Ordinary-case words before a dash are a sentence ("Berlin - die Hauptstadt - wächst") unless
  // an agency names the dateline; capitals need three characters ("US — the country" is not one).
  if (groups.word !== undefined && groups.agency === undefined) return null;
  const name = (groups.caps ?? groups.word ?? '').trim();
  if (groups.caps !== undefined && (name.length < 3 || NOT_PLACES.has(name))) return null;
  return { place: `${name}${groups.region ?? ''}`, length: dash[0].length };
}

export function findDateline(firstParagraph: string): string | null {
  return datelineLead(firstParagraph)?.place ?? null;
}
