import type {
  RequestQueueFilter,
  RequestState,
  RequestSubmitter,
  RequestSubjectsQuery,
  RequestType,
  SubmitRequestInput,
} from '../gql/graphql';
import { REQUEST_STATES, REQUEST_SUBMITTERS, REQUEST_TYPES } from '../labels';

/** The new-request form as typed; every field is a string, as the inputs hold them. */
export interface RequestFormValues {
  type: RequestType | '';
  subjectID: string;
  description: string;
  rectificationField: string;
  rectificationValue: string;
  objectionProcessing: string;
  portabilityRecipient: string;
}

export const EMPTY_REQUEST_FORM: RequestFormValues = {
  type: '',
  subjectID: '',
  description: '',
  rectificationField: '',
  rectificationValue: '',
  objectionProcessing: '',
  portabilityRecipient: '',
};

/** The limits the server enforces (graph/request.graphqls), checked first so most mistakes need no round trip. */
export const MAX_DESCRIPTION = 5000;
/** rectificationField and objectionProcessing. */
export const MAX_ITEM = 100;
export const MAX_RECIPIENT = 300;

export type RequestFormField = keyof RequestFormValues;
export type FieldErrors = Partial<Record<string, string>>;

function length(s: string): number {
  // Characters, not UTF-16 units: the server counts runes.
  return [...s].length;
}

/**
 * Problems to fix before sending, keyed by field. `forEmployee` is true for an
 * employer admin, who must say whom the request is about.
 */
export function validateRequestForm(v: RequestFormValues, forEmployee: boolean): FieldErrors {
  const errors: FieldErrors = {};
  if (v.type === '') errors.type = 'Choose the right you want to use.';
  if (forEmployee && v.subjectID === '') errors.subjectID = 'Choose the employee the request is for.';
  if (v.type === 'RECTIFICATION') {
    if (v.rectificationField.trim() === '') errors.rectificationField = 'Say which item is wrong.';
    else if (length(v.rectificationField.trim()) > MAX_ITEM) errors.rectificationField = `Use at most ${MAX_ITEM} characters.`;
    if (v.rectificationValue.trim() === '') errors.rectificationValue = 'Give the correct value.';
    else if (length(v.rectificationValue.trim()) > MAX_DESCRIPTION)
      errors.rectificationValue = `Use at most ${MAX_DESCRIPTION} characters.`;
  }
  if (v.type === 'OBJECTION') {
    if (v.objectionProcessing.trim() === '') errors.objectionProcessing = 'Say which use of the data is objected to.';
    else if (length(v.objectionProcessing.trim()) > MAX_ITEM) errors.objectionProcessing = `Use at most ${MAX_ITEM} characters.`;
  }
  if (v.type === 'PORTABILITY' && length(v.portabilityRecipient.trim()) > MAX_RECIPIENT) {
    errors.portabilityRecipient = `Use at most ${MAX_RECIPIENT} characters.`;
  }
  if (length(v.description.trim()) > MAX_DESCRIPTION) errors.description = `Use at most ${MAX_DESCRIPTION} characters.`;
  return errors;
}

/**
 * The mutation input for a valid form: trimmed text, only the fields of the
 * chosen type (a value typed before switching type is not sent), the subject
 * only when acting for an employee.
 */
export function toSubmitInput(v: RequestFormValues, forEmployee: boolean): SubmitRequestInput {
  if (v.type === '') throw new Error('toSubmitInput: no request type');
  const input: SubmitRequestInput = { type: v.type };
  if (forEmployee && v.subjectID !== '') input.subjectID = v.subjectID;
  const description = v.description.trim();
  if (description !== '') input.description = description;
  switch (v.type) {
    case 'RECTIFICATION':
      input.rectificationField = v.rectificationField.trim();
      input.rectificationValue = v.rectificationValue.trim();
      break;
    case 'OBJECTION':
      input.objectionProcessing = v.objectionProcessing.trim();
      break;
    case 'PORTABILITY': {
      const recipient = v.portabilityRecipient.trim();
      if (recipient !== '') input.portabilityRecipient = recipient;
      break;
    }
    default:
      break;
  }
  return input;
}

/** The form field each input field of the API lives in; "input.x" and "x" are the same. */
export function formFieldOf(apiField: string): RequestFormField | null {
  const f = apiField.replace(/^input\./, '');
  const known: readonly RequestFormField[] = [
    'type',
    'subjectID',
    'description',
    'rectificationField',
    'rectificationValue',
    'objectionProcessing',
    'portabilityRecipient',
  ];
  if ((known as readonly string[]).includes(f)) return f as RequestFormField;
  if (f === 'subject' || f === 'subjectId') return 'subjectID';
  return null;
}

/** The type preselected by `/requests/new?type=ERASURE`, if it names a right. */
export function typeFromSearch(search: string): RequestType | '' {
  const t = new URLSearchParams(search).get('type')?.toUpperCase() ?? '';
  return (REQUEST_TYPES as readonly string[]).includes(t) ? (t as RequestType) : '';
}

export interface Employee {
  id: string;
  displayName: string;
  email: string;
}

/**
 * The current employees of the organisations the viewer administers, sorted by
 * name, each once. Ended memberships and other admins are left out.
 */
export function currentEmployees(me: RequestSubjectsQuery['me']): Employee[] {
  const byId = new Map<string, Employee>();
  for (const m of me.memberships ?? []) {
    if (m.kind !== 'ADMIN' || m.endedAt != null) continue;
    for (const edge of m.organisation.memberships.edges ?? []) {
      const node = edge?.node;
      if (!node || node.kind !== 'EMPLOYEE' || node.endedAt != null) continue;
      if (node.user.id === me.id) continue;
      byId.set(node.user.id, { id: node.user.id, displayName: node.user.displayName, email: node.user.email });
    }
  }
  return [...byId.values()].sort(
    (a, b) => a.displayName.localeCompare(b.displayName, 'en-GB') || a.email.localeCompare(b.email, 'en-GB'),
  );
}

// --- the staff queue's filters --------------------------------------------------------------

/** The queue's filter form; '' means "any". */
export interface QueueFilterValues {
  type: RequestType | '';
  state: RequestState | '';
  submittedBy: RequestSubmitter | '';
  organisationID: string;
  overdueOnly: boolean;
}

export const EMPTY_QUEUE_FILTER: QueueFilterValues = {
  type: '',
  state: '',
  submittedBy: '',
  organisationID: '',
  overdueOnly: false,
};

/** The API filter for the form; null when nothing is chosen (the server then shows open requests). */
export function toQueueFilter(v: QueueFilterValues): RequestQueueFilter | null {
  const f: RequestQueueFilter = {};
  if (v.type !== '') f.types = [v.type];
  if (v.state !== '') f.states = [v.state];
  if (v.submittedBy !== '') f.submittedBy = v.submittedBy;
  if (v.organisationID !== '') f.organisationID = v.organisationID;
  if (v.overdueOnly) f.overdue = true;
  return Object.keys(f).length === 0 ? null : f;
}

/** Filters kept in the address (?type=ACCESS&overdue=1), so Back and a shared link restore them. */
export function queueFilterFromSearch(search: string): QueueFilterValues {
  const p = new URLSearchParams(search);
  const pick = <T extends string>(name: string, allowed: readonly T[]): T | '' => {
    const v = p.get(name) ?? '';
    return (allowed as readonly string[]).includes(v) ? (v as T) : '';
  };
  return {
    type: pick('type', REQUEST_TYPES),
    state: pick('state', REQUEST_STATES),
    submittedBy: pick('submittedBy', REQUEST_SUBMITTERS),
    organisationID: p.get('organisation') ?? '',
    overdueOnly: p.get('overdue') === '1',
  };
}

export function queueFilterToSearch(v: QueueFilterValues): string {
  const p = new URLSearchParams();
  if (v.type) p.set('type', v.type);
  if (v.state) p.set('state', v.state);
  if (v.submittedBy) p.set('submittedBy', v.submittedBy);
  if (v.organisationID) p.set('organisation', v.organisationID);
  if (v.overdueOnly) p.set('overdue', '1');
  const s = p.toString();
  return s ? `?${s}` : '';
}

/**
 * The open request a DUPLICATE_REQUEST refers to: the newest open one of the
 * same type about the same person, if the viewer can see it.
 */
export function findOpenRequest<T extends { id: string; type: RequestType; open: boolean; subject: { id: string } }>(
  requests: readonly T[],
  type: RequestType,
  subjectId: string,
): T | null {
  return requests.find((r) => r.open && r.type === type && r.subject.id === subjectId) ?? null;
}
