import { describe, expect, it } from 'vitest';
import type { RequestSubjectsQuery } from '../gql/graphql';
import {
  currentEmployees,
  EMPTY_QUEUE_FILTER,
  EMPTY_REQUEST_FORM,
  findOpenRequest,
  formFieldOf,
  queueFilterFromSearch,
  queueFilterToSearch,
  toQueueFilter,
  toSubmitInput,
  typeFromSearch,
  validateRequestForm,
  type RequestFormValues,
} from './form';

const form = (v: Partial<RequestFormValues>): RequestFormValues => ({ ...EMPTY_REQUEST_FORM, ...v });

describe('validateRequestForm', () => {
  it('needs a right, and an employee when an admin acts for one', () => {
    expect(validateRequestForm(form({}), false)).toEqual({ type: expect.any(String) });
    expect(validateRequestForm(form({ type: 'ACCESS' }), false)).toEqual({});
    expect(validateRequestForm(form({ type: 'ACCESS' }), true)).toEqual({ subjectID: expect.any(String) });
    expect(validateRequestForm(form({ type: 'ACCESS', subjectID: '7' }), true)).toEqual({});
  });

  it('needs the type-specific fields of rectification and objection', () => {
    expect(Object.keys(validateRequestForm(form({ type: 'RECTIFICATION', rectificationField: '  ' }), false))).toEqual([
      'rectificationField',
      'rectificationValue',
    ]);
    expect(Object.keys(validateRequestForm(form({ type: 'OBJECTION' }), false))).toEqual(['objectionProcessing']);
    expect(validateRequestForm(form({ type: 'PORTABILITY' }), false)).toEqual({});
  });

  it('checks lengths in characters, as the server does', () => {
    expect(validateRequestForm(form({ type: 'ACCESS', description: '😀'.repeat(5000) }), false)).toEqual({});
    expect(validateRequestForm(form({ type: 'ACCESS', description: 'x'.repeat(5001) }), false)).toHaveProperty('description');
    expect(
      validateRequestForm(form({ type: 'OBJECTION', objectionProcessing: 'x'.repeat(101) }), false),
    ).toHaveProperty('objectionProcessing');
    expect(
      validateRequestForm(form({ type: 'PORTABILITY', portabilityRecipient: 'x'.repeat(301) }), false),
    ).toHaveProperty('portabilityRecipient');
  });
});

describe('toSubmitInput', () => {
  it('sends the type alone for a plain access request', () => {
    expect(toSubmitInput(form({ type: 'ACCESS', description: '   ' }), false)).toEqual({ type: 'ACCESS' });
  });

  it('trims text and sends only the chosen type’s fields', () => {
    const v = form({
      type: 'RECTIFICATION',
      description: ' My name is misspelt. ',
      rectificationField: ' certificate name ',
      rectificationValue: ' Omar Haddad ',
      // Typed before switching type: not sent.
      objectionProcessing: 'marketing',
      portabilityRecipient: 'Other Ltd',
      subjectID: '12',
    });
    expect(toSubmitInput(v, false)).toEqual({
      type: 'RECTIFICATION',
      description: 'My name is misspelt.',
      rectificationField: 'certificate name',
      rectificationValue: 'Omar Haddad',
    });
  });

  it('sends the employee for an admin', () => {
    expect(toSubmitInput(form({ type: 'ERASURE', subjectID: '12' }), true)).toEqual({ type: 'ERASURE', subjectID: '12' });
  });

  it('sends objection and portability fields', () => {
    expect(toSubmitInput(form({ type: 'OBJECTION', objectionProcessing: ' profiling ', description: 'why' }), false)).toEqual({
      type: 'OBJECTION',
      objectionProcessing: 'profiling',
      description: 'why',
    });
    expect(toSubmitInput(form({ type: 'PORTABILITY', portabilityRecipient: ' ' }), false)).toEqual({ type: 'PORTABILITY' });
    expect(toSubmitInput(form({ type: 'PORTABILITY', portabilityRecipient: 'Other Ltd' }), false)).toEqual({
      type: 'PORTABILITY',
      portabilityRecipient: 'Other Ltd',
    });
  });

  it('refuses a form without a type', () => {
    expect(() => toSubmitInput(form({}), false)).toThrow();
  });
});

describe('formFieldOf', () => {
  it('places API field names on form fields', () => {
    expect(formFieldOf('description')).toBe('description');
    expect(formFieldOf('input.rectificationValue')).toBe('rectificationValue');
    expect(formFieldOf('subjectID')).toBe('subjectID');
    expect(formFieldOf('subject')).toBe('subjectID');
    expect(formFieldOf('somethingElse')).toBeNull();
  });
});

describe('typeFromSearch', () => {
  it('preselects a right named in the address', () => {
    expect(typeFromSearch('?type=erasure')).toBe('ERASURE');
    expect(typeFromSearch('?type=DELETE')).toBe('');
    expect(typeFromSearch('')).toBe('');
  });
});

describe('currentEmployees', () => {
  const membership = (id: string, kind: 'EMPLOYEE' | 'ADMIN', user: string, name: string, endedAt: string | null = null) => ({
    node: { id, kind, endedAt, user: { id: user, displayName: name, email: `${name.split(' ')[0]!.toLowerCase()}@acme.example` } },
  });
  const me: RequestSubjectsQuery['me'] = {
    id: 'admin',
    memberships: [
      {
        id: 'm0',
        kind: 'ADMIN',
        endedAt: null,
        organisation: {
          id: 'o1',
          name: 'Acme Ltd',
          memberships: {
            edges: [
              membership('m1', 'EMPLOYEE', 'u2', 'Priya Shah'),
              membership('m2', 'ADMIN', 'admin', 'Adam Admin'),
              membership('m3', 'EMPLOYEE', 'u3', 'Nina Ford', '2026-01-01T00:00:00Z'),
              null,
              membership('m4', 'EMPLOYEE', 'u4', 'Ben Baker'),
              membership('m5', 'EMPLOYEE', 'u2', 'Priya Shah'),
            ],
          },
        },
      },
      // An organisation the viewer once administered: not theirs to act for now.
      {
        id: 'm9',
        kind: 'ADMIN',
        endedAt: '2025-01-01T00:00:00Z',
        organisation: { id: 'o2', name: 'Old Co', memberships: { edges: [membership('m10', 'EMPLOYEE', 'u9', 'Zed Old')] } },
      },
    ],
  };

  it('lists current employees once each, by name, without admins or leavers', () => {
    expect(currentEmployees(me).map((e) => e.displayName)).toEqual(['Ben Baker', 'Priya Shah']);
  });

  it('copes with no memberships', () => {
    expect(currentEmployees({ id: 'x', memberships: null })).toEqual([]);
  });
});

describe('findOpenRequest', () => {
  const r = (id: string, type: 'ACCESS' | 'ERASURE', open: boolean, subject: string) => ({ id, type, open, subject: { id: subject } });
  it('finds the open request of the same type about the same person', () => {
    const list = [r('1', 'ACCESS', false, 'me'), r('2', 'ERASURE', true, 'me'), r('3', 'ACCESS', true, 'other'), r('4', 'ACCESS', true, 'me')];
    expect(findOpenRequest(list, 'ACCESS', 'me')?.id).toBe('4');
    expect(findOpenRequest(list, 'ERASURE', 'other')).toBeNull();
  });
});

describe('queue filters', () => {
  it('sends nothing when nothing is chosen, so the server shows open requests', () => {
    expect(toQueueFilter(EMPTY_QUEUE_FILTER)).toBeNull();
  });

  it('maps each choice to the API filter', () => {
    expect(
      toQueueFilter({ type: 'ERASURE', state: 'EXTENDED', submittedBy: 'EMPLOYER_ADMIN', organisationID: '5', overdueOnly: true }),
    ).toEqual({ types: ['ERASURE'], states: ['EXTENDED'], submittedBy: 'EMPLOYER_ADMIN', organisationID: '5', overdue: true });
    expect(toQueueFilter({ ...EMPTY_QUEUE_FILTER, overdueOnly: false, type: 'ACCESS' })).toEqual({ types: ['ACCESS'] });
  });

  it('keeps the filters in the address and reads them back', () => {
    const v = { type: 'ACCESS', state: 'SUBMITTED', submittedBy: 'SELF', organisationID: '12', overdueOnly: true } as const;
    const search = queueFilterToSearch(v);
    expect(search).toBe('?type=ACCESS&state=SUBMITTED&submittedBy=SELF&organisation=12&overdue=1');
    expect(queueFilterFromSearch(search)).toEqual(v);
    expect(queueFilterToSearch(EMPTY_QUEUE_FILTER)).toBe('');
  });

  it('ignores values that are not in the schema', () => {
    expect(queueFilterFromSearch('?type=DROP&state=nope&submittedBy=ROBOT&overdue=yes')).toEqual(EMPTY_QUEUE_FILTER);
  });
});
