// Where a database file lives decides how SQLite may use it: WAL needs shared memory between all
// users of the file, which exists only on one computer (https://sqlite.org/wal.html); over a
// network filesystem or a sync service only a rollback journal is safe, and even that relies on
// locks the network or the sync client may not honour (https://sqlite.org/useovernet.html).
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';

export type LocationKind = 'local' | 'network' | 'synced' | 'memory';
export type JournalMode = 'wal' | 'delete' | 'memory';

export interface DatabaseLocation {
  kind: LocationKind;
  /** The filesystem type or sync service we recognised, for the message. */
  detail: string | null;
  journalMode: JournalMode;
  warning: string | null;
}

/** Filesystem types (from /proc/mounts) whose locking crosses a network. */
const NETWORK_FS_TYPES = new Set([
  'nfs',
  'nfs4',
  'cifs',
  'smb',
  'smb2',
  'smb3',
  'smbfs',
  'ncpfs',
  'afs',
  'coda',
  '9p', // also WSL's view of Windows drives, whose locking SQLite cannot rely on either
  'drvfs',
  'ceph',
  'glusterfs',
  'lustre',
  'gpfs',
  'beegfs',
  'ocfs2',
  'gfs2',
  'davfs',
  'webdav',
  'sshfs',
  'fuse.sshfs',
  'fuse.davfs2',
  'fuse.rclone',
  'fuse.glusterfs',
  'fuse.cephfs',
  'fuse.s3fs',
  'fuse.gcsfuse',
  'fuse.juicefs',
]);

/** Folder names that sync clients own; matched against whole path segments. */
const SYNCED_FOLDER_PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/^dropbox( \(.+\))?$/i, 'Dropbox'],
  [/^onedrive( - .+)?$/i, 'OneDrive'],
  [/^google ?drive$/i, 'Google Drive'],
  [/^my drive$/i, 'Google Drive'],
  [/^icloud ?drive$/i, 'iCloud Drive'],
  [/^mobile documents$/i, 'iCloud Drive'],
  [/^cloudstorage$/i, 'a cloud storage provider'],
  [/^nextcloud$/i, 'Nextcloud'],
  [/^owncloud$/i, 'ownCloud'],
  [/^pcloud ?drive$/i, 'pCloud'],
  [/^box sync$/i, 'Box'],
  [/^megasync$/i, 'MEGA'],
];

export interface DetectOptions {
  /** Contents of /proc/mounts (for tests); read from the system when omitted. */
  mounts?: string | null;
  /** Force a kind (tests of both journal modes; FACTDESK_LOCATION does the same for processes). */
  override?: LocationKind;
}

export function detectLocation(path: string, options: DetectOptions = {}): DatabaseLocation {
  if (path === ':memory:' || path === '') return describe('memory', null);
  const override = options.override ?? parseKind(process.env.FACTDESK_LOCATION);
  if (override) return describe(override, 'set by configuration');

  const absolute = canonicalDirectory(path);
  if (/^\\\\|^\/\/[^/]/.test(path)) return describe('network', 'a UNC network path');

  const synced = syncedService(absolute);
  if (synced) return describe('synced', synced);

  const mounts = options.mounts === undefined ? readMounts() : options.mounts;
  const fsType = mounts ? filesystemTypeOf(absolute, mounts) : null;
  if (fsType && NETWORK_FS_TYPES.has(fsType)) return describe('network', fsType);
  if (fsType === 'fuse' || fsType?.startsWith('fuse.')) {
    // A FUSE filesystem we do not know may be a sync client (e.g. onedriver, google-drive-ocamlfuse).
    if (/drive|cloud|sync|dropbox/i.test(fsType)) return describe('synced', fsType);
  }
  return describe('local', fsType);
}

function parseKind(value: string | undefined): LocationKind | undefined {
  return value === 'local' || value === 'network' || value === 'synced' ? value : undefined;
}

/** The real directory the file is (or will be) in: symlinks resolved where they exist. */
function canonicalDirectory(path: string): string {
  let dir = dirname(resolve(path));
  const rest: string[] = [];
  for (;;) {
    try {
      const real = realpathSync(dir);
      return rest.length ? [real, ...rest.reverse()].join(sep) : real;
    } catch {
      const parent = dirname(dir);
      if (parent === dir) return resolve(path);
      rest.push(dir.slice(parent.length).replace(/^[\\/]/, ''));
      dir = parent;
    }
  }
}

function syncedService(absolutePath: string): string | null {
  for (const segment of absolutePath.split(/[\\/]/)) {
    for (const [pattern, service] of SYNCED_FOLDER_PATTERNS) {
      if (pattern.test(segment)) return service;
    }
  }
  return null;
}

function readMounts(): string | null {
  try {
    return readFileSync('/proc/mounts', 'utf8');
  } catch {
    return null; // not Linux: path patterns are all we have
  }
}

/** The fs type of the longest mount point containing `absolutePath`. */
export function filesystemTypeOf(absolutePath: string, mounts: string): string | null {
  let best: { point: string; type: string } | null = null;
  for (const line of mounts.split('\n')) {
    const [, rawPoint, type] = line.split(' ');
    if (!rawPoint || !type) continue;
    // /proc/mounts escapes space, tab, newline and backslash as octal.
    const point = rawPoint.replace(/\\([0-7]{3})/g, (_, oct: string) => String.fromCharCode(parseInt(oct, 8)));
    const inside = point === '/' || absolutePath === point || absolutePath.startsWith(point.endsWith('/') ? point : `${point}/`);
    if (inside && (!best || point.length >= best.point.length)) best = { point, type };
  }
  return best?.type ?? null;
}

function describe(kind: LocationKind, detail: string | null): DatabaseLocation {
  switch (kind) {
    case 'memory':
      return { kind, detail, journalMode: 'memory', warning: null };
    case 'local':
      return { kind, detail, journalMode: 'wal', warning: null };
    case 'network':
      return {
        kind,
        detail,
        journalMode: 'delete',
        warning:
          `This database is on a network filesystem${detail ? ` (${detail})` : ''}. Factdesk uses a rollback journal here, ` +
          'because SQLite’s WAL mode cannot work across computers. Safety now depends on the file server honouring ' +
          'file locks; some do not, and then simultaneous saves can corrupt the file. Keep regular backups, and if ' +
          'you see errors, have one person work on the file at a time.',
      };
    case 'synced':
      return {
        kind,
        detail,
        journalMode: 'delete',
        warning:
          `This database is in a folder synced by ${detail ?? 'a sync service'}. Sync services copy the file without ` +
          'SQLite’s locks: if two people edit at once, or the folder syncs in the middle of a save, you can get ' +
          'conflicting copies or a damaged file. Let only one person at a time work on a synced copy, or move the ' +
          'file to a shared network drive (or one computer) for team review.',
      };
  }
}
