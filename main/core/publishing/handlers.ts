// The contract's publishing methods: a claim's fact-check goes public once approved (four eyes),
// with its date, publisher and address; it can be withdrawn with a reason, which the history
// keeps; and the corrections made while it was public are listed. The desk's verdict scale is
// edited in scale.ts.
import { FactdeskError } from '@common/domain/errors';
import { publicationUrl } from '@common/domain/publication';
import { CLAIM_STATUS_LABELS } from '@common/domain/types';
import { saveClaimChanges } from '../claims/save';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../dispatch';
import { CLAIMS, loadAtRevision } from '../edit';
import { listCorrections } from '../store/repositories/corrections';
import { getSetting } from '../store/repositories/settings';
import { verdictScaleHandlers } from './scale';

type PublishingMethods = 'publishClaim' | 'unpublishClaim' | 'listCorrections' | 'addVerdict' | 'updateVerdict' | 'removeVerdict' | 'setRatingRange';

export function publishingHandlers(ctx: CoreContext): HandlersOf<PublishingMethods> {
  return {
    async publishClaim({ id, expectedRevision, url }) {
      return ctx.write(async (tx, at) => {
        const current = await loadAtRevision(ctx, tx, CLAIMS, id, expectedRevision);
        if (current.status === 'published') {
          throw new FactdeskError('forbidden', `Claim ${id} is already published (since ${current.publishedAt?.slice(0, 10) ?? 'an unknown date'}).`);
        }
        if (current.status !== 'approved') {
          throw new FactdeskError(
            'forbidden',
            `Only an approved claim can be published, and claim ${id} is "${CLAIM_STATUS_LABELS[current.status]}" (another reviewer approves it first).`,
          );
        }
        const address = url ?? publicationUrl(await getSetting(tx, 'publication_url_pattern'), current);
        if (address === null) {
          throw new FactdeskError(
            'invalid_input',
            `No address can be formed for claim ${id}: give its URL (--url), or set the URL pattern of published fact-checks in the Settings screen or with factdesk settings --url-pattern.`,
          );
        }
        return saveClaimChanges(ctx, tx, at, current, {
          status: 'published',
          publishedAt: at,
          publishedBy: ctx.reviewer,
          publishedUrl: address,
          modifiedAt: null,
        });
      });
    },

    async unpublishClaim({ id, expectedRevision, reason }) {
      return ctx.write(async (tx, at) => {
        const current = await loadAtRevision(ctx, tx, CLAIMS, id, expectedRevision);
        if (current.status !== 'published') throw new FactdeskError('forbidden', `Claim ${id} is not published, so there is nothing to unpublish.`);
        // Back to approved: the approval stands, the claim can be published again. The reason
        // rides in the change-log entry, which is where the history shows it.
        const saved = await saveClaimChanges(ctx, tx, at, current, {
          status: 'approved',
          publishedAt: null,
          publishedBy: null,
          publishedUrl: null,
          modifiedAt: null,
        }, undefined, { unpublishReason: reason });
        return saved;
      });
    },

    async listCorrections({ claimId }) {
      return ctx.connection.read((tx) => listCorrections(tx, [claimId]));
    },

    ...verdictScaleHandlers(ctx),
  };
}
