// Plays another reviewer's copy in the middle of a long save: takes the shared file's write lock
// (BEGIN IMMEDIATE, or EXCLUSIVE to shut out readers too in rollback-journal mode), says "locked",
// holds it for the given time, then commits and says "released". Plain sqlite3 on purpose: the
// lock must come from a different process than the Factdesk copy under test.
// Usage: node hold-lock.mjs FILE immediate|exclusive HOLD_MS
import process from 'node:process';
import { setTimeout } from 'node:timers';
import sqlite3 from 'sqlite3';

const [path, mode, holdMs] = process.argv.slice(2);
const db = new sqlite3.Database(path, sqlite3.OPEN_READWRITE);
db.configure('busyTimeout', 5000);
db.exec(`BEGIN ${mode === 'exclusive' ? 'EXCLUSIVE' : 'IMMEDIATE'}`, (err) => {
  if (err) throw err;
  process.stdout.write('locked\n');
  setTimeout(() => {
    db.exec('COMMIT', (commitErr) => {
      if (commitErr) throw commitErr;
      process.stdout.write('released\n');
      db.close();
    });
  }, Number(holdMs));
});
