// Where a file lives decides its journal mode and the warning the user sees.
import { describe, expect, it } from 'vitest';
import { detectLocation, filesystemTypeOf } from '../../../main/core/store/location';

const MOUNTS = [
  'overlay / overlay rw,relatime 0 0',
  'server:/export /mnt/team nfs4 rw,relatime 0 0',
  '//fs/share /mnt/smb\\040share cifs rw 0 0',
  'sshfs#me@host: /home/me/remote fuse.sshfs rw 0 0',
  '/dev/sda1 /home ext4 rw 0 0',
].join('\n');

describe('detectLocation', () => {
  it('chooses WAL on a local disk, without a warning', () => {
    const where = detectLocation('/home/me/factdesk.db', { mounts: MOUNTS });
    expect(where).toMatchObject({ kind: 'local', journalMode: 'wal', warning: null, detail: 'ext4' });
  });

  it.each([
    ['/mnt/team/checks/factdesk.db', 'nfs4'],
    ['/mnt/smb share/factdesk.db', 'cifs'],
    ['/home/me/remote/factdesk.db', 'fuse.sshfs'],
  ])('chooses a rollback journal on a network filesystem: %s', (path, fsType) => {
    const where = detectLocation(path, { mounts: MOUNTS });
    expect(where).toMatchObject({ kind: 'network', journalMode: 'delete', detail: fsType });
    expect(where.warning).toMatch(/network filesystem.*rollback journal/s);
  });

  it.each([
    ['/home/me/Dropbox/team/factdesk.db', 'Dropbox'],
    ['/home/me/OneDrive - Newsroom/factdesk.db', 'OneDrive'],
    ['/home/me/Google Drive/factdesk.db', 'Google Drive'],
    ['/Users/me/Library/Mobile Documents/com~apple~CloudDocs/factdesk.db', 'iCloud Drive'],
    ['/home/me/iCloud Drive/factdesk.db', 'iCloud Drive'],
  ])('warns about a synced folder: %s', (path, service) => {
    const where = detectLocation(path, { mounts: MOUNTS });
    expect(where).toMatchObject({ kind: 'synced', journalMode: 'delete', detail: service });
    expect(where.warning).toContain(service);
    expect(where.warning).toMatch(/one person at a time/);
  });

  it('treats a UNC path as a network share', () => {
    expect(detectLocation('\\\\server\\share\\factdesk.db', { mounts: null }).kind).toBe('network');
  });

  it('can be forced, so both journal modes can be tested on one disk', () => {
    expect(detectLocation('/home/me/factdesk.db', { mounts: MOUNTS, override: 'network' }).journalMode).toBe('delete');
  });

  it('finds the longest mount point, not a prefix of another name', () => {
    expect(filesystemTypeOf('/mnt/teamwork/x', MOUNTS)).toBe('overlay');
    expect(filesystemTypeOf('/mnt/team', MOUNTS)).toBe('nfs4');
  });
});
