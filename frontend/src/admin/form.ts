import type { RequestType, SubmitRequestsInput } from '../gql/graphql';
import { MAX_DESCRIPTION, type FieldErrors } from '../requests/form';
import { count, MAX_PEOPLE, type ParsedEmails } from './csv';

// The bulk-request form: whom (the selected employees or a list of addresses), which right, a note.

export type PeopleSource = 'selected' | 'list';

export interface BulkFormValues {
  type: RequestType | '';
  source: PeopleSource;
  list: string;
  description: string;
}

export function validateBulkForm(
  v: BulkFormValues,
  selected: number,
  parsed: ParsedEmails,
): FieldErrors {
  const errors: FieldErrors = {};
  const people = v.source === 'selected' ? selected : parsed.emails.length;
  if (v.source === 'selected' && selected === 0) errors.source = 'Choose employees in the directory, or give a list of email addresses';
  if (v.source === 'list' && people === 0) {
    errors.list = parsed.unreadable.length > 0 ? 'No email address could be read from the list' : 'Enter or upload at least one email address';
  }
  if (people > MAX_PEOPLE) {
    errors[v.source === 'list' ? 'list' : 'source'] = `At most ${MAX_PEOPLE} people at once: this is ${count(people, 'person', 'people')}`;
  }
  if (!v.type) errors.type = 'Choose the right to use';
  if (v.description.length > MAX_DESCRIPTION) errors.description = `Use at most ${MAX_DESCRIPTION} characters`;
  return errors;
}

export function toBulkInput(v: BulkFormValues, selectedIDs: readonly string[], parsed: ParsedEmails): SubmitRequestsInput {
  if (!v.type) throw new Error('toBulkInput: no type');
  const description = v.description.trim();
  return {
    type: v.type,
    ...(v.source === 'selected' ? { subjectIDs: [...selectedIDs] } : { emails: parsed.emails }),
    ...(description ? { description } : {}),
  };
}

/** The form field for an API field path in a VALIDATION error. */
export function bulkFieldOf(apiField: string): keyof BulkFormValues | null {
  const f = apiField.replace(/^input\./, '');
  if (f === 'type' || f === 'description') return f;
  if (f.startsWith('emails')) return 'list';
  if (f.startsWith('subjectIDs')) return 'source';
  return null;
}
