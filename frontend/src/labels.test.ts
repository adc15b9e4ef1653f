import { describe, expect, it } from 'vitest';
import {
  actionDoneMessage,
  actionLabel,
  days,
  eventStateLabel,
  eventSummary,
  formatDate,
  formatDateTime,
  months,
  REJECTION_REASONS,
  rejectionLabel,
  REQUEST_ACTIONS,
  REQUEST_STATES,
  REQUEST_TYPES,
  requestTitle,
  stateLabel,
  stateTone,
  typeExplanation,
  typeLabel,
} from './labels';

describe('request labels', () => {
  it('names and explains every right in one sentence, for oneself and for an employee', () => {
    expect(REQUEST_TYPES).toEqual(['ACCESS', 'PORTABILITY', 'RECTIFICATION', 'ERASURE', 'RESTRICTION', 'OBJECTION']);
    for (const t of REQUEST_TYPES) {
      expect(typeLabel(t)).not.toBe('');
      for (const other of [false, true]) {
        const sentence = typeExplanation(t, other);
        expect(sentence).toMatch(/^[A-Z].*\.$/);
        expect(sentence.split('. ')).toHaveLength(1);
      }
    }
    expect(typeExplanation('ACCESS')).toBe('Get a copy of the personal data we hold about you.');
    expect(typeExplanation('ACCESS', true)).toContain('about them');
    expect(typeExplanation('ERASURE')).toContain('except what the law makes us keep');
    expect(typeExplanation('PORTABILITY')).toContain('machine-readable');
    expect(requestTitle('ACCESS')).toBe('Access request');
  });

  it('labels every state, with the words the tests and people look for', () => {
    expect(REQUEST_STATES).toHaveLength(7);
    expect(stateLabel('SUBMITTED')).toBe('Submitted');
    expect(stateLabel('IN_PROGRESS')).toBe('In progress');
    expect(stateLabel('COMPLETED')).toBe('Completed');
    expect(stateLabel('AWAITING_INFORMATION')).toBe('Waiting for information');
    expect(new Set(REQUEST_STATES.map(stateLabel)).size).toBe(REQUEST_STATES.length);
    expect(stateTone('COMPLETED')).toBe('done');
    expect(stateTone('CANCELLED')).toBe('closed');
  });

  it('describes timeline events from the plain-string states of the API', () => {
    expect(eventSummary('', 'SUBMITTED')).toBe('Request submitted');
    expect(eventSummary('SUBMITTED', 'IN_PROGRESS')).toBe('From Submitted to In progress');
    expect(eventSummary('IN_PROGRESS', 'COMPLETED')).toBe('From In progress to Completed');
    expect(eventSummary('EXTENDED', 'EXTENDED')).toBe('Extended again');
    expect(eventSummary('IN_PROGRESS', 'IN_PROGRESS')).toBe('In progress (state unchanged)');
    // A state the SPA does not know yet is shown, not dropped.
    expect(eventStateLabel('ON_HOLD')).toBe('ON_HOLD');
    expect(eventStateLabel('')).toBe('');
  });

  it('labels rejection reasons and actions', () => {
    expect(REJECTION_REASONS).toEqual(['MANIFESTLY_UNFOUNDED', 'EXCESSIVE', 'REPETITIVE', 'EXEMPTION_APPLIES']);
    expect(rejectionLabel('EXEMPTION_APPLIES')).toBe('An exemption applies');
    expect(REQUEST_ACTIONS).toHaveLength(7);
    for (const a of REQUEST_ACTIONS) {
      expect(actionLabel(a)).not.toBe('');
      expect(actionDoneMessage(a)).toMatch(/\.$/);
    }
    expect(actionLabel('START')).toBe('Start work on the request');
  });
});

describe('dates', () => {
  it('shows dates in UK time whatever the browser zone', () => {
    // 23:30 UTC on 29 March 2026 is already 30 March in British Summer Time.
    expect(formatDate('2026-03-29T23:30:00Z')).toBe('30 March 2026');
    expect(formatDate('2026-01-31T23:30:00Z')).toBe('31 January 2026');
    expect(formatDateTime('2026-07-01T13:05:00Z')).toBe('1 Jul 2026, 14:05');
  });

  it('shows nothing for a missing or unreadable value', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('not a date')).toBe('');
    expect(formatDateTime(undefined)).toBe('');
  });

  it('counts months and days', () => {
    expect(months(1)).toBe('1 month');
    expect(months(2)).toBe('2 months');
    expect(days(null)).toBe('—');
    expect(days(1)).toBe('1 day');
    expect(days(12)).toBe('12 days');
    expect(days(4.25)).toBe('4.3 days');
  });
});
