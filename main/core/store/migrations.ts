// The numbered schema migrations, in order. Each is a .sql file inlined at build time, so the
// bundled app (out/main) and the tests read the same text. Append only: never edit a shipped one.
import init001 from './migrations/001_init.sql?raw';
import searchLookupIndexes002 from './migrations/002_search_lookup_indexes.sql?raw';
import claimPart003 from './migrations/003_claim_part.sql?raw';
import assist006 from './migrations/006_assist.sql?raw';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '001_init', sql: init001 },
  { version: 2, name: '002_search_lookup_indexes', sql: searchLookupIndexes002 },
  { version: 3, name: '003_claim_part', sql: claimPart003 },
  // 4 and 5 are other branches' (the lead renumbers at merge); versions must stay contiguous here.
  { version: 4, name: '006_assist', sql: assist006 },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

/** PRAGMA application_id of every Factdesk database: "FDK1" in ASCII. */
export const FACTDESK_APPLICATION_ID = 0x46444b31;
