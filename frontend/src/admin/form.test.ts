import { describe, expect, it } from 'vitest';
import { parseEmails } from './csv';
import { bulkFieldOf, toBulkInput, validateBulkForm, type BulkFormValues } from './form';

const base: BulkFormValues = { type: 'ERASURE', source: 'list', list: 'a@x.example', description: '' };

describe('validateBulkForm', () => {
  it('accepts a type and at least one person', () => {
    expect(validateBulkForm(base, 0, parseEmails(base.list))).toEqual({});
    expect(validateBulkForm({ ...base, source: 'selected' }, 2, parseEmails(''))).toEqual({});
  });

  it('asks for a type, people and at most 1000 of them', () => {
    expect(validateBulkForm({ ...base, type: '', list: '' }, 0, parseEmails(''))).toEqual({
      type: 'Choose the right to use',
      list: 'Enter or upload at least one email address',
    });
    expect(validateBulkForm({ ...base, source: 'selected' }, 0, parseEmails('')).source).toMatch(/^Choose employees/);
    const many = Array.from({ length: 1001 }, (_, i) => `p${i}@x.example`).join('\n');
    expect(validateBulkForm({ ...base, list: many }, 0, parseEmails(many)).list).toBe('At most 1000 people at once: this is 1001 people');
  });
});

describe('toBulkInput', () => {
  it('sends the selected IDs or the list’s emails, never both', () => {
    expect(toBulkInput({ ...base, source: 'selected', description: ' bye ' }, ['u1'], parseEmails(base.list))).toEqual({
      type: 'ERASURE',
      subjectIDs: ['u1'],
      description: 'bye',
    });
    expect(toBulkInput(base, ['u1'], parseEmails(base.list))).toEqual({ type: 'ERASURE', emails: ['a@x.example'] });
  });

  it('places the API’s field errors on the form', () => {
    expect(bulkFieldOf('input.emails')).toBe('list');
    expect(bulkFieldOf('subjectIDs')).toBe('source');
    expect(bulkFieldOf('description')).toBe('description');
    expect(bulkFieldOf('other')).toBeNull();
  });
});
