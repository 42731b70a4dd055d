// The core's refusals as the German command line says them (issue 15): built by the core's own
// constructors, so a change to their codes or details shows here. What the CLI does not cover stays
// the core's English sentence; in English the core's sentence is always the one shown.
import { afterAll, describe, expect, it } from 'vitest';
import { ConflictError, FactdeskError } from '@common/domain/errors';
import { refusalMessage, setCliLanguage } from '../../main/cli/messages';
import { refusal } from '@common/contract/refusals';
import { refused } from '../../main/core/store/inspect';
import { busyError } from '../../main/core/store/sqlite';
import { explainStorageError, readOnlyError } from '../../main/core/store/storage-errors';

const PATH = '/srv/desk/desk.db';
const usage = (message: string): Error => new Error(message);

afterAll(() => setCliLanguage('en', usage));

/** An error as the sqlite3 driver raises it: a message and a SQLITE_ code. */
function driverError(code: string, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

describe('refusals in German', () => {
  it('says not found, stale revision, deleted, busy, read-only, disk full and newer schema in German', () => {
    setCliLanguage('de', usage);
    const diskFull = explainStorageError(driverError('SQLITE_FULL', 'database or disk is full'), { path: PATH, readOnly: false, inode: null });
    expect(diskFull).toBeInstanceOf(FactdeskError);
    const said = [
      new FactdeskError('not_found', 'There is no source 7.', { entity: 'source', id: 7 }),
      new ConflictError('claim', 3, 4, { revision: 6 }),
      new ConflictError('source', 3, 4, null),
      busyError(PATH),
      readOnlyError(PATH, null),
      diskFull as FactdeskError,
      refused(PATH, 'it was written by a newer Factdesk.', { schemaVersion: 42 }),
    ].map(refusalMessage);
    expect(said).toEqual([
      'Es gibt keine Quelle 7.',
      'Diese Behauptung wurde inzwischen von jemand anderem geändert (Sie gingen von Revision 4 aus, jetzt ist es Revision 6). Nichts wurde gespeichert.',
      'Diese Quelle wurde von jemand anderem gelöscht, während Sie daran gearbeitet haben.',
      'Eine andere Person speichert gerade in diese Datei, und sie blieb gesperrt, während wir es erneut versucht haben. Nichts ging verloren; bitte versuchen Sie es gleich noch einmal.',
      expect.stringMatching(/^„\/srv\/desk\/desk\.db“ kann nicht beschrieben werden, darum wurde nichts gespeichert oder geändert\./),
      expect.stringMatching(/^Auf dem Datenträger mit „\/srv\/desk\/desk\.db“ ist kein Platz mehr/),
      'Factdesk öffnet „/srv/desk/desk.db“ nicht: Die Datei stammt von einer neueren Factdesk-Version (Schema 42). Aktualisieren Sie Factdesk, um sie zu öffnen.',
    ]);
  });

  it('leaves what it does not cover in the core’s English, and English always to the core', () => {
    setCliLanguage('de', usage);
    const tampered = refused(PATH, 'its structure differs from what Factdesk creates.', { differences: ['table x'] });
    const workflow = new FactdeskError('forbidden', 'You cannot approve your own verdict.');
    expect([tampered, workflow].map(refusalMessage)).toEqual([tampered.message, workflow.message]);
    setCliLanguage('en', usage);
    const conflict = new ConflictError('claim', 3, 4, { revision: 6 });
    expect(refusalMessage(conflict)).toBe(conflict.message);
  });

  it('says a rule refused by key in German whatever its code (forbidden, a removed evidence’s not found)', () => {
    setCliLanguage('de', usage);
    const fourEyes = refusal('forbidden', { key: 'fourEyes', values: {} }, { verdictSetBy: 'Anna', reviewer: 'Anna' });
    const removed = refusal('not_found', { key: 'evidenceRemoved', values: { id: '3', reason: 'Privatadresse' } });
    expect([fourEyes, removed].map(refusalMessage)).toEqual([
      'Sie haben diese Bewertung selbst vergeben, deshalb muss jemand anderes sie freigeben (Vier-Augen-Prinzip).',
      'Beleg 3 wurde entfernt (Privatadresse); nur seine SHA-256-Prüfsumme ist erhalten.',
    ]);
    setCliLanguage('en', usage);
    expect(refusalMessage(removed)).toBe('Evidence 3 was removed (Privatadresse); only its SHA-256 is kept.');
  });
});
