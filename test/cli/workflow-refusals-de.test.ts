// The core's workflow refusals on a German command line (issue 15): four eyes, publishing only an
// approved claim, and a published claim's change without a correction note, each said in German
// under LANG=de_DE.UTF-8 (real processes, a real file), and the English run unchanged.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../core/store/temp';
import { assertBuilt, cli, SAMPLE } from './run';

const QUOTE = 'Einsatz russischer Atomwaffen im Oktober abgeschlossen';
const ANNA_DE = { LANG: 'de_DE.UTF-8', FACTDESK_REVIEWER: 'Anna' };
const BEN_DE = { LANG: 'de_DE.UTF-8', FACTDESK_REVIEWER: 'Ben' };
const ANNA_EN = { FACTDESK_REVIEWER: 'Anna' };
let db: string;

beforeAll(async () => {
  assertBuilt();
  db = join(tempDir('factdesk-workflow-de-'), 'desk.db');
  expect((await cli(['import', SAMPLE, '--db', db], ANNA_DE)).code).toBe(0);
  const added = await cli(['claim', 'add', '1', '--quote', QUOTE, '--verdict', 'Falsch', '--db', db], ANNA_DE);
  expect(added.code, added.stderr).toBe(0);
});
afterAll(removeTempDirs);

async function revision(): Promise<string> {
  const r = await cli(['show', '1', '--json', '--db', db]);
  expect(r.code, r.stderr).toBe(0);
  return String((JSON.parse(r.stdout) as { claims: Array<{ revision: number }> }).claims[0]!.revision);
}

/** A refused command: exit 1 and exactly this one line on stderr. */
async function refusedWith(args: string[], env: Record<string, string>, line: string): Promise<void> {
  const r = await cli([...args, '--db', db], env);
  expect(r.code, r.stderr).toBe(1);
  expect(r.stderr).toBe(`${line}\n`);
}

describe('workflow refusals in German', () => {
  it('says the four-eyes rule in German when the verdict’s author approves it, and in English under LANG=C', async () => {
    const approve = ['claim', 'update', '1', '--expect-rev', await revision(), '--status', 'approved'];
    await refusedWith(approve, ANNA_DE, 'Fehler: Sie haben diese Bewertung selbst vergeben, deshalb muss jemand anderes sie freigeben (Vier-Augen-Prinzip).');
    await refusedWith(approve, ANNA_EN, 'error: You set this verdict yourself, so another reviewer has to approve it (four-eyes rule).');
  });

  it('says in German that only an approved claim is published, naming its German status', async () => {
    await refusedWith(
      ['claim', 'publish', '1', '--expect-rev', await revision(), '--url', 'https://desk.example/checks/1'],
      BEN_DE,
      'Fehler: Nur eine freigegebene Behauptung kann veröffentlicht werden, und Behauptung 1 ist „Entwurf“ (jemand anderes gibt sie zuerst frei).',
    );
  });

  it('says in German that a published claim’s change needs a correction note', async () => {
    const approved = await cli(['claim', 'update', '1', '--expect-rev', await revision(), '--status', 'approved', '--db', db], BEN_DE);
    expect(approved.code, approved.stderr).toBe(0);
    const published = await cli(['claim', 'publish', '1', '--expect-rev', await revision(), '--url', 'https://desk.example/checks/1', '--db', db], BEN_DE);
    expect(published.code, published.stderr).toBe(0);
    await refusedWith(
      ['claim', 'update', '1', '--expect-rev', await revision(), '--rationale', 'Neu begründet.'],
      ANNA_DE,
      'Fehler: Diese Behauptung ist veröffentlicht: Wer ändert, was ihr Faktencheck sagt, braucht einen Korrekturhinweis (der Korrekturdialog oder --correction TEXT).',
    );
  });
});
