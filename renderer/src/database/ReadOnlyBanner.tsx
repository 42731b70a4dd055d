// Says, above the workbench, that the open database cannot be changed and why: a colleague's file
// on a read-only share, a file on a CD, a folder without write permission. Reading, searching and
// exporting still work; every editing control is disabled while it is shown.
import { Trans, useTranslation } from 'react-i18next';
import type { DatabaseInfo } from '@common/contract';

export function ReadOnlyBanner({ info }: { info: DatabaseInfo | null }) {
  const { t } = useTranslation('workbench');
  if (!info?.readOnly) return null;
  return (
    <p className="read-only-banner" role="status">
      <Trans t={t} i18nKey="readOnly.banner" values={{ reason: info.readOnlyReason ?? '' }} components={{ strong: <strong /> }} />
    </p>
  );
}
