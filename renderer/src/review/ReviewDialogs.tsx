// The review and export dialogs of the workbench, one at a time (plus the name prompt above all).
import type { ArticleDetail, Verdict } from '@common/domain/types';
import type { ReviewWorkspace } from './useReviewWorkspace';
import { ExportDialog } from '../export/ExportDialog';
import { ArticleHistoryDialog } from './ArticleHistoryDialog';
import { NamePrompt } from './NamePrompt';
import { QueueDialog } from './QueueDialog';

interface Props {
  review: ReviewWorkspace;
  detail: ArticleDetail | null;
  verdicts: readonly Verdict[];
}

export function ReviewDialogs({ review, detail, verdicts }: Props) {
  const { reviewer, dialog, setDialog } = review;
  const close = () => setDialog(null);
  if (reviewer.prompting) {
    return <NamePrompt current={reviewer.name} required={reviewer.required} onSave={reviewer.save} onCancel={reviewer.cancelChange} />;
  }
  if (dialog === null) return null;
  switch (dialog.kind) {
    case 'export':
      return (
        <ExportDialog
          articleId={detail?.article.id ?? null}
          articleTitle={detail?.article.title ?? null}
          selectedClaimIds={[...review.checked]}
          verdicts={verdicts}
          reviewer={reviewer.name}
          initialScope={dialog.scope}
          onClose={close}
        />
      );
    case 'queue':
      return (
        <QueueDialog
          reviewer={reviewer.name ?? ''}
          page={review.queue.page}
          error={review.queue.error}
          verdicts={verdicts}
          onOpen={(entry) => void review.openQueued(entry)}
          onShowMore={review.queue.showMore}
          onClose={close}
        />
      );
    case 'article-history':
      return detail === null ? null : (
        <ArticleHistoryDialog articleId={detail.article.id} title={detail.article.title} verdicts={verdicts} onClose={close} />
      );
  }
}
