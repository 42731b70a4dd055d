// Which file a command line names (issue 17): what a double-click or a second launch passes.
import { describe, expect, it } from 'vitest';
import { databaseArgument, LaunchFiles } from '../../main/shell/launch-files';

describe('databaseArgument', () => {
  it('takes the database file, skipping the executable, options and other arguments', () => {
    expect(databaseArgument(['/opt/Factdesk/factdesk', '--no-sandbox', '/home/ada/team.factdesk'], '/tmp')).toBe('/home/ada/team.factdesk');
    expect(databaseArgument(['C:\\Factdesk\\Factdesk.exe', '--allow-file-access-from-files', 'notes.txt'], '/tmp')).toBeNull();
    expect(databaseArgument(['/usr/bin/electron', '.', 'out/main/index.js'], '/tmp')).toBeNull();
    expect(databaseArgument(['/usr/bin/electron', '--inspect=9229.db'], '/tmp')).toBeNull();
  });

  it('makes a relative name absolute against the folder the launch came from', () => {
    expect(databaseArgument(['factdesk', 'desks/team.factdesk'], '/home/ada')).toBe('/home/ada/desks/team.factdesk');
    expect(databaseArgument(['factdesk', 'old.db', 'new.factdesk'], '/srv')).toBe('/srv/new.factdesk');
  });
});

describe('LaunchFiles', () => {
  it('keeps the newest file asked for before the app is ready, then opens later ones at once', () => {
    const files = new LaunchFiles();
    files.request('/a.factdesk');
    files.request('/b.factdesk');
    expect(files.takeWaiting()).toBe('/b.factdesk');
    expect(files.takeWaiting()).toBeNull();
    files.request('/c.factdesk'); // arrived while the first file was opening
    const opened: string[] = [];
    files.ready((path) => opened.push(path));
    files.request('/d.factdesk');
    expect(opened).toEqual(['/c.factdesk', '/d.factdesk']);
  });
});
