import type { ProfileFieldsFragment, UpdateProfileInput } from '../gql/graphql';

/** The profile form as typed: every field a string; lists one entry per line. */
export interface ProfileValues {
  firstName: string;
  lastName: string;
  username: string;
  dateOfBirth: string;
  gender: string;
  phone: string;
  addressLine1: string;
  addressLine2: string;
  town: string;
  postcode: string;
  country: string;
  jobTitle: string;
  qualifications: string;
  subjectsTaught: string;
  ageGroupsTaught: string;
  interests: string;
}

export type ProfileField = keyof ProfileValues;

type TextField = Exclude<ProfileField, ListField | 'dateOfBirth'>;
type ListField = 'qualifications' | 'subjectsTaught' | 'ageGroupsTaught' | 'interests';

export interface FieldSpec {
  name: ProfileField;
  label: string;
  hint?: string;
  kind: 'text' | 'date' | 'list';
  autoComplete?: string;
  inputMode?: 'tel' | 'text';
  /** Narrow inputs for short values. */
  width?: 'short' | 'medium';
}

/** The form's groups and fields, in page order; hints repeat the server's rules. */
export const PROFILE_GROUPS: ReadonlyArray<{ id: string; legend: string; fields: FieldSpec[] }> = [
  {
    id: 'identity',
    legend: 'Identity',
    fields: [
      { name: 'firstName', label: 'First name', kind: 'text', autoComplete: 'given-name' },
      { name: 'lastName', label: 'Last name', kind: 'text', autoComplete: 'family-name' },
      {
        name: 'username',
        label: 'Username',
        hint: '3 to 64 letters, digits, dots, hyphens or underscores.',
        kind: 'text',
        autoComplete: 'username',
        width: 'medium',
      },
      { name: 'dateOfBirth', label: 'Date of birth', hint: 'Day, month and year. Leave it empty to remove it.', kind: 'date', autoComplete: 'bday', width: 'medium' },
      { name: 'gender', label: 'Gender (optional)', hint: 'In your own words.', kind: 'text', autoComplete: 'sex', width: 'medium' },
    ],
  },
  {
    id: 'contact',
    legend: 'Contact details',
    fields: [
      { name: 'phone', label: 'Phone number', hint: 'For example 020 7946 0000 or +44 20 7946 0000.', kind: 'text', autoComplete: 'tel', inputMode: 'tel', width: 'medium' },
      { name: 'addressLine1', label: 'Address line 1', kind: 'text', autoComplete: 'address-line1' },
      { name: 'addressLine2', label: 'Address line 2 (optional)', kind: 'text', autoComplete: 'address-line2' },
      { name: 'town', label: 'Town or city', kind: 'text', autoComplete: 'address-level2', width: 'medium' },
      { name: 'postcode', label: 'Postcode', hint: 'A UK postcode such as SW1A 1AA, when you live in the UK.', kind: 'text', autoComplete: 'postal-code', width: 'short' },
      { name: 'country', label: 'Country', kind: 'text', autoComplete: 'country-name', width: 'medium' },
    ],
  },
  {
    id: 'profile',
    legend: 'Your work and interests',
    fields: [
      { name: 'jobTitle', label: 'Job title', kind: 'text', autoComplete: 'organization-title' },
      { name: 'qualifications', label: 'Qualifications', hint: 'One per line.', kind: 'list' },
      { name: 'subjectsTaught', label: 'Subjects you teach', hint: 'One per line.', kind: 'list' },
      { name: 'ageGroupsTaught', label: 'Age groups you teach', hint: 'One per line, for example Key Stage 3.', kind: 'list' },
      { name: 'interests', label: 'Interests', hint: 'One per line.', kind: 'list' },
    ],
  },
];

export const PROFILE_FIELDS: readonly FieldSpec[] = PROFILE_GROUPS.flatMap((g) => g.fields);

/** Labels for the error summary. */
export const PROFILE_LABELS: Record<string, string> = Object.fromEntries(PROFILE_FIELDS.map((f) => [f.name, f.label]));

const TEXT_FIELDS: readonly TextField[] = [
  'firstName',
  'lastName',
  'username',
  'gender',
  'phone',
  'addressLine1',
  'addressLine2',
  'town',
  'postcode',
  'country',
  'jobTitle',
];

const LIST_FIELDS: readonly ListField[] = ['qualifications', 'subjectsTaught', 'ageGroupsTaught', 'interests'];

/** The form's values for a profile (or an empty form when there is none yet). */
export function toProfileValues(p: ProfileFieldsFragment | null | undefined): ProfileValues {
  const list = (v: ReadonlyArray<string> | null | undefined) => (v ?? []).join('\n');
  return {
    firstName: p?.firstName ?? '',
    lastName: p?.lastName ?? '',
    username: p?.username ?? '',
    dateOfBirth: typeof p?.dateOfBirth === 'string' ? p.dateOfBirth : '',
    gender: p?.gender ?? '',
    phone: p?.phone ?? '',
    addressLine1: p?.addressLine1 ?? '',
    addressLine2: p?.addressLine2 ?? '',
    town: p?.town ?? '',
    postcode: p?.postcode ?? '',
    country: p?.country ?? '',
    jobTitle: p?.jobTitle ?? '',
    qualifications: list(p?.qualifications),
    subjectsTaught: list(p?.subjectsTaught),
    ageGroupsTaught: list(p?.ageGroupsTaught),
    interests: list(p?.interests),
  };
}

/** A list field's entries: one per line, trimmed, blank lines left out. */
export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * The mutation input for what the person changed, and nothing else: a field
 * left as it was is not sent, so a change made elsewhere at the same time is
 * not overwritten. Text is compared trimmed (the server trims it); an emptied
 * date of birth is cleared.
 */
export function changedProfileInput(before: ProfileValues, after: ProfileValues): UpdateProfileInput {
  const input: UpdateProfileInput = {};
  for (const f of TEXT_FIELDS) {
    if (after[f].trim() !== before[f].trim()) input[f] = after[f].trim();
  }
  if (after.dateOfBirth.trim() !== before.dateOfBirth.trim()) {
    if (after.dateOfBirth.trim() === '') input.clearDateOfBirth = true;
    else input.dateOfBirth = after.dateOfBirth.trim();
  }
  for (const f of LIST_FIELDS) {
    const a = splitLines(after[f]);
    const b = splitLines(before[f]);
    if (a.length !== b.length || a.some((v, i) => v !== b[i])) input[f] = a;
  }
  return input;
}

/** The form field an API field name belongs to; "input.postcode" and "postcode" are the same. */
export function profileFieldOf(apiField: string): ProfileField | null {
  const f = apiField.replace(/^input\./, '');
  if (f === 'clearDateOfBirth') return 'dateOfBirth';
  return PROFILE_FIELDS.some((s) => s.name === f) ? (f as ProfileField) : null;
}

// --- asking for a correction ----------------------------------------------------------------

/** The most the API accepts for rectificationField (graph/request.graphqls). */
export const MAX_CORRECTION_ITEM = 100;

/**
 * What a correction request says is wrong, within the API's 100 characters:
 * "Name on certificate: Mental Health First Aid (CPD-2026-01002)". A long
 * course title is shortened, never the certificate number.
 */
export function certificateItem(courseTitle: string, certificateNumber: string): string {
  const head = 'Name on certificate: ';
  const tail = certificateNumber ? ` (${certificateNumber})` : '';
  const room = MAX_CORRECTION_ITEM - [...head].length - [...tail].length;
  const title = [...courseTitle.trim()];
  const shown = title.length <= room ? title.join('') : `${title.slice(0, Math.max(0, room - 1)).join('').trimEnd()}…`;
  return `${head}${shown}${tail}`;
}
