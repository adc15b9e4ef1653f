import { describe, expect, it } from 'vitest';
import {
  erasurePhase,
  exportInProgress,
  exportPercent,
  formatBytes,
  groupByCategory,
  holdKindLabel,
  keptUntil,
  pollDelay,
  POLL_INTERVAL_MS,
  records,
  reportCategoryLabel,
  shortHash,
  totalCount,
  type PollSubject,
} from './outcome';

describe('formatBytes', () => {
  it('says bytes below a kilobyte, with the singular for one', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(1023)).toBe('1023 bytes');
  });

  it('uses binary multiples with one decimal below 10 and none above', () => {
    expect(formatBytes(1024)).toBe('1 KB');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(24_700)).toBe('24 KB');
    expect(formatBytes(3_355_443)).toBe('3.2 MB');
    expect(formatBytes(5 * 1024 ** 3)).toBe('5 GB');
    expect(formatBytes(1500 * 1024 ** 4)).toBe('1,500 TB');
  });

  it('moves up a unit rather than saying 1024 of the one below', () => {
    expect(formatBytes(1024 * 1024 - 1)).toBe('1 MB');
    expect(formatBytes(1024 * 1023.6)).toBe('1 MB');
  });

  it('says nothing for something that is not a size', () => {
    expect(formatBytes(-1)).toBe('');
    expect(formatBytes(Number.NaN)).toBe('');
    expect(formatBytes(Number.POSITIVE_INFINITY)).toBe('');
  });
});

describe('shortHash', () => {
  const sha = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

  it('keeps the first 8 and last 4 digits of a SHA-256', () => {
    expect(shortHash(sha)).toBe('9f86d081…0a08');
  });

  it('leaves a value already short enough as it is', () => {
    expect(shortHash('abc')).toBe('abc');
    expect(shortHash('0123456789abc')).toBe('0123456789abc');
    expect(shortHash(' abc ')).toBe('abc');
  });
});

describe('the export archive', () => {
  it('is in progress while pending or building only', () => {
    expect(exportInProgress({ state: 'PENDING' })).toBe(true);
    expect(exportInProgress({ state: 'BUILDING' })).toBe(true);
    for (const state of ['READY', 'FAILED', 'EXPIRED'] as const) expect(exportInProgress({ state })).toBe(false);
    expect(exportInProgress(null)).toBe(false);
    expect(exportInProgress(undefined)).toBe(false);
  });

  it('shows a whole percent between 0 and 100, and 100 once ready', () => {
    expect(exportPercent({ state: 'BUILDING', progress: 42.4 })).toBe(42);
    expect(exportPercent({ state: 'BUILDING', progress: 140 })).toBe(100);
    expect(exportPercent({ state: 'PENDING', progress: -5 })).toBe(0);
    expect(exportPercent({ state: 'BUILDING', progress: Number.NaN })).toBe(0);
    expect(exportPercent({ state: 'READY', progress: 97 })).toBe(100);
  });
});

describe('erasurePhase', () => {
  const now = Date.parse('2026-09-10T12:00:00Z');
  const erasure = { type: 'ERASURE' as const, state: 'SUBMITTED' as const, open: true };

  it('is none of an erasure’s business for other types', () => {
    expect(erasurePhase({ ...erasure, type: 'ACCESS' }, now)).toBeNull();
  });

  it('is the cooling-off before the scheduled time, under way from it on', () => {
    expect(erasurePhase({ ...erasure, erasureScheduledAt: '2026-09-24T12:00:00Z' }, now)).toBe('coolingOff');
    expect(erasurePhase({ ...erasure, state: 'IN_PROGRESS', erasureScheduledAt: '2026-09-10T12:00:00Z' }, now)).toBe('underWay');
    expect(erasurePhase({ ...erasure, erasureScheduledAt: '2026-09-10T11:59:59Z' }, now)).toBe('underWay');
  });

  it('is with staff when open with no schedule (an admin’s request, or postponed by a hold)', () => {
    expect(erasurePhase({ ...erasure, erasureScheduledAt: null }, now)).toBe('withStaff');
    expect(erasurePhase({ ...erasure, erasureScheduledAt: 'not a time' }, now)).toBe('withStaff');
  });

  it('is done once completed, and stopped when rejected or cancelled', () => {
    expect(erasurePhase({ ...erasure, state: 'COMPLETED', open: false, erasureScheduledAt: '2026-09-10T11:00:00Z' }, now)).toBe('done');
    expect(erasurePhase({ ...erasure, state: 'REJECTED', open: false }, now)).toBe('stopped');
    expect(erasurePhase({ ...erasure, state: 'CANCELLED', open: false, erasureScheduledAt: '2026-09-24T12:00:00Z' }, now)).toBe('stopped');
  });
});

describe('pollDelay', () => {
  const now = Date.parse('2026-09-10T12:00:00Z');
  const access: PollSubject = { type: 'ACCESS', state: 'COMPLETED', open: false, exportArchive: { state: 'BUILDING' } };
  const erasure: PollSubject = { type: 'ERASURE', state: 'IN_PROGRESS', open: true, erasureScheduledAt: '2026-09-10T11:59:00Z' };

  it('checks every 1.5 s while the archive is pending or building', () => {
    expect(POLL_INTERVAL_MS).toBe(1500);
    expect(pollDelay(access, now)).toBe(1500);
    expect(pollDelay({ ...access, exportArchive: { state: 'PENDING' } }, now)).toBe(1500);
  });

  it('stops once the archive is ready, failed or expired, or when there is none', () => {
    for (const state of ['READY', 'FAILED', 'EXPIRED'] as const) {
      expect(pollDelay({ ...access, exportArchive: { state } }, now)).toBeNull();
    }
    expect(pollDelay({ ...access, exportArchive: null }, now)).toBeNull();
    expect(pollDelay({ ...access, state: 'IN_PROGRESS', open: true, exportArchive: null }, now)).toBeNull();
  });

  it('checks every 1.5 s while an erasure is under way, and stops when it is done', () => {
    expect(pollDelay(erasure, now)).toBe(1500);
    expect(pollDelay({ ...erasure, state: 'COMPLETED', open: false }, now)).toBeNull();
  });

  it('does not check during a long cooling-off, but wakes up when one ends within the hour', () => {
    expect(pollDelay({ ...erasure, state: 'SUBMITTED', erasureScheduledAt: '2026-09-24T12:00:00Z' }, now)).toBeNull();
    expect(pollDelay({ ...erasure, state: 'SUBMITTED', erasureScheduledAt: '2026-09-10T12:10:00Z' }, now)).toBe(10 * 60 * 1000 + 1000);
    // Never sooner than the usual interval.
    expect(pollDelay({ ...erasure, state: 'SUBMITTED', erasureScheduledAt: '2026-09-10T12:00:00.200Z' }, now)).toBe(1500);
  });

  it('backs off after failed checks, doubling up to 30 s', () => {
    expect(pollDelay(access, now, 1)).toBe(3000);
    expect(pollDelay(access, now, 2)).toBe(6000);
    expect(pollDelay(access, now, 10)).toBe(30_000);
    expect(pollDelay(access, now, -1)).toBe(1500);
  });
});

describe('erasure reports', () => {
  const items = [
    { category: 'TECHNICAL', description: 'Sign-ins and pages used', count: 40 },
    { category: 'IDENTITY', description: 'Your account', count: 1 },
    { category: 'SOMETHING_NEW', description: 'A new kind of record', count: 2 },
    { category: 'IDENTITY', description: 'Your profile', count: 1 },
    { category: 'ACCOUNTABILITY', description: 'Your requests', count: 3 },
  ];

  it('groups items by category in the order of My data, then the others as they come, with totals', () => {
    const groups = groupByCategory(items);
    expect(groups.map((g) => g.category)).toEqual(['IDENTITY', 'TECHNICAL', 'SOMETHING_NEW', 'ACCOUNTABILITY']);
    expect(groups[0]).toMatchObject({ label: 'Identity', count: 2 });
    expect(groups[0]!.items.map((i) => i.description)).toEqual(['Your account', 'Your profile']);
    expect(groups[1]).toMatchObject({ label: 'Technical and usage data', count: 40 });
    expect(groups[2]!.label).toBe('Something new');
    expect(groups[3]!.label).toBe('Records of requests and access');
  });

  it('groups nothing into nothing, and never counts below zero', () => {
    expect(groupByCategory([])).toEqual([]);
    expect(groupByCategory([{ category: 'CONTACT', description: 'x', count: -2 }])[0]!.count).toBe(0);
    expect(totalCount(items)).toBe(47);
    expect(totalCount([])).toBe(0);
  });

  it('names categories, hold kinds and counts in words', () => {
    expect(reportCategoryLabel('transactions')).toBe('Purchases and payments');
    expect(reportCategoryLabel('')).toBe('');
    expect(holdKindLabel('COMPLAINT')).toBe('Complaint');
    expect(holdKindLabel('LITIGATION')).toBe('Litigation');
    expect(holdKindLabel('REGULATOR_INQUIRY')).toBe('Regulator inquiry');
    expect(holdKindLabel('')).toBe('Legal hold');
    expect(records(1)).toBe('1 record');
    expect(records(1200)).toBe('1,200 records');
  });

  it('says until when a kept item is kept, or that it lasts as long as a legal hold', () => {
    expect(keptUntil('2032-04-05T23:00:00Z')).toBe('until 6 April 2032');
    expect(keptUntil(null)).toBe('while a legal hold lasts');
  });
});
