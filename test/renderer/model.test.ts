// The panel's field conversions and the source URL check: what reaches the core.
import { describe, expect, it } from 'vitest';
import { changedFields, fieldsOf, toPatch } from '../../renderer/src/claims/claimFields';
import { checkSourceUrl, toSourceInput, EMPTY_SOURCE } from '../../renderer/src/sources/sourceFields';
import { wordingFor } from '../../renderer/src/claims/wording';
import type { Claim } from '@common/domain/types';

const claim: Claim = {
  id: 1,
  articleId: 1,
  part: 'body',
  quote: { exact: 'x', prefix: '', suffix: '' },
  position: { start: 0, end: 1 },
  orphaned: false,
  claimReviewed: 'x',
  claimant: null,
  claimDate: '2024-03-01',
  verdict: null,
  rationale: null,
  status: 'draft',
  assignee: null,
  verdictSetBy: null,
  approvedBy: null,
  publishedAt: null,
  publishedBy: null,
  publishedUrl: null,
  modifiedAt: null,
  createdBy: null,
  createdAt: '2024-03-01T00:00:00Z',
  updatedAt: '2024-03-01T00:00:00Z',
  revision: 0,
};

describe('claim fields', () => {
  it('sends only changed fields, with emptied optional fields as null', () => {
    const before = fieldsOf(claim);
    const after = { ...before, claimant: 'Lukaschenko', claimDate: '', rationale: '  ' };
    const names = changedFields(before, after);
    expect(names).toEqual(['claimant', 'claimDate', 'rationale']);
    expect(toPatch({ claimant: after.claimant, claimDate: after.claimDate, rationale: after.rationale })).toEqual({
      claimant: 'Lukaschenko',
      claimDate: null,
      rationale: null,
    });
  });
});

describe('source URL check', () => {
  it('accepts http and https only', () => {
    const en = wordingFor('en');
    expect(checkSourceUrl(en, 'https://example.org/a')).toBeNull();
    expect(checkSourceUrl(en, 'http://example.org')).toBeNull();
    expect(checkSourceUrl(en, 'javascript:alert(1)')).toMatch(/Only http/);
    expect(checkSourceUrl(en, 'file:///etc/passwd')).toMatch(/Only http/);
    expect(checkSourceUrl(en, 'example.org')).toMatch(/not a complete web address/);
    expect(checkSourceUrl(en, '  ')).toMatch(/Enter the address/);
  });

  it('says what is wrong in German in a German interface', () => {
    const de = wordingFor('de');
    expect(checkSourceUrl(de, 'file:///etc/passwd')).toBe('Nur Adressen mit http:// und https:// sind erlaubt (diese beginnt mit file:).');
    expect(checkSourceUrl(de, '  ')).toBe('Geben Sie die Adresse der Quelle ein.');
  });

  it('trims and nulls empty fields', () => {
    expect(toSourceInput({ ...EMPTY_SOURCE, url: ' https://a.example/ ', title: ' T ' })).toEqual({
      url: 'https://a.example/',
      title: 'T',
      publisher: null,
      date: null,
      stance: 'context',
      excerpt: null,
    });
  });
});
