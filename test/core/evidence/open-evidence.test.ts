// Issue 13, opening a preserved copy offline: openEvidence writes the evidence's bytes to a file of
// its own (named by its media type, never by what a colleague called it) and hands the path to the
// host (the app opens it with the system's viewer, shell.openPath). HTML and unknown types are not
// opened but saved by the window; a host that cannot open files (the browser bridge) says so.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openFactdesk, type FactdeskCore } from '../../../main/core/service';
import { removeTempDirs, tempDir } from '../store/temp';

afterAll(() => removeTempDirs());

const b64 = (s: string | Buffer): string => Buffer.from(s).toString('base64');

async function deskWithEvidence(core: FactdeskCore, files: Array<{ name: string; data: Buffer }>): Promise<number[]> {
  const [imported] = await core.importFiles({ files: [{ name: 'bericht.txt', data: b64('Bericht\n\nDie Stadt meldet neue Zahlen zu Haushalt und Verkehr.\nSchluss.') }] });
  const claim = await core.createClaimFromQuote({ articleId: imported?.articleId ?? 0, quote: 'Die Stadt meldet neue Zahlen' });
  const source = await core.addSource({ claimId: claim.id, fields: { url: 'https://example.org/zahlen' } });
  const outcomes = await core.addEvidence({ sourceId: source.id, files: files.map((f) => ({ name: f.name, data: f.data.toString('base64') })) });
  return outcomes.map((o) => (o.ok ? o.evidence.id : 0));
}

describe('openEvidence', () => {
  it('hands the host a file with the identical bytes, named by media type; HTML and unknown types are left to the window', async () => {
    const dir = tempDir();
    const opened: string[] = [];
    const core = await openFactdesk({ path: join(dir, 'desk.db'), reviewer: 'Ada', settingsDir: dir, host: { openPath: async (path) => (opened.push(path), true) } });
    try {
      const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(5000, 7)]);
      const audio = Buffer.from('ID3 not really an mp3');
      const html = Buffer.from('<script>alert(1)</script>');
      const tool = Buffer.from('#!/bin/sh\necho hi\n');
      const [pdfId, audioId, htmlId, toolId] = await deskWithEvidence(core, [
        { name: '../../Bericht "final".pdf', data: pdf },
        { name: 'call.mp3', data: audio },
        { name: 'page.html', data: html },
        { name: 'run.sh', data: tool },
      ]);
      expect(await core.openEvidence({ id: pdfId! })).toEqual({ opened: true });
      expect(await core.openEvidence({ id: audioId! })).toEqual({ opened: true });
      expect(opened.map((p) => basename(p))).toEqual([`evidence-${pdfId}.pdf`, `evidence-${audioId}.mp3`]);
      expect(readFileSync(opened[0]!).equals(pdf)).toBe(true);
      expect(readFileSync(opened[1]!).equals(audio)).toBe(true);
      // Never handed to a viewer: a page's HTML (scripts) and files of no known document type.
      expect(await core.openEvidence({ id: htmlId! })).toEqual({ opened: false });
      expect(await core.openEvidence({ id: toolId! })).toEqual({ opened: false });
      expect(opened).toHaveLength(2);
      await core.removeEvidence({ id: pdfId!, reason: 'Wrong file' });
      await expect(core.openEvidence({ id: pdfId! })).rejects.toThrow(/was removed by Ada \(Wrong file\)/);
    } finally {
      await core.close();
    }
  });

  it('says it did not open anything where the host cannot open files (the browser bridge)', async () => {
    const dir = tempDir();
    const core = await openFactdesk({ path: join(dir, 'desk.db'), reviewer: 'Ada', settingsDir: dir });
    try {
      const [id] = await deskWithEvidence(core, [{ name: 'scan.pdf', data: Buffer.from('%PDF-1.4\nx') }]);
      expect(await core.openEvidence({ id: id! })).toEqual({ opened: false });
    } finally {
      await core.close();
    }
  });
});
