import { describe, expect, it } from 'vitest';
import type { ConsentFieldsFragment, PurposeFieldsFragment } from '../gql/graphql';
import { changeDoneMessage, changeLabel, consentItems, newestFirst, nextChange, type ConsentEvent } from './consents';

const purpose = (id: string, lawfulBasis: PurposeFieldsFragment['lawfulBasis'], objectable = false): PurposeFieldsFragment => ({
  id,
  key: id,
  name: `Purpose ${id}`,
  description: '',
  category: 'MARKETING',
  lawfulBasis,
  recipients: null,
  objectable,
});

const consent = (purposeId: string, state: ConsentFieldsFragment['state'], history: ConsentEvent[] = []): ConsentFieldsFragment => ({
  id: `c-${purposeId}`,
  state,
  changedAt: '2026-01-01T00:00:00Z',
  purpose: { id: purposeId },
  policyVersion: null,
  history,
});

describe('consentItems', () => {
  it('lists consent purposes and objectable ones, each once, with their records', () => {
    const purposes = [purpose('a', 'CONSENT'), purpose('b', 'CONTRACT'), purpose('c', 'LEGITIMATE_INTERESTS', true), purpose('a', 'CONSENT')];
    const items = consentItems(purposes, [consent('a', 'GIVEN')]);
    expect(items.consents.map((i) => [i.purpose.id, i.consent?.state ?? null])).toEqual([['a', 'GIVEN']]);
    expect(items.objections.map((i) => [i.purpose.id, i.consent])).toEqual([['c', null]]);
  });

  it('offers the one change that fits the state', () => {
    expect(nextChange({ purpose: purpose('a', 'CONSENT'), consent: null })).toBe('give');
    expect(nextChange({ purpose: purpose('a', 'CONSENT'), consent: consent('a', 'GIVEN') })).toBe('withdraw');
    for (const s of ['WITHDRAWN', 'REFUSED', 'EXPIRED'] as const) {
      expect(nextChange({ purpose: purpose('a', 'CONSENT'), consent: consent('a', s) })).toBe('give');
    }
    expect(nextChange({ purpose: purpose('c', 'LEGITIMATE_INTERESTS', true), consent: null })).toBe('object');
    expect(nextChange({ purpose: purpose('c', 'LEGITIMATE_INTERESTS', true), consent: consent('c', 'OBJECTED') })).toBe('withdrawObjection');
    expect(nextChange({ purpose: purpose('c', 'LEGITIMATE_INTERESTS', true), consent: consent('c', 'OBJECTION_WITHDRAWN') })).toBe('object');
  });

  it('words each change', () => {
    expect(changeLabel('withdraw').label).toBe('Withdraw consent');
    expect(changeLabel('object')).toEqual({ label: 'Object', joiner: 'to' });
    expect(changeDoneMessage('withdraw', 'Profiling')).toContain('takes effect now');
  });

  it('puts the newest event first', () => {
    const e = (id: string, at: string): ConsentEvent => ({
      id,
      kind: 'CONSENT_GIVEN',
      occurredAt: at,
      actorRole: 'SELF',
      source: 'ACCOUNT_PAGE',
      policyVersion: null,
    });
    const events = [e('1', '2026-01-01T00:00:00Z'), e('2', '2026-03-01T00:00:00Z'), e('3', '2026-03-01T00:00:00Z')];
    expect(newestFirst(events).map((x) => x.id)).toEqual(['3', '2', '1']);
    expect(newestFirst(null)).toEqual([]);
  });
});
