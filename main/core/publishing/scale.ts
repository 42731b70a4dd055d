// The desk's own verdict scale: verdicts added, renamed, recoloured, re-rated, moved and removed,
// each change in the change log. The rules: labels unique in both languages (people type them),
// a rating within the scale's bounds or none, a colour that meets the workbench's contrast and is
// told apart from the others, and a verdict still in use removed only with its replacement.
import { verdictColourProblem } from '@common/domain/colours';
import { problemError, refusal } from '@common/contract/refusals';
import { FactdeskError } from '@common/domain/errors';
import type { Verdict, VerdictScale } from '@common/domain/types';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../dispatch';
import { getClaim } from '../store/repositories/claims';
import { setSetting } from '../store/repositories/settings';
import { insertCorrection } from '../store/repositories/corrections';
import { updateAtRevision } from '../store/repositories/rows-update';
import {
  claimsWithVerdict,
  deleteVerdict,
  getVerdictScale,
  insertVerdict,
  reorderVerdicts,
  updateVerdictFields,
  verdictRowId,
} from '../store/repositories/verdicts';
import type { SqlExecutor } from '../store/sqlite';

type ScaleMethods = 'addVerdict' | 'updateVerdict' | 'removeVerdict' | 'setRatingRange';
type VerdictFields = Pick<Verdict, 'label' | 'labelDe' | 'ratingValue' | 'color' | 'colorDark'>;

const fold = (s: string): string => s.trim().toLowerCase();

function keyFromLabel(label: string): string {
  const key = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 100);
  return key || 'verdict';
}

function verdictOf(scale: VerdictScale, key: string): Verdict {
  const verdict = scale.verdicts.find((v) => v.key === key);
  if (!verdict) throw new FactdeskError('not_found', `There is no verdict "${key}" on the scale (${scale.verdicts.map((v) => v.key).join(', ')}).`);
  return verdict;
}

/**
 * Refuses fields that break the scale's rules (only those given); `others` are the verdicts besides
 * the one changed. `darkGiven` is false when the dark-theme colour was not typed but taken from the
 * light one, so a refusal says to give one.
 */
function checkFields(scale: VerdictScale, others: Verdict[], fields: Partial<VerdictFields>, darkGiven = true): void {
  for (const [label, language] of [
    [fields.label, 'en'],
    [fields.labelDe, 'de'],
  ] as const) {
    if (label === undefined || label === null) continue;
    const taken = others.find((o) => fold(o.label) === fold(label) || fold(o.labelDe ?? '') === fold(label) || o.key === label);
    if (taken) throw problemError({ key: 'labelTaken', values: { language, label, taken: taken.label }, valuesDe: { taken: taken.labelDe ?? taken.label } });
  }
  const { ratingValue } = fields;
  const [low, high] = [Math.min(scale.worstRating, scale.bestRating), Math.max(scale.worstRating, scale.bestRating)];
  if (ratingValue !== undefined && ratingValue !== null && (ratingValue < low || ratingValue > high)) {
    throw problemError({ key: 'ratingOutside', values: { rating: String(ratingValue), worst: String(scale.worstRating), best: String(scale.bestRating) } });
  }
  const problems = [
    fields.color === undefined ? null : verdictColourProblem(fields.color, 'light', others),
    fields.colorDark === undefined
      ? null
      : verdictColourProblem(
          fields.colorDark,
          'dark',
          others.map((o) => ({ label: o.label, labelDe: o.labelDe, color: o.colorDark })),
          darkGiven ? 'pick' : 'giveDark',
        ),
  ];
  const problem = problems.find((p) => p !== null);
  if (problem) throw problemError(problem);
}

function positionOrThrow(position: number | undefined, length: number, fallback: number): number {
  if (position === undefined) return fallback;
  if (position > length) throw problemError({ key: 'positionRange', values: { length: String(length), position: String(position) } });
  return position;
}

const snapshot = (v: Verdict): Record<string, unknown> => ({
  key: v.key,
  label: v.label,
  labelDe: v.labelDe,
  ratingValue: v.ratingValue,
  color: v.color,
  colorDark: v.colorDark,
});

export function verdictScaleHandlers(ctx: CoreContext): HandlersOf<ScaleMethods> {
  const log = async (tx: SqlExecutor, at: string, key: string, action: 'create' | 'update' | 'delete', before: Record<string, unknown> | null, after: Record<string, unknown> | null) =>
    ctx.change(tx, at, { entity: 'verdict_scale', entityId: await verdictRowId(tx, key), articleId: null, claimId: null, action, before, after });

  return {
    async addVerdict({ key: givenKey, label, labelDe, ratingValue, color, colorDark, position }) {
      return ctx.write(async (tx, at) => {
        const scale = await getVerdictScale(tx);
        const light = color.trim().toLowerCase();
        // Without a dark-theme colour the verdict keeps its colour there too, if it reads there.
        const fields = { label: label.trim(), labelDe: labelDe.trim(), ratingValue, color: light, colorDark: colorDark?.trim().toLowerCase() ?? light };
        checkFields(scale, scale.verdicts, fields, colorDark !== undefined);
        const key = givenKey ?? keyFromLabel(label);
        if (scale.verdicts.some((v) => v.key === key)) {
          throw problemError({ key: 'keyTaken', values: { key } });
        }
        const at1 = positionOrThrow(position, scale.verdicts.length + 1, scale.verdicts.length + 1);
        await insertVerdict(tx, { key, ...fields }, scale.verdicts.length + 1);
        const order = scale.verdicts.map((v) => v.key);
        order.splice(at1 - 1, 0, key);
        await reorderVerdicts(tx, order);
        await log(tx, at, key, 'create', null, { ...snapshot({ key, ...fields, sortOrder: at1 }), position: at1 });
        return getVerdictScale(tx);
      });
    },

    async updateVerdict({ key, label, labelDe, ratingValue, color, colorDark, position }) {
      return ctx.write(async (tx, at) => {
        const scale = await getVerdictScale(tx);
        const current = verdictOf(scale, key);
        const others = scale.verdicts.filter((v) => v.key !== key);
        const fields: VerdictFields = {
          label: label?.trim() ?? current.label,
          labelDe: labelDe?.trim() ?? current.labelDe,
          ratingValue: ratingValue === undefined ? current.ratingValue : ratingValue,
          color: color?.trim().toLowerCase() ?? current.color,
          colorDark: colorDark?.trim().toLowerCase() ?? current.colorDark,
        };
        // Only what changes is checked: a default colour that predates the rules may stay.
        checkFields(scale, others, {
          label: label === undefined ? undefined : fields.label,
          labelDe: labelDe === undefined ? undefined : fields.labelDe,
          ratingValue,
          color: color === undefined ? undefined : fields.color,
          colorDark: colorDark === undefined ? undefined : fields.colorDark,
        });
        const before: Record<string, unknown> = {};
        const after: Record<string, unknown> = {};
        for (const field of ['label', 'labelDe', 'ratingValue', 'color', 'colorDark'] as const) {
          if (fields[field] !== current[field]) {
            before[field] = current[field];
            after[field] = fields[field];
          }
        }
        await updateVerdictFields(tx, key, after as Partial<VerdictFields>);
        const index = scale.verdicts.indexOf(current) + 1;
        const to = positionOrThrow(position, scale.verdicts.length, index);
        if (to !== index) {
          const order = others.map((v) => v.key);
          order.splice(to - 1, 0, key);
          await reorderVerdicts(tx, order);
          before.position = index;
          after.position = to;
        }
        if (Object.keys(after).length > 0) await log(tx, at, key, 'update', { key, ...before }, { key, ...after });
        return getVerdictScale(tx);
      });
    },

    async removeVerdict({ key, replacement }) {
      return ctx.write(async (tx, at) => {
        const scale = await getVerdictScale(tx);
        const removed = verdictOf(scale, key);
        if (replacement === key) throw problemError({ key: 'replacedByItself', values: {} });
        const replacedBy = replacement === undefined ? undefined : verdictOf(scale, replacement);
        const inUse = await claimsWithVerdict(tx, key);
        if (inUse.length > 0 && replacedBy === undefined) {
          throw refusal('forbidden', {
            key: 'verdictInUse',
            values: { count: inUse.length, label: removed.label },
            valuesDe: { label: removed.labelDe ?? removed.label },
          });
        }
        if (replacedBy !== undefined) {
          for (const claimId of inUse) await replaceVerdictOfClaim(ctx, tx, at, claimId, removed, replacedBy);
        }
        await log(tx, at, key, 'delete', snapshot(removed), replacedBy === undefined ? null : { replacedBy: replacedBy.key });
        await deleteVerdict(tx, key);
        await reorderVerdicts(tx, scale.verdicts.filter((v) => v.key !== key).map((v) => v.key));
        return getVerdictScale(tx);
      });
    },

    async setRatingRange({ worstRating, bestRating }) {
      return ctx.write(async (tx, at) => {
        if (worstRating === bestRating) throw problemError({ key: 'ratingsEqual', values: { rating: String(worstRating) } });
        const scale = await getVerdictScale(tx);
        const [low, high] = [Math.min(worstRating, bestRating), Math.max(worstRating, bestRating)];
        const outside = scale.verdicts.filter((v) => v.ratingValue !== null && (v.ratingValue < low || v.ratingValue > high));
        if (outside.length > 0) {
          // The verdicts are a list of names, not words of the sentence: joined, each in its language.
          const named = (label: (v: Verdict) => string): string => outside.map((v) => `"${label(v)}" (${v.ratingValue})`).join(', ');
          throw problemError({
            key: 'rangeLeavesOut',
            values: { worst: String(worstRating), best: String(bestRating), named: named((v) => v.label), count: outside.length },
            valuesDe: { named: named((v) => v.labelDe ?? v.label) },
          });
        }
        if (scale.worstRating === worstRating && scale.bestRating === bestRating) return scale;
        await setSetting(tx, 'verdict_worst_rating', String(worstRating));
        await setSetting(tx, 'verdict_best_rating', String(bestRating));
        await ctx.change(tx, at, {
          entity: 'verdict_scale',
          // The range is the scale's own, no verdict's: 0 is no verdict row.
          entityId: 0,
          articleId: null,
          claimId: null,
          action: 'update',
          before: { worstRating: scale.worstRating, bestRating: scale.bestRating },
          after: { worstRating, bestRating },
        });
        return getVerdictScale(tx);
      });
    },
  };
}

/**
 * A claim judged with a verdict the desk removes gets its replacement. It is the desk's change of
 * its scale, not a new judgement, so review state is kept; a published claim shows it as a correction.
 */
async function replaceVerdictOfClaim(ctx: CoreContext, tx: SqlExecutor, at: string, claimId: number, removed: Verdict, by: Verdict): Promise<void> {
  const claim = await getClaim(tx, claimId);
  if (!claim) return;
  const published = claim.status === 'published';
  await updateAtRevision(tx, 'claim', claimId, claim.revision, { verdict: by.key, updated_at: at, ...(published ? { modified_at: at } : {}) });
  const after: Record<string, unknown> = { verdict: by.key };
  if (published) {
    const note = `The verdict "${removed.label}" was removed from our scale; this fact-check now carries "${by.label}".`;
    await insertCorrection(tx, { claimId, at, reviewer: ctx.reviewer, note, fields: ['verdict'] });
    Object.assign(after, { modifiedAt: at, correction: note });
  }
  await ctx.change(tx, at, {
    entity: 'claim',
    entityId: claimId,
    articleId: claim.articleId,
    claimId,
    action: 'update',
    before: { verdict: removed.key, ...(published ? { modifiedAt: claim.modifiedAt } : {}) },
    after,
  });
}
