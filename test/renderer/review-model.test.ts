// The pure parts of the review and export UI: history wording, busy retry, export filters, people.
import { describe, expect, it } from 'vitest';
import type { ChangeEntry, Verdict } from '@common/domain/types';
import type { FactdeskApi } from '@common/contract';
import { FactdeskCallError } from '@common/contract/client';
import { createBusyTracker, withBusyRetry } from '../../renderer/src/shared/busyRetry';
import { choiceProblem, DEFAULT_CHOICES, toExportFilter, type ExportChoices } from '../../renderer/src/export/exportOptions';
import { describeHistory, formatValue, historySentence } from '../../renderer/src/review/history';
import { wordingFor } from '../../renderer/src/claims/wording';
import { describeEditing, initials } from '../../renderer/src/review/people';
import { groupPresence, samePresence } from '../../renderer/src/review/usePresence';

const en = wordingFor('en');
const de = wordingFor('de');

const verdicts: Verdict[] = [
  { key: 'false', label: 'False', labelDe: 'Falsch', ratingValue: 1, color: '#d64545', colorDark: '#d64545', sortOrder: 5 },
  { key: 'mostly_false', label: 'Mostly false', labelDe: null, ratingValue: 2, color: '#e8833a', colorDark: '#e8833a', sortOrder: 4 },
];

function entry(partial: Partial<ChangeEntry>): ChangeEntry {
  return {
    id: 1,
    at: '2025-03-12T14:05:00.000Z',
    reviewer: 'Anna Becker',
    entity: 'claim',
    entityId: 7,
    articleId: 1,
    action: 'update',
    before: null,
    after: null,
    ...partial,
  };
}

describe('history wording', () => {
  it('says who changed which field from what to what, with verdict and status labels', () => {
    const [line] = describeHistory(
      en,
      [
        entry({
          before: { verdict: null, status: 'draft', verdictSetBy: null, revision: 2 },
          after: { verdict: 'false', status: 'needs_review', verdictSetBy: 'Ben Kramer', revision: 3 },
        }),
      ],
      verdicts,
    );
    expect(line && historySentence(en, line)).toBe('Anna Becker changed claim #7');
    expect(line?.reviewer).toBe('Anna Becker');
    expect(line?.changes).toEqual([
      { field: 'verdict', label: 'Verdict', from: '—', to: 'False' },
      { field: 'status', label: 'Status', from: 'Draft', to: 'Needs review' },
      { field: 'verdictSetBy', label: 'Verdict set by', from: '—', to: 'Ben Kramer' },
    ]);
  });

  it('names creations, deletions, replies and resolutions, newest first', () => {
    const lines = describeHistory(
      en,
      [
        entry({ id: 1, action: 'create', after: { quote: { exact: 'Einsatz im Oktober' }, status: 'draft' } }),
        entry({ id: 2, entity: 'comment', entityId: 3, action: 'create', after: { body: 'Quelle?', parentId: null } }),
        entry({ id: 3, entity: 'comment', entityId: 4, action: 'create', after: { body: 'AP.', parentId: 3 } }),
        entry({ id: 4, entity: 'comment', entityId: 3, before: { resolved: false }, after: { resolved: true } }),
        entry({ id: 5, entity: 'source', entityId: 9, action: 'delete', before: { url: 'https://example.org/a', title: null } }),
      ],
      verdicts,
    );
    expect(lines.map((l) => [historySentence(en, l), l.detail])).toEqual([
      ['Anna Becker removed a source', 'https://example.org/a'],
      ['Anna Becker resolved a comment thread', null],
      ['Anna Becker replied', '“AP.”'],
      ['Anna Becker commented', '“Quelle?”'],
      ['Anna Becker marked claim #7', '“Einsatz im Oktober”'],
    ]);
    expect(lines[1]?.changes).toEqual([{ field: 'resolved', label: 'Resolved', from: 'No', to: 'Yes' }]);
  });

  it('names evidence added, archived and removed, with the file, its SHA-256 and the reason', () => {
    const sha = 'ab'.repeat(32);
    const lines = describeHistory(
      en,
      [
        entry({ id: 1, entity: 'evidence', entityId: 4, action: 'create', after: { kind: 'file', fileName: 'photo.png', sha256: sha } }),
        entry({ id: 2, entity: 'evidence', entityId: 5, action: 'create', after: { kind: 'screenshot', fileName: 'screenshot.png', url: 'https://example.org/a', sha256: sha } }),
        entry({ id: 3, entity: 'evidence', entityId: 4, action: 'delete', before: { kind: 'file', fileName: 'photo.png', sha256: sha }, after: { removalReason: 'Wrong bridge', sha256: sha } }),
      ],
      verdicts,
    );
    expect(lines.map((l) => [historySentence(en, l), l.detail, l.changes])).toEqual([
      ['Anna Becker removed evidence', `photo.png (SHA-256 ${sha}): Wrong bridge`, []],
      ['Anna Becker archived a page (screenshot)', `https://example.org/a (SHA-256 ${sha})`, []],
      ['Anna Becker added evidence', `photo.png (SHA-256 ${sha})`, []],
    ]);
    expect(lines.map((l) => historySentence(de, l))).toEqual([
      'Anna Becker hat einen Beleg entfernt',
      'Anna Becker hat eine Seite archiviert (Bildschirmfoto)',
      'Anna Becker hat einen Beleg hinzugefügt',
    ]);
  });

  it('formats unknown verdicts, stances and long text readably', () => {
    expect(formatValue(en, 'verdict', 'pants_on_fire', verdicts)).toBe('pants_on_fire');
    expect(formatValue(en, 'stance', 'refutes', verdicts)).toBe('Refutes the claim');
    expect(formatValue(en, 'rationale', 'x'.repeat(500), verdicts).length).toBe(240);
  });

  it('speaks German in a German interface: the sentence, field labels, statuses and the desk\'s German verdict label', () => {
    const [line] = describeHistory(de, [entry({ before: { verdict: null, status: 'draft' }, after: { verdict: 'false', status: 'needs_review' } })], verdicts);
    expect(line && historySentence(de, line)).toBe('Anna Becker hat Behauptung #7 geändert');
    expect(line?.changes).toEqual([
      { field: 'verdict', label: 'Bewertung', from: '—', to: 'Falsch' },
      { field: 'status', label: 'Status', from: 'Entwurf', to: 'Zur Prüfung' },
    ]);
    // A verdict without a German label keeps its English one.
    expect(formatValue(de, 'verdict', 'mostly_false', verdicts)).toBe('Mostly false');
    expect(formatValue(de, 'quote', { exact: 'Einsatz' }, verdicts)).toBe('„Einsatz“');
    expect(formatValue(de, 'resolved', true, verdicts)).toBe('Ja');
  });
});

describe('busy retry', () => {
  const busy = () => new FactdeskCallError('locked', 'busy');

  function fakeApi(outcomes: Array<() => Promise<unknown>>): { api: FactdeskApi; calls: () => number } {
    let calls = 0;
    const getSettings = () => {
      const next = outcomes[Math.min(calls, outcomes.length - 1)];
      calls++;
      return next ? next() : Promise.resolve(null);
    };
    return { api: { getSettings } as unknown as FactdeskApi, calls: () => calls };
  }

  it('retries a busy call and reports "retrying" until it succeeds', async () => {
    const tracker = createBusyTracker();
    const seen: string[] = [];
    tracker.subscribe(() => seen.push(`retrying=${tracker.retrying} pending=${tracker.pending}`));
    const settings = { reviewerName: 'A', organisationName: null, organisationUrl: null };
    const fake = fakeApi([() => Promise.reject(busy()), () => Promise.reject(busy()), () => Promise.resolve(settings)]);
    const api = withBusyRetry(fake.api, tracker, [1, 1, 1], () => Promise.resolve());
    await expect(api.getSettings({})).resolves.toEqual(settings);
    expect(fake.calls()).toBe(3);
    expect(seen).toEqual([
      'retrying=false pending=true',
      'retrying=true pending=true',
      'retrying=false pending=true',
      'retrying=false pending=false',
    ]);
  });

  it('does not count the held live-feed call as pending: the busy line would ask the core every 500 ms for ever', async () => {
    const tracker = createBusyTracker();
    let answer: (value: unknown) => void = () => undefined;
    const held = { waitForChanges: () => new Promise((resolve) => (answer = resolve)) } as unknown as FactdeskApi;
    const call = withBusyRetry(held, tracker, [1], () => Promise.resolve()).waitForChanges({ afterId: 3, waitMs: 30_000 });
    expect(tracker.pending).toBe(false);
    answer({ entries: [], lastId: 3, headId: 3 });
    await expect(call).resolves.toEqual({ entries: [], lastId: 3, headId: 3 });
    expect(tracker.pending).toBe(false);
  });

  it('gives up after its delays with the busy error, and never retries other errors', async () => {
    const tracker = createBusyTracker();
    const stillBusy = fakeApi([() => Promise.reject(busy())]);
    await expect(withBusyRetry(stillBusy.api, tracker, [1, 1], () => Promise.resolve()).getSettings({})).rejects.toMatchObject({ code: 'busy' });
    expect(stillBusy.calls()).toBe(3);
    expect(tracker.retrying).toBe(false);

    const conflict = fakeApi([() => Promise.reject(new FactdeskCallError('changed', 'conflict'))]);
    await expect(withBusyRetry(conflict.api, tracker, [1, 1], () => Promise.resolve()).getSettings({})).rejects.toMatchObject({ code: 'conflict' });
    expect(conflict.calls()).toBe(1);
  });
});

describe('export choices', () => {
  const choices = (patch: Partial<ExportChoices>): ExportChoices => ({ ...DEFAULT_CHOICES, scope: 'article', ...patch });

  it('turns scope and filters into the contract filter', () => {
    const context = { articleId: 4, selectedClaimIds: [9, 2] };
    expect(toExportFilter(choices({}), context)).toEqual({ articleId: 4 });
    expect(toExportFilter(choices({ scope: 'selected' }), context)).toEqual({ claimIds: [2, 9] });
    expect(
      toExportFilter(choices({ scope: 'database', statuses: ['approved'], verdicts: ['false'], reviewer: ' Ben ', from: '2025-01-01', to: '2025-02-01' }), context),
    ).toEqual({ status: ['approved'], verdict: ['false'], reviewer: 'Ben', from: '2025-01-01', to: '2025-02-01' });
  });

  it('explains choices that cannot be exported', () => {
    expect(choiceProblem(choices({}), { articleId: null, selectedClaimIds: [] })).toMatch(/Open an article/);
    expect(choiceProblem(choices({ scope: 'selected' }), { articleId: 1, selectedClaimIds: [] })).toMatch(/Tick claims/);
    expect(choiceProblem(choices({ from: '2025-03-01', to: '2025-02-01' }), { articleId: 1, selectedClaimIds: [] })).toMatch(/after/);
    expect(choiceProblem(choices({ scope: 'database' }), { articleId: null, selectedClaimIds: [] })).toBeNull();
  });
});

describe('people and presence', () => {
  it('makes initials and readable editing markers', () => {
    expect(initials('Anna Becker')).toBe('AB');
    expect(initials('e2e-reviewer')).toBe('ER');
    expect(initials('zoë')).toBe('ZO');
    expect(describeEditing(en, 'claim:12')).toBe('editing claim #12');
    expect(describeEditing(en, 'article:3', () => 'Putin und Lukaschenko')).toBe('reading “Putin und Lukaschenko”');
    expect(describeEditing(de, 'article:3', () => 'Putin und Lukaschenko')).toBe('liest „Putin und Lukaschenko“');
  });

  it('treats a heartbeat that only renews the same people as no change (the workbench is not drawn again every 5 s)', () => {
    const before = [
      { reviewer: 'Ben', editing: 'claim:2', seenAt: '2026-12-02T10:00:00.000Z' },
      { reviewer: 'Anna', editing: null, seenAt: '2026-12-02T10:00:01.000Z' },
    ];
    const renewed = before.map((e) => ({ ...e, seenAt: '2026-12-02T10:00:05.000Z' }));
    expect(samePresence(before, renewed)).toBe(true);
    expect(samePresence([], [])).toBe(true);
    expect(samePresence(before, [...renewed].reverse())).toBe(true);
    expect(samePresence(before, [before[0]!])).toBe(false);
    expect(samePresence(before, [before[0]!, { ...before[1]!, editing: 'claim:7' }])).toBe(false);
    expect(samePresence(before, [before[0]!, { ...before[1]!, reviewer: 'Cem' }])).toBe(false);
  });

  it('groups several windows of one reviewer into one line', () => {
    expect(
      groupPresence([
        { reviewer: 'Ben', editing: 'claim:2', seenAt: '' },
        { reviewer: 'Anna', editing: null, seenAt: '' },
        { reviewer: 'Ben', editing: 'article:1', seenAt: '' },
      ]),
    ).toEqual([
      { reviewer: 'Anna', editing: [] },
      { reviewer: 'Ben', editing: ['article:1', 'claim:2'] },
    ]);
  });
});
