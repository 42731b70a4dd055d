// The app opens a preserved copy through the preload's openEvidence: the core writes the evidence
// to a file of its own and the shell hands that file to shell.openPath (faked: no Electron here).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openFactdesk } from '../../main/core/service';
import { openWithSystemViewer } from '../../main/shell/open-path';
import { removeTempDirs, tempDir } from '../core/store/temp';

afterAll(() => removeTempDirs());

describe('opening evidence in the app', () => {
  it('hands the written file to shell.openPath and reports what Electron answered', async () => {
    const dir = tempDir();
    const asked: string[] = [];
    let answer = '';
    const shell = { openPath: async (path: string) => (asked.push(path), answer) };
    const core = await openFactdesk({ path: join(dir, 'desk.db'), reviewer: 'Ada', settingsDir: dir, host: { openPath: openWithSystemViewer(shell) } });
    try {
      const [imported] = await core.importFiles({ files: [{ name: 'b.txt', data: Buffer.from('Bericht\n\nDie Stadt meldet neue Zahlen zu Haushalt und Verkehr.').toString('base64') }] });
      const claim = await core.createClaimFromQuote({ articleId: imported?.articleId ?? 0, quote: 'Die Stadt meldet neue Zahlen' });
      const source = await core.addSource({ claimId: claim.id, fields: { url: 'https://example.org/z' } });
      const video = Buffer.from('not really a video, but kept as one');
      const [added] = await core.addEvidence({ sourceId: source.id, files: [{ name: 'clip.mp4', data: video.toString('base64') }] });
      const id = added?.ok ? added.evidence.id : 0;
      expect(await core.openEvidence({ id })).toEqual({ opened: true });
      expect(asked).toHaveLength(1);
      expect(asked[0]).toMatch(new RegExp(`evidence-${id}\\.mp4$`));
      expect(readFileSync(asked[0]!).equals(video)).toBe(true);
      answer = 'No application is registered for this file.';
      expect(await core.openEvidence({ id })).toEqual({ opened: false });
    } finally {
      await core.close();
    }
  });
});
