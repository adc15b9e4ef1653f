import type {
  AccountStatus,
  ActivityKind,
  ActorRole,
  AuditAction,
  Channel,
  ConsentEventKind,
  ConsentSource,
  ConsentState,
  DataCategory,
  FinancialRecordKind,
  LawfulBasis,
  LearningStatus,
  NotificationStatus,
  RejectionReason,
  RequestAction,
  RequestState,
  RequestSubmitter,
  RequestType,
  Topic,
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

const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });

/** "3 October 2026 at 14:05" in UK time, for a moment that matters to the hour (an erasure, a link's expiry). */
export function formatDateAtTime(value: unknown): string {
  const d = parse(value);
  return d ? `${DATE.format(d)} at ${TIME.format(d)}` : '';
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

// --- the learner's account -----------------------------------------------------------------

/** The data categories in the order the account page shows them (the registry's order). */
export const DATA_CATEGORIES: readonly DataCategory[] = [
  'IDENTITY',
  'CONTACT',
  'PROFILE',
  'LEARNING',
  'TRANSACTIONS',
  'TECHNICAL',
  'MARKETING',
];

const CATEGORY_LABELS: Record<DataCategory, { label: string; about: string }> = {
  IDENTITY: { label: 'Identity', about: 'Who you are: your name, username, date of birth and gender.' },
  CONTACT: { label: 'Contact details', about: 'How we reach you: email address, phone number and postal address.' },
  PROFILE: {
    label: 'Profile',
    about: 'Your role and interests: qualifications, job title, subjects and age groups taught, and your survey answers.',
  },
  LEARNING: {
    label: 'Learning records',
    about: 'Courses you registered for and completed, CPD hours and certificates.',
  },
  TRANSACTIONS: { label: 'Purchases and payments', about: 'Purchases, invoices, payments and refunds.' },
  TECHNICAL: {
    label: 'Technical and usage data',
    about: 'Sign-ins with IP address and browser, and the pages and features you used.',
  },
  MARKETING: {
    label: 'Marketing and communications',
    about: 'Your communication preferences and consents, and the emails we sent you.',
  },
};

export function categoryLabel(c: DataCategory): string {
  return CATEGORY_LABELS[c].label;
}

export function categoryAbout(c: DataCategory): string {
  return CATEGORY_LABELS[c].about;
}

const BASIS_LABELS: Record<LawfulBasis, { label: string; explanation: string }> = {
  CONTRACT: { label: 'Contract', explanation: 'We need it to provide the courses and account you signed up for.' },
  LEGAL_OBLIGATION: { label: 'Legal obligation', explanation: 'The law requires us to keep it.' },
  LEGITIMATE_INTERESTS: {
    label: 'Legitimate interests',
    explanation: 'We have a good reason that does not override your rights; you may be able to object.',
  },
  CONSENT: { label: 'Consent', explanation: 'Only with your permission, which you can withdraw at any time.' },
};

/** "Legitimate interests": the lawful basis in words. */
export function lawfulBasisLabel(b: LawfulBasis): string {
  return BASIS_LABELS[b].label;
}

export function lawfulBasisExplanation(b: LawfulBasis): string {
  return BASIS_LABELS[b].explanation;
}

/** The grid's columns, in the order the server's preference package uses. */
export const CHANNELS: readonly Channel[] = ['EMAIL', 'SMS', 'PHONE', 'POST'];

const CHANNEL_LABELS: Record<Channel, { label: string; by: string }> = {
  EMAIL: { label: 'Email', by: 'by email' },
  SMS: { label: 'SMS', by: 'by SMS' },
  PHONE: { label: 'Phone', by: 'by phone' },
  POST: { label: 'Post', by: 'by post' },
};

export function channelLabel(c: Channel): string {
  return CHANNEL_LABELS[c].label;
}

/** The grid's rows. */
export const TOPICS: readonly Topic[] = ['SERVICE', 'TRAINING_EVENTS', 'NEWSLETTERS', 'SURVEYS', 'PARTNER_OFFERS'];

const TOPIC_LABELS: Record<Topic, { label: string; about: string }> = {
  SERVICE: {
    label: 'Service messages',
    about: 'Joining instructions, certificates and messages about your account.',
  },
  TRAINING_EVENTS: { label: 'Training and events', about: 'New courses, webinars and events.' },
  NEWSLETTERS: { label: 'Newsletters', about: 'News and ideas for your professional development.' },
  SURVEYS: { label: 'Surveys', about: 'Questions about our courses, to improve them.' },
  PARTNER_OFFERS: { label: 'Partner offers', about: 'Offers from professional bodies and publishers we work with.' },
};

export function topicLabel(t: Topic): string {
  return TOPIC_LABELS[t].label;
}

export function topicAbout(t: Topic): string {
  return TOPIC_LABELS[t].about;
}

/** One cell of the grid, as its checkbox is named: "Newsletters by SMS". */
export function preferenceLabel(channel: Channel, topic: Topic): string {
  return `${TOPIC_LABELS[topic].label} ${CHANNEL_LABELS[channel].by}`;
}

/** Service messages are part of the contract: shown, never switched off. */
export function isServiceTopic(t: Topic): boolean {
  return t === 'SERVICE';
}

const CONSENT_STATE_LABELS: Record<ConsentState, string> = {
  GIVEN: 'Consent given',
  WITHDRAWN: 'Consent withdrawn',
  REFUSED: 'Consent refused',
  EXPIRED: 'Consent expired',
  OBJECTED: 'You object',
  OBJECTION_WITHDRAWN: 'Objection withdrawn',
};

/** The current state of a consent or objection; null is a purpose the person never chose about. */
export function consentStateLabel(state: ConsentState | null, objection = false): string {
  if (state === null) return objection ? 'No objection' : 'Not given';
  return CONSENT_STATE_LABELS[state];
}

/** Whether the purpose is being used for the person: consent given, or no objection in force. */
export function consentStateTone(state: ConsentState | null, objection = false): 'on' | 'off' {
  return objection ? (state === 'OBJECTED' ? 'off' : 'on') : state === 'GIVEN' ? 'on' : 'off';
}

const CONSENT_EVENT_LABELS: Record<ConsentEventKind, string> = {
  CONSENT_GIVEN: 'Consent given',
  CONSENT_WITHDRAWN: 'Consent withdrawn',
  CONSENT_REFUSED: 'Consent refused',
  CONSENT_EXPIRED: 'Consent expired',
  OBJECTION_RAISED: 'Objection raised',
  OBJECTION_WITHDRAWN: 'Objection withdrawn',
  PREFERENCE_ON: 'Switched on',
  PREFERENCE_OFF: 'Switched off',
};

export function consentEventLabel(k: ConsentEventKind): string {
  return CONSENT_EVENT_LABELS[k];
}

/** Who made a consent change, as the person reads it about themselves. */
const CONSENT_ACTOR_LABELS: Record<ActorRole, string> = {
  SELF: 'You',
  EMPLOYER_ADMIN: 'Your employer’s administrator',
  STAFF: 'Provider staff',
  SYSTEM: 'The portal',
};

export function consentActorLabel(role: ActorRole): string {
  return CONSENT_ACTOR_LABELS[role];
}

const SOURCE_LABELS: Record<ConsentSource, string> = {
  ACCOUNT_PAGE: 'on your account page',
  EMPLOYER_ADMIN: 'in your employer’s pages',
  STAFF_CONSOLE: 'in our staff tools',
  GLOBAL_PRIVACY_CONTROL: 'from your browser’s Global Privacy Control signal',
  UNSUBSCRIBE_LINK: 'through an unsubscribe link',
  IMPORT: 'imported from our earlier system',
  REGISTRATION: 'when you registered',
};

/** How a change was made: "on your account page". */
export function consentSourceLabel(s: ConsentSource): string {
  return SOURCE_LABELS[s];
}

/** Who read or changed the person's data, in the access log. */
const ACCESS_ROLE_LABELS: Record<ActorRole, string> = {
  SELF: 'You',
  EMPLOYER_ADMIN: 'Your employer’s administrator',
  STAFF: 'Provider staff',
  SYSTEM: 'The portal (an automatic process)',
};

/**
 * "Adam Admin, your employer’s administrator at Acme Ltd", "Provider staff". An admin is named:
 * the person may know them, and should be able to tell which of their admins looked.
 */
export function accessActorLabel(role: ActorRole, name?: string | null, organisation?: string | null): string {
  let who = ACCESS_ROLE_LABELS[role];
  if (role === 'EMPLOYER_ADMIN' && name) who = `${name}, your employer’s administrator`;
  return organisation ? `${who} at ${organisation}` : who;
}

const ACCESS_ACTION_VERBS: Record<AuditAction, string> = {
  READ: 'Looked at',
  CREATE: 'Created',
  UPDATE: 'Changed',
  DELETE: 'Deleted',
  DOWNLOAD: 'Downloaded',
};

/**
 * The audited entity types (server/audit), singular and plural, as part of
 * "your ...". A count above one for a person's account or profile, of which
 * they have only one, means it was read that many times.
 */
const SINGLE_ENTITIES: ReadonlySet<string> = new Set(['User', 'Profile']);
const ENTITY_WORDS: Record<string, [one: string, many: string]> = {
  User: ['account details', 'account details'],
  Profile: ['profile', 'profile'],
  Membership: ['membership of your organisation', 'memberships of organisations'],
  SurveyAnswer: ['survey answer', 'survey answers'],
  LearningRecord: ['learning record', 'learning records'],
  FinancialRecord: ['financial record', 'financial records'],
  ActivityEvent: ['activity record', 'activity records'],
  Consent: ['consent', 'consents'],
  ConsentEvent: ['consent history entry', 'consent history entries'],
  CommunicationPreference: ['communication preference', 'communication preferences'],
  PolicyAcceptance: ['privacy policy acceptance', 'privacy policy acceptances'],
  LegalHold: ['legal hold', 'legal holds'],
  Session: ['sign-in session', 'sign-in sessions'],
  Notification: ['email we sent you', 'emails we sent you'],
  RightsRequest: ['request', 'requests'],
  RequestEvent: ['request timeline entry', 'request timeline entries'],
  RequestMessage: ['request message', 'request messages'],
  ExportArchive: ['data export', 'data exports'],
};

/**
 * What an audit entry says was done, in words: "Looked at your profile",
 * "Looked at 3 of your learning records". An entity type the SPA does not know
 * yet is shown by its name rather than hidden.
 */
export function accessSummary(action: AuditAction, entity: string, count: number): string {
  const verb = ACCESS_ACTION_VERBS[action];
  const words = Object.hasOwn(ENTITY_WORDS, entity) ? ENTITY_WORDS[entity]! : null;
  if (!words) return count > 1 ? `${verb} ${count} records of type ${entity}` : `${verb} a record of type ${entity}`;
  if (count > 1 && SINGLE_ENTITIES.has(entity)) return `${verb} your ${words[0]} (${count} times)`;
  if (count > 1) return `${verb} ${count} of your ${words[1]}`;
  return `${verb} your ${words[0]}`;
}

const ACTIVITY_LABELS: Record<ActivityKind, string> = {
  LOGIN: 'Signed in',
  PAGE_VIEW: 'Viewed a page',
  FEATURE_USE: 'Used a feature',
};

export function activityLabel(k: ActivityKind): string {
  return ACTIVITY_LABELS[k];
}

const LEARNING_STATUS_LABELS: Record<LearningStatus, string> = {
  REGISTERED: 'Registered',
  ENROLLED: 'Enrolled',
  COMPLETED: 'Completed',
  WITHDRAWN: 'Withdrawn',
};

export function learningStatusLabel(s: LearningStatus): string {
  return LEARNING_STATUS_LABELS[s];
}

const FINANCIAL_KIND_LABELS: Record<FinancialRecordKind, string> = {
  PURCHASE: 'Purchase',
  INVOICE: 'Invoice',
  PAYMENT: 'Payment',
  REFUND: 'Refund',
};

export function financialKindLabel(k: FinancialRecordKind): string {
  return FINANCIAL_KIND_LABELS[k];
}

const NOTIFICATION_STATUS_LABELS: Record<NotificationStatus, string> = {
  QUEUED: 'Waiting to be sent',
  SENT: 'Sent',
  FAILED: 'Could not be delivered',
};

export function notificationStatusLabel(s: NotificationStatus): string {
  return NOTIFICATION_STATUS_LABELS[s];
}

const ACCOUNT_STATUS_LABELS: Record<AccountStatus, string> = {
  ACTIVE: 'Active',
  RESTRICTED: 'Restricted: your data is kept but not used for anything else',
  CLOSED: 'Closed',
};

export function accountStatusLabel(s: AccountStatus): string {
  return ACCOUNT_STATUS_LABELS[s];
}

const ACCOUNT_STATUS_STAFF_LABELS: Record<AccountStatus, string> = {
  ACTIVE: 'Active',
  RESTRICTED: 'Restricted: data kept, but not used for marketing, profiling or anything beyond storage',
  CLOSED: 'Closed: the person’s data has been erased',
};

/** An account's status as staff read it, about someone else. */
export function accountStatusStaffLabel(s: AccountStatus): string {
  return ACCOUNT_STATUS_STAFF_LABELS[s];
}

/** "£295.00"; another currency in its own symbol or code. */
export function formatMoney(pence: number, currency: string): string {
  const code = /^[A-Z]{3}$/.test(currency) ? currency : 'GBP';
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency: code }).format(pence / 100);
}

/** "12 hours", "1 hour", "4.5 hours". */
export function hours(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return rounded === 1 ? '1 hour' : `${rounded} hours`;
}

/** A calendar date (the Date scalar, "2026-11-24") as "24 November 2026"; "" when missing or unreadable. */
export function formatCalendarDate(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return '';
  const d = new Date(`${value}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? '' : DATE.format(d);
}
