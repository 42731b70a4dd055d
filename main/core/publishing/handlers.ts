// The contract's publishing methods: a claim's fact-check goes public once approved (four eyes),
// with its date, publisher and address; it can be withdrawn with a reason, which the history
// keeps; and the corrections made while it was public are listed. The desk's verdict scale is
// edited in scale.ts.
import { problemError, refusal } from '@common/contract/refusals';
import { publicationUrl } from '@common/domain/publication';
import { CLAIM_STATUS_LABELS } from '@common/domain/types';
import { translator } from '@common/i18n';
import { saveClaimChanges } from '../claims/save';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../dispatch';
import { CLAIMS, loadAtRevision } from '../edit';
import { listCorrections } from '../store/repositories/corrections';
import { getSetting } from '../store/repositories/settings';
import { verdictScaleHandlers } from './scale';

/** A status's German label, for a refusal that names it (the English label is the contract's). */
const germanCommon = translator('de', 'common');

type PublishingMethods = 'publishClaim' | 'unpublishClaim' | 'listCorrections' | 'addVerdict' | 'updateVerdict' | 'removeVerdict' | 'setRatingRange';

export function publishingHandlers(ctx: CoreContext): HandlersOf<PublishingMethods> {
  return {
    async publishClaim({ id, expectedRevision, url }) {
      return ctx.write(async (tx, at) => {
        const current = await loadAtRevision(ctx, tx, CLAIMS, id, expectedRevision);
        if (current.status === 'published') {
          throw refusal('forbidden', { key: 'alreadyPublished', values: { id: String(id), since: current.publishedAt?.slice(0, 10) ?? 'unknown' } });
        }
        if (current.status !== 'approved') {
          throw refusal('forbidden', {
            key: 'publishOnlyApproved',
            values: { id: String(id), status: CLAIM_STATUS_LABELS[current.status] },
            valuesDe: { status: germanCommon(`status.${current.status}`) },
          });
        }
        const address = url ?? publicationUrl(await getSetting(tx, 'publication_url_pattern'), current);
        if (address === null) {
          throw problemError({ key: 'noPublicationAddress', values: { id: String(id) } });
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
        if (current.status !== 'published') throw refusal('forbidden', { key: 'notPublished', values: { id: String(id) } });
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
