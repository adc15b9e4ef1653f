import type { DataCategory, ExportState, RequestState, RequestType } from '../gql/graphql';
import { categoryLabel, DATA_CATEGORIES, formatDate } from '../labels';

// What completing a request produces (graph/outcome.graphqls), as the request's page shows it:
// the export archive of an access or portability request, an erasure's preview, schedule and
// receipt. Pure functions only; the components are in ExportPanel.tsx and Erasure.tsx.

// --- sizes and checksums ---------------------------------------------------------------------

const UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

/**
 * A size in bytes as people read it: "512 bytes", "1.5 KB", "24 KB", "3.2 MB" (binary
 * multiples, one decimal below 10). "" for something that is not a size.
 */
export function formatBytes(n: number): string {
  if (!Number.isFinite(n) || n < 0) return '';
  const bytes = Math.round(n);
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${bytes} bytes`;
  let value = bytes / 1024;
  let unit = 0;
  // Move up a unit when the rounded value would read "1024 KB".
  while (unit < UNITS.length - 1 && round(value) >= 1024) {
    value /= 1024;
    unit++;
  }
  return `${round(value).toLocaleString('en-GB')} ${UNITS[unit]}`;
}

function round(v: number): number {
  return v < 10 ? Math.round(v * 10) / 10 : Math.round(v);
}

/** A SHA-256 (64 hex digits) shortened to its first 8 and last 4 digits: "9f86d081…0a08". */
export function shortHash(hash: string, head = 8, tail = 4): string {
  const h = hash.trim();
  if (h.length <= head + tail + 1) return h;
  return `${h.slice(0, head)}…${h.slice(-tail)}`;
}

// --- the export archive ----------------------------------------------------------------------

/** Whether the archive is still being built, so the page keeps checking on it. */
export function exportInProgress(archive: { state: ExportState } | null | undefined): boolean {
  return archive?.state === 'PENDING' || archive?.state === 'BUILDING';
}

/** The progress bar's value: 0-100, whole percent; a finished archive is at 100. */
export function exportPercent(archive: { state: ExportState; progress: number }): number {
  if (archive.state === 'READY') return 100;
  if (!Number.isFinite(archive.progress)) return 0;
  return Math.min(100, Math.max(0, Math.round(archive.progress)));
}

/** What the live region says about the archive; it changes with the state, not with every percent. */
export function exportStatusText(state: ExportState): string {
  switch (state) {
    case 'PENDING':
      return 'The copy of the data is waiting to be prepared.';
    case 'BUILDING':
      return 'The copy of the data is being prepared.';
    case 'READY':
      return 'The copy of the data is ready to download.';
    case 'FAILED':
      return 'Preparing the copy of the data failed. The portal is trying again.';
    case 'EXPIRED':
      return 'The download link has expired.';
  }
}

// --- erasure -----------------------------------------------------------------------------------

/** Where an erasure request stands, as its page explains it. */
export type ErasurePhase =
  /** A learner's own request in its cooling-off period: it runs on `erasureScheduledAt` unless cancelled. */
  | 'coolingOff'
  /** The scheduled time has passed and the request is still open: the background job is at work. */
  | 'underWay'
  /** Open, no schedule: staff carry it out when they complete it (or it was postponed by a hold). */
  | 'withStaff'
  /** Completed: the receipt says what was erased and kept. */
  | 'done'
  /** Rejected or cancelled: nothing was erased. */
  | 'stopped';

export interface ErasureStatus {
  type: RequestType;
  state: RequestState;
  open: boolean;
  erasureScheduledAt?: unknown;
}

function time(value: unknown): number | null {
  if (typeof value !== 'string' || value === '') return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : t;
}

/** The phase of an erasure request at `now` (ms); null for a request of another type. */
export function erasurePhase(r: ErasureStatus, now: number): ErasurePhase | null {
  if (r.type !== 'ERASURE') return null;
  if (!r.open) return r.state === 'COMPLETED' ? 'done' : 'stopped';
  const at = time(r.erasureScheduledAt);
  if (at === null) return 'withStaff';
  return at > now ? 'coolingOff' : 'underWay';
}

// --- polling -----------------------------------------------------------------------------------

/** How often the request's page checks on work in the background: an archive, an erasure. */
export const POLL_INTERVAL_MS = 1500;
/** The longest wait between checks after failures in a row. */
const MAX_POLL_BACKOFF_MS = 30_000;
/** A cooling-off that ends this soon is waited for on the page: it then turns into "under way". */
const WATCH_SCHEDULE_MS = 60 * 60 * 1000;

export interface PollSubject extends ErasureStatus {
  exportArchive?: { state: ExportState } | null;
}

/**
 * When to check the request again, in ms from `now`, or null to stop: while its archive is
 * being built or its erasure is under way, every {@link POLL_INTERVAL_MS} (doubling after each
 * failed check, up to 30 s); when the cooling-off ends within the hour, just after it ends.
 * A READY, FAILED or EXPIRED archive, a completed request and a far-off erasure need no checks.
 */
export function pollDelay(r: PollSubject, now: number, failures = 0): number | null {
  const backoff = Math.min(POLL_INTERVAL_MS * 2 ** Math.max(0, failures), MAX_POLL_BACKOFF_MS);
  if (exportInProgress(r.exportArchive)) return backoff;
  const phase = erasurePhase(r, now);
  if (phase === 'underWay') return backoff;
  if (phase === 'coolingOff') {
    const left = (time(r.erasureScheduledAt) ?? now) - now;
    if (left <= WATCH_SCHEDULE_MS) return Math.max(left + 1000, backoff);
  }
  return null;
}

// --- erasure reports (preview and receipt) -----------------------------------------------------

/** Records an erasure deletes or keeps, of one category, in the order the server listed them. */
export interface ReportGroup<T> {
  category: string;
  label: string;
  items: T[];
  /** The records of all the group's items. */
  count: number;
}

/**
 * Items grouped by category: the categories in the order of "My data" (then any other, in the
 * order they first appear), the items of each in the server's order, with the group's total.
 */
export function groupByCategory<T extends { category: string; count: number }>(items: readonly T[]): ReportGroup<T>[] {
  const groups = new Map<string, ReportGroup<T>>();
  for (const item of items) {
    let g = groups.get(item.category);
    if (!g) {
      g = { category: item.category, label: reportCategoryLabel(item.category), items: [], count: 0 };
      groups.set(item.category, g);
    }
    g.items.push(item);
    g.count += Math.max(0, item.count);
  }
  const rank = (c: string) => {
    const i = (DATA_CATEGORIES as readonly string[]).indexOf(c);
    return i < 0 ? DATA_CATEGORIES.length : i;
  };
  // Array.prototype.sort is stable: unknown categories keep their first-seen order.
  return [...groups.values()].sort((a, b) => rank(a.category) - rank(b.category));
}

/** A report's category in words: the data categories of "My data", accountability records, or the name tidied up. */
export function reportCategoryLabel(category: string): string {
  const c = category.trim().toUpperCase();
  if ((DATA_CATEGORIES as readonly string[]).includes(c)) return categoryLabel(c as DataCategory);
  if (c === 'ACCOUNTABILITY') return 'Records of requests and access';
  return humanise(category);
}

/** "COMPLAINT" → "Complaint", "LITIGATION" → "Litigation": a legal hold's kind in words. */
export function holdKindLabel(kind: string): string {
  switch (kind.trim().toUpperCase()) {
    case 'COMPLAINT':
      return 'Complaint';
    case 'LITIGATION':
      return 'Litigation';
    default:
      return humanise(kind) || 'Legal hold';
  }
}

function humanise(s: string): string {
  const words = s.trim().replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "1 record", "12 records". */
export function records(n: number): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? 'record' : 'records'}`;
}

/** Until when a kept item is kept: a date, or (no date) for as long as a legal hold lasts. */
export function keptUntil(until: unknown): string {
  const d = formatDate(until);
  return d ? `until ${d}` : 'while a legal hold lasts';
}

/** The total of a list of items' counts. */
export function totalCount(items: ReadonlyArray<{ count: number }>): number {
  return items.reduce((n, i) => n + Math.max(0, i.count), 0);
}
