// Says, above the workbench, that the open database cannot be changed and why: a colleague's file
// on a read-only share, a file on a CD, a folder without write permission. Reading, searching and
// exporting still work; every editing control is disabled while it is shown.
import type { DatabaseInfo } from '@common/contract';

export function ReadOnlyBanner({ info }: { info: DatabaseInfo | null }) {
  if (!info?.readOnly) return null;
  return (
    <p className="read-only-banner" role="status">
      <strong>This database is read-only.</strong> {info.readOnlyReason} You can read, search and export it; changes cannot be saved.
      To work on it, copy the file to a folder you can write to and open the copy.
    </p>
  );
}
