// The numbered schema migrations, in order. Each is a .sql file inlined at build time, so the
// bundled app (out/main) and the tests read the same text. Append only: never edit a shipped one.
import init001 from './migrations/001_init.sql?raw';
import searchLookupIndexes002 from './migrations/002_search_lookup_indexes.sql?raw';
import claimPart003 from './migrations/003_claim_part.sql?raw';
import publishing004 from './migrations/004_publishing.sql?raw';
import evidence005 from './migrations/005_evidence.sql?raw';
import assist006 from './migrations/006_assist.sql?raw';
import scale007 from './migrations/007_scale.sql?raw';
import verdictDarkColours008 from './migrations/008_verdict_dark_colours.sql?raw';
import evidenceLog009 from './migrations/009_evidence_log.sql?raw';
import dateKeyedSearch010 from './migrations/010_date_keyed_search.sql?raw';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '001_init', sql: init001 },
  { version: 2, name: '002_search_lookup_indexes', sql: searchLookupIndexes002 },
  { version: 3, name: '003_claim_part', sql: claimPart003 },
  { version: 4, name: '004_publishing', sql: publishing004 },
  { version: 5, name: '005_evidence', sql: evidence005 },
  { version: 6, name: '006_assist', sql: assist006 },
  { version: 7, name: '007_scale', sql: scale007 },
  { version: 8, name: '008_verdict_dark_colours', sql: verdictDarkColours008 },
  { version: 9, name: '009_evidence_log', sql: evidenceLog009 },
  { version: 10, name: '010_date_keyed_search', sql: dateKeyedSearch010 },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

/** PRAGMA application_id of every Factdesk database: "FDK1" in ASCII. */
export const FACTDESK_APPLICATION_ID = 0x46444b31;
