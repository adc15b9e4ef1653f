import type {
  ActorRole,
  RejectionReason,
  RequestAction,
  RequestState,
  RequestSubmitter,
  RequestType,
} from './gql/graphql';

// Records (not switches) so that a value added to the schema fails
// `npm run typecheck` until it has a label here.

/** Short names of the rights, as a request's title. */
const TYPE_LABELS: Record<RequestType, string> = {
  ACCESS: 'Access',
  PORTABILITY: 'Data portability',
  RECTIFICATION: 'Correction',
  ERASURE: 'Erasure',
  RESTRICTION: 'Restriction',
  OBJECTION: 'Objection',
};

/** The order in which the rights are offered. */
export const REQUEST_TYPES: readonly RequestType[] = [
  'ACCESS',
  'PORTABILITY',
  'RECTIFICATION',
  'ERASURE',
  'RESTRICTION',
  'OBJECTION',
];

export function typeLabel(type: RequestType): string {
  return TYPE_LABELS[type];
}

/** "Access request", "Erasure request", ... */
export function requestTitle(type: RequestType): string {
  return `${TYPE_LABELS[type]} request`;
}

type Explanation = { self: string; other: string };

/** One plain-English sentence per right: for oneself, and for an admin acting for an employee. */
const TYPE_EXPLANATIONS: Record<RequestType, Explanation> = {
  ACCESS: {
    self: 'Get a copy of the personal data we hold about you.',
    other: 'Get a copy of the personal data we hold about them.',
  },
  PORTABILITY: {
    self: 'Get your data in a machine-readable format, and optionally have us send it to another organisation.',
    other: 'Get their data in a machine-readable format, and optionally have us send it to another organisation.',
  },
  RECTIFICATION: {
    self: 'Ask us to correct something we hold about you that is wrong or incomplete.',
    other: 'Ask us to correct something we hold about them that is wrong or incomplete.',
  },
  ERASURE: {
    self: 'Ask us to delete your data, except what the law makes us keep.',
    other: 'Ask us to delete their data, except what the law makes us keep.',
  },
  RESTRICTION: {
    self: 'Ask us to keep your data but stop using it for anything else.',
    other: 'Ask us to keep their data but stop using it for anything else.',
  },
  OBJECTION: {
    self: 'Object to one of the ways we use your data.',
    other: 'Object to one of the ways we use their data.',
  },
};

export function typeExplanation(type: RequestType, forSomeoneElse = false): string {
  const e = TYPE_EXPLANATIONS[type];
  return forSomeoneElse ? e.other : e.self;
}

const STATE_LABELS: Record<RequestState, string> = {
  SUBMITTED: 'Submitted',
  IN_PROGRESS: 'In progress',
  AWAITING_INFORMATION: 'Waiting for information',
  EXTENDED: 'Extended',
  COMPLETED: 'Completed',
  REJECTED: 'Rejected',
  CANCELLED: 'Cancelled',
};

export const REQUEST_STATES: readonly RequestState[] = Object.keys(STATE_LABELS) as RequestState[];

export function stateLabel(state: RequestState): string {
  return STATE_LABELS[state];
}

function isRequestState(s: string): s is RequestState {
  return Object.hasOwn(STATE_LABELS, s);
}

/**
 * A timeline event's state, which the API sends as a plain string ("" before
 * the first event). An unknown state is shown as it is rather than hidden.
 */
export function eventStateLabel(state: string): string {
  if (state === '') return '';
  return isRequestState(state) ? STATE_LABELS[state] : state;
}

/** What a timeline entry says happened. */
export function eventSummary(fromState: string, toState: string): string {
  const to = eventStateLabel(toState);
  if (fromState === '') return toState === 'SUBMITTED' ? 'Request submitted' : `Request created as ${to}`;
  // An action that keeps the state, such as a second extension.
  if (fromState === toState) return toState === 'EXTENDED' ? 'Extended again' : `${to} (state unchanged)`;
  return `From ${eventStateLabel(fromState)} to ${to}`;
}

/** A CSS modifier per state; badges also carry the label, so colour is never the only cue. */
export function stateTone(state: RequestState): 'open' | 'waiting' | 'done' | 'closed' {
  switch (state) {
    case 'SUBMITTED':
    case 'IN_PROGRESS':
    case 'EXTENDED':
      return 'open';
    case 'AWAITING_INFORMATION':
      return 'waiting';
    case 'COMPLETED':
      return 'done';
    case 'REJECTED':
    case 'CANCELLED':
      return 'closed';
  }
}

const REJECTION_LABELS: Record<RejectionReason, string> = {
  MANIFESTLY_UNFOUNDED: 'Manifestly unfounded',
  EXCESSIVE: 'Excessive',
  REPETITIVE: 'Repetitive',
  EXEMPTION_APPLIES: 'An exemption applies',
};

export const REJECTION_REASONS: readonly RejectionReason[] = Object.keys(REJECTION_LABELS) as RejectionReason[];

export function rejectionLabel(reason: RejectionReason): string {
  return REJECTION_LABELS[reason];
}

const SUBMITTER_LABELS: Record<RequestSubmitter, string> = {
  SELF: 'The person themselves',
  EMPLOYER_ADMIN: 'Their employer admin',
  STAFF: 'Provider staff',
};

export const REQUEST_SUBMITTERS: readonly RequestSubmitter[] = Object.keys(SUBMITTER_LABELS) as RequestSubmitter[];

export function submitterLabel(s: RequestSubmitter): string {
  return SUBMITTER_LABELS[s];
}

const ACTOR_LABELS: Record<ActorRole, string> = {
  SELF: 'Requester',
  EMPLOYER_ADMIN: 'Employer admin',
  STAFF: 'Provider staff',
  SYSTEM: 'The portal',
};

export function actorLabel(role: ActorRole): string {
  return ACTOR_LABELS[role];
}

/** What each action is called on its button, and what the page announces once it is done. */
const ACTIONS: Record<RequestAction, { label: string; done: string }> = {
  // In the order they appear on a request's page: the usual next step first.
  PROVIDE_INFORMATION: { label: 'Send the information', done: 'Thank you: your information has been sent.' },
  START: { label: 'Start work on the request', done: 'The request is now in progress.' },
  COMPLETE: { label: 'Mark as completed', done: 'The request is completed.' },
  REQUEST_INFORMATION: {
    label: 'Ask for information',
    done: 'Your question has been sent. The clock is paused until the requester answers.',
  },
  EXTEND: { label: 'Extend the due date', done: 'The due date has been extended.' },
  REJECT: { label: 'Reject the request', done: 'The request has been rejected.' },
  CANCEL: { label: 'Cancel this request', done: 'The request has been cancelled.' },
};

/** The order actions appear in on a request's page. */
export const REQUEST_ACTIONS: readonly RequestAction[] = Object.keys(ACTIONS) as RequestAction[];

export function actionLabel(a: RequestAction): string {
  return ACTIONS[a].label;
}

export function actionDoneMessage(a: RequestAction): string {
  return ACTIONS[a].done;
}

// --- dates ---------------------------------------------------------------------------------

// The statutory clock runs on UK dates, so every date is shown in UK time
// whatever the browser's time zone.
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

function parse(value: unknown): Date | null {
  if (typeof value !== 'string' || value === '') return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "3 October 2026"; "" for a missing or unreadable value. */
export function formatDate(value: unknown): string {
  const d = parse(value);
  return d ? DATE.format(d) : '';
}

/** "3 Oct 2026, 14:05" in UK time. */
export function formatDateTime(value: unknown): string {
  const d = parse(value);
  return d ? DATE_TIME.format(d) : '';
}

/** "1 month", "2 months". */
export function months(n: number): string {
  return n === 1 ? '1 month' : `${n} months`;
}

/** "12 days", "1 day", "4.5 days", or "—" when there is nothing to measure. */
export function days(n: number | null | undefined): string {
  if (n == null || !Number.isFinite(n)) return '—';
  const rounded = Math.round(n * 10) / 10;
  return rounded === 1 ? '1 day' : `${rounded} days`;
}
