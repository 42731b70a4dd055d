// Everything that happened to one article and its claims, newest first, live while open.
import type { Verdict } from '@common/domain/types';
import { useHistory } from './useHistory';
import { truncate } from '../shared/format';
import { Dialog } from '../shared/Dialog';
import { HistoryList } from './HistoryList';

interface Props {
  articleId: number;
  title: string;
  verdicts: readonly Verdict[];
  onClose: () => void;
}

export function ArticleHistoryDialog({ articleId, title, verdicts, onClose }: Props) {
  const history = useHistory({ entity: 'article', id: articleId, articleId });
  return (
    <Dialog title="Article history" onClose={onClose} className="history-dialog">
      <p className="muted">“{truncate(title, 120)}”: who changed what, newest first.</p>
      <div className="history-scroll">
        <HistoryList entries={history.entries} error={history.error} verdicts={verdicts} label="Article history" />
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}
