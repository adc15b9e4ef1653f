import { describe, expect, it } from 'vitest';
import {
  accessActorLabel,
  accessSummary,
  accountStatusLabel,
  activityLabel,
  categoryAbout,
  categoryLabel,
  CHANNELS,
  channelLabel,
  consentActorLabel,
  consentEventLabel,
  consentSourceLabel,
  consentStateLabel,
  consentStateTone,
  DATA_CATEGORIES,
  financialKindLabel,
  formatCalendarDate,
  formatMoney,
  hours,
  isServiceTopic,
  lawfulBasisExplanation,
  lawfulBasisLabel,
  learningStatusLabel,
  notificationStatusLabel,
  topicLabel,
  TOPICS,
  actionDoneMessage,
  actionLabel,
  days,
  eventStateLabel,
  eventSummary,
  formatDate,
  formatDateAtTime,
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
    expect(formatDateAtTime('2026-07-01T13:05:00Z')).toBe('1 July 2026 at 14:05');
    expect(formatDateAtTime('2026-12-01T09:00:00Z')).toBe('1 December 2026 at 09:00');
  });

  it('shows nothing for a missing or unreadable value', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('not a date')).toBe('');
    expect(formatDateTime(undefined)).toBe('');
    expect(formatDateAtTime('')).toBe('');
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

describe('account labels', () => {
  it('names every data category, in the registry’s order, with what it covers', () => {
    expect(DATA_CATEGORIES).toEqual(['IDENTITY', 'CONTACT', 'PROFILE', 'LEARNING', 'TRANSACTIONS', 'TECHNICAL', 'MARKETING']);
    for (const c of DATA_CATEGORIES) {
      expect(categoryLabel(c)).not.toBe('');
      expect(categoryAbout(c)).toMatch(/^[A-Z].*\.$/);
    }
    expect(categoryLabel('TECHNICAL')).toBe('Technical and usage data');
  });

  it('says each lawful basis in words, with what it means', () => {
    expect(lawfulBasisLabel('LEGITIMATE_INTERESTS')).toBe('Legitimate interests');
    expect(lawfulBasisLabel('LEGAL_OBLIGATION')).toBe('Legal obligation');
    expect(lawfulBasisExplanation('CONSENT')).toContain('withdraw');
  });

  it('orders the grid as the server does', () => {
    expect(CHANNELS).toEqual(['EMAIL', 'SMS', 'PHONE', 'POST']);
    expect(TOPICS).toEqual(['SERVICE', 'TRAINING_EVENTS', 'NEWSLETTERS', 'SURVEYS', 'PARTNER_OFFERS']);
    expect(CHANNELS.map(channelLabel)).toEqual(['Email', 'SMS', 'Phone', 'Post']);
    expect(topicLabel('PARTNER_OFFERS')).toBe('Partner offers');
    expect(isServiceTopic('SERVICE')).toBe(true);
    expect(isServiceTopic('NEWSLETTERS')).toBe(false);
  });

  it('names consent states, including never decided', () => {
    expect(consentStateLabel('GIVEN')).toBe('Consent given');
    expect(consentStateLabel(null)).toBe('Not given');
    expect(consentStateLabel(null, true)).toBe('No objection');
    expect(consentStateLabel('OBJECTED', true)).toBe('You object');
    expect(consentStateTone('GIVEN')).toBe('on');
    expect(consentStateTone('WITHDRAWN')).toBe('off');
    expect(consentStateTone(null, true)).toBe('on');
    expect(consentStateTone('OBJECTED', true)).toBe('off');
    expect(consentEventLabel('OBJECTION_RAISED')).toBe('Objection raised');
  });

  it('says who made a consent change, as the person reads it about themselves', () => {
    expect(consentActorLabel('SELF')).toBe('You');
    expect(consentActorLabel('EMPLOYER_ADMIN')).toBe('Your employer’s administrator');
    expect(consentActorLabel('STAFF')).toBe('Provider staff');
    expect(consentActorLabel('SYSTEM')).toBe('The portal');
    expect(consentSourceLabel('ACCOUNT_PAGE')).toBe('on your account page');
    expect(consentSourceLabel('GLOBAL_PRIVACY_CONTROL')).toContain('Global Privacy Control');
  });

  it('says who accessed the data and what they did, in words', () => {
    expect(accessActorLabel('STAFF')).toBe('Provider staff');
    expect(accessActorLabel('EMPLOYER_ADMIN', 'Adam Admin', 'Acme Ltd')).toBe('Adam Admin, your employer’s administrator at Acme Ltd');
    expect(accessActorLabel('EMPLOYER_ADMIN', null, 'Acme Ltd')).toBe('Your employer’s administrator at Acme Ltd');
    expect(accessActorLabel('STAFF', 'Provider staff')).toBe('Provider staff');
    expect(accessSummary('READ', 'Profile', 1)).toBe('Looked at your profile');
    expect(accessSummary('READ', 'LearningRecord', 3)).toBe('Looked at 3 of your learning records');
    expect(accessSummary('READ', 'Profile', 2)).toBe('Looked at your profile (2 times)');
    expect(accessSummary('READ', 'User', 2)).toBe('Looked at your account details (2 times)');
    expect(accessSummary('UPDATE', 'CommunicationPreference', 1)).toBe('Changed your communication preference');
    expect(accessSummary('DOWNLOAD', 'ExportArchive', 1)).toBe('Downloaded your data export');
    // An entity the SPA does not know yet is named, not hidden.
    expect(accessSummary('READ', 'Widget', 2)).toBe('Looked at 2 records of type Widget');
    expect(accessSummary('DELETE', 'constructor', 1)).toBe('Deleted a record of type constructor');
  });

  it('labels the rest of what is held', () => {
    expect(activityLabel('LOGIN')).toBe('Signed in');
    expect(learningStatusLabel('COMPLETED')).toBe('Completed');
    expect(financialKindLabel('INVOICE')).toBe('Invoice');
    expect(notificationStatusLabel('SENT')).toBe('Sent');
    expect(accountStatusLabel('ACTIVE')).toBe('Active');
    expect(formatMoney(29500, 'GBP')).toBe('£295.00');
    expect(formatMoney(4500, 'EUR')).toBe('€45.00');
    expect(formatMoney(100, 'nonsense')).toBe('£1.00');
    expect(hours(12)).toBe('12 hours');
    expect(hours(1)).toBe('1 hour');
    expect(hours(4.5)).toBe('4.5 hours');
  });

  it('formats calendar dates without a time-zone shift', () => {
    expect(formatCalendarDate('1968-01-03')).toBe('3 January 1968');
    expect(formatCalendarDate('2028-11-24')).toBe('24 November 2028');
    expect(formatCalendarDate(null)).toBe('');
    expect(formatCalendarDate('2026-11-24T10:00:00Z')).toBe('');
  });
});
