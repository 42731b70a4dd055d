// Everything that happened to one article and its claims, newest first, live while open.
import { useTranslation } from 'react-i18next';
import type { Verdict } from '@common/domain/types';
import { useHistory } from './useHistory';
import { truncate } from '../shared/format';
import { Dialog } from '../shared/Dialog';
import { HistoryList } from './HistoryList';
import { wordingOf } from '../claims/wording';

interface Props {
  articleId: number;
  title: string;
  verdicts: readonly Verdict[];
  onClose: () => void;
}

export function ArticleHistoryDialog({ articleId, title, verdicts, onClose }: Props) {
  const { t } = wordingOf(useTranslation('panels'));
  const history = useHistory({ entity: 'article', id: articleId, articleId });
  return (
    <Dialog title={t('history.title')} onClose={onClose} className="history-dialog">
      <p className="muted">{t('history.intro', { title: truncate(title, 120) })}</p>
      <div className="history-scroll">
        <HistoryList entries={history.entries} error={history.error} verdicts={verdicts} label={t('history.title')} />
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onClose} autoFocus>
          {t('history.close')}
        </button>
      </div>
    </Dialog>
  );
}
