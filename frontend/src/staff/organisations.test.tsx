import { renderToStaticMarkup } from 'react-dom/server';
import { canManageOrganisations } from '../roles';
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../errors';
import { GraphQLRequestError, type ErrorCode } from '../graphql';
import { OrganisationsBody, type OrganisationsData } from './Organisations';
import {
  adminAdded,
  allPages,
  NO_ONE,
  organisationCount,
  organisationRows,
  personMoved,
  placeError,
  Refused,
  validateEmail,
  validateMove,
  validateOrganisationName,
} from './organisations';

/** An error as request() throws it. */
const coded = (code: ErrorCode, message = 'server text', extensions: Record<string, unknown> = {}) =>
  new GraphQLRequestError(code, message, [{ message, extensions: { code, ...extensions } }]);

const org = (id: string, name: string, employees: number) => ({ id, name, employeeCount: employees });
const admin = (id: string, displayName: string, email: string, memberships: Array<{ kind: 'ADMIN' | 'EMPLOYEE'; endedAt: unknown; organisationID: string }>) => ({
  id,
  displayName,
  email,
  memberships: memberships.map((m, i) => ({ id: `${id}-m${i}`, ...m })),
});

describe('organisationRows', () => {
  it('puts each admin under the organisation of their current ADMIN membership, by name', () => {
    const rows = organisationRows(
      [org('1', 'Acme Ltd', 4), org('2', 'Brightside Learning Trust', 3), org('3', 'Northwind', 0)],
      [
        admin('u1', 'Adam Admin', 'admin@acme.example', [{ kind: 'ADMIN', endedAt: null, organisationID: '1' }]),
        // An employee of Acme who administers Brightside.
        admin('u2', 'Beth Bright', 'admin@brightside.example', [
          { kind: 'EMPLOYEE', endedAt: null, organisationID: '1' },
          { kind: 'ADMIN', endedAt: null, organisationID: '2' },
        ]),
        // Was Northwind's admin; administers Acme now.
        admin('u3', 'Aaron Able', 'aaron@acme.example', [
          { kind: 'ADMIN', endedAt: '2026-01-01T00:00:00Z', organisationID: '3' },
          { kind: 'ADMIN', endedAt: null, organisationID: '1' },
        ]),
      ],
    );
    expect(rows).toEqual([
      {
        id: '1',
        name: 'Acme Ltd',
        employees: 4,
        admins: [
          { id: 'u3', name: 'Aaron Able', email: 'aaron@acme.example' },
          { id: 'u1', name: 'Adam Admin', email: 'admin@acme.example' },
        ],
      },
      { id: '2', name: 'Brightside Learning Trust', employees: 3, admins: [{ id: 'u2', name: 'Beth Bright', email: 'admin@brightside.example' }] },
      { id: '3', name: 'Northwind', employees: 0, admins: [] },
    ]);
  });
});

describe('allPages', () => {
  const page = (ids: string[], hasNextPage: boolean, endCursor: string, totalCount = 5) => ({
    totalCount,
    pageInfo: { hasNextPage, endCursor },
    edges: [...ids.map((id) => ({ node: { id } })), null],
  });

  it('follows endCursor until the last page', async () => {
    const asked: unknown[] = [];
    const result = await allPages(async (after) => {
      asked.push(after);
      return after === null ? page(['a', 'b'], true, 'c1') : after === 'c1' ? page(['c', 'd'], true, 'c2') : page(['e'], false, 'c3');
    }, 10);
    expect(asked).toEqual([null, 'c1', 'c2']);
    expect(result).toEqual({ nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }, { id: 'e' }], total: 5, complete: true });
  });

  it('stops after maxPages and says the list is incomplete', async () => {
    let calls = 0;
    const result = await allPages(async () => {
      calls++;
      return page([`n${calls}`], true, `c${calls}`, 99);
    }, 2);
    expect(calls).toBe(2);
    expect(result).toEqual({ nodes: [{ id: 'n1' }, { id: 'n2' }], total: 99, complete: false });
  });
});

describe('the forms', () => {
  it('checks the organisation’s name as the server does', () => {
    expect(validateOrganisationName('  ')).toEqual({ name: 'Enter the organisation’s name.' });
    expect(validateOrganisationName('x'.repeat(200))).toEqual({});
    expect(validateOrganisationName('é'.repeat(201))).toEqual({ name: 'Use at most 200 characters.' });
    expect(validateOrganisationName(' Northwind ')).toEqual({});
  });

  it('checks an email address before looking the person up', () => {
    expect(validateEmail('')).toEqual({ email: 'Enter their email address.' });
    expect(validateEmail('tom baker')).toEqual({ email: 'Enter an email address like name@example.com.' });
    expect(validateEmail(' Tom.Baker@acme.example ')).toEqual({});
    expect(validateMove('', '')).toEqual({ email: 'Enter their email address.', target: 'Choose where they go: an organisation, or none.' });
    expect(validateMove('tom.baker@acme.example', 'none')).toEqual({});
  });

  it('puts coded refusals on the field they are about, in plain sentences', () => {
    const taken = placeError(coded('ORGANISATION_NAME_TAKEN', 'An organisation called "Acme Ltd" already exists.'), { ORGANISATION_NAME_TAKEN: 'name' }, ['name']);
    expect(taken.message).toBeNull();
    expect(taken.fields.name).toContain('There is already an organisation with this name');

    const onEmail = { ADMIN_OF_ANOTHER_ORGANISATION: 'email', ROLE_NOT_ALLOWED: 'email' };
    expect(placeError(coded('ROLE_NOT_ALLOWED'), onEmail, ['email']).fields.email).toBe(
      'This person is provider staff: staff cannot be a customer’s employer admin or employee.',
    );
    expect(placeError(coded('ADMIN_OF_ANOTHER_ORGANISATION'), onEmail, ['email']).fields.email).toContain('admin of another organisation');
    expect(placeError(new Refused({ email: NO_ONE }), onEmail, ['email'])).toEqual({ fields: { email: NO_ONE }, message: null });
  });

  it('places VALIDATION problems on their fields, and anything else above the form', () => {
    const invalid = coded('VALIDATION', 'x', { fields: [{ field: 'name', reason: 'LENGTH', message: 'Give the organisation a name of 1 to 200 characters.' }] });
    expect(placeError(invalid, {}, ['name'])).toEqual({ fields: { name: 'Give the organisation a name of 1 to 200 characters.' }, message: null });
    expect(placeError(coded('NOT_FOUND'), { ROLE_NOT_ALLOWED: 'email' }, ['email'])).toEqual({
      fields: {},
      message: 'We could not find this. It may not exist, or it may not be yours to see.',
    });
    const internal = placeError(coded('INTERNAL', 'pq: duplicate key'), {}, ['name']);
    expect(internal.message).not.toContain('pq:');
    // A code of another form is not placed on this one's field.
    expect(placeError(coded('ORGANISATION_NAME_TAKEN'), { ROLE_NOT_ALLOWED: 'email' }, ['email']).fields).toEqual({});
    expect(placeError(coded('UNKNOWN'), {}, ['email']).fields).toEqual({});
  });

  it('has a sentence of its own for each organisation code, never the server’s text', () => {
    for (const code of ['ORGANISATION_NAME_TAKEN', 'ADMIN_OF_ANOTHER_ORGANISATION', 'ROLE_NOT_ALLOWED', 'NOT_AN_ADMIN'] as const) {
      const sentence = errorMessage(coded(code, 'Server words.'));
      expect(sentence).not.toBe('Server words.');
      expect(sentence).not.toContain('Something went wrong');
    }
  });
});

describe('what the page says', () => {
  it('announces each change in a sentence', () => {
    const tom = { displayName: 'Tom Baker', email: 'tom.baker@acme.example' };
    expect(adminAdded(tom, 'Acme Ltd', false)).toBe('Tom Baker (tom.baker@acme.example) is now an admin of Acme Ltd, and can make requests for its employees.');
    expect(adminAdded(tom, 'Acme Ltd', true)).toBe('Tom Baker (tom.baker@acme.example) is already an admin of Acme Ltd.');
    expect(personMoved(tom, 'Brightside Learning Trust')).toBe('Tom Baker (tom.baker@acme.example) is now an employee of Brightside Learning Trust.');
    expect(personMoved({ displayName: 'x@example.com', email: 'x@example.com' }, null)).toBe(
      'x@example.com is now an independent learner, no longer employed by an organisation.',
    );
    expect(organisationCount(0)).toBe('There are no organisations yet.');
    expect(organisationCount(1)).toBe('1 organisation.');
    expect(organisationCount(3)).toBe('3 organisations.');
  });

  it('is for provider staff only', () => {
    expect(canManageOrganisations('STAFF')).toBe(true);
    expect(canManageOrganisations('EMPLOYER_ADMIN')).toBe(false);
    expect(canManageOrganisations('LEARNER')).toBe(false);
  });
});

describe('OrganisationsBody', () => {
  const data: OrganisationsData = {
    total: 2,
    complete: true,
    organisations: [
      { id: '1', name: 'Acme Ltd', employees: 4, admins: [{ id: 'u1', name: 'Adam Admin', email: 'admin@acme.example' }] },
      { id: '2', name: 'Northwind', employees: 0, admins: [] },
    ],
  };
  const html = renderToStaticMarkup(<OrganisationsBody data={data} onChanged={() => {}} />);

  it('lists each organisation under its own heading, with its employees and admins', () => {
    expect(html).toContain('2 organisations.');
    expect(html).toContain('<h3 id="organisation-1">Acme Ltd</h3>');
    expect(html).toMatch(/<dt>Current employees<\/dt><dd>4<\/dd>/);
    expect(html).toMatch(/<dt>Current employees<\/dt><dd>0<\/dd>/);
    expect(html).toContain('admin@acme.example');
    expect(html).toContain('None: nobody can make requests for its employees yet.');
  });

  it('says whose admin rights each remove button takes away', () => {
    expect(html).toContain('Remove admin<span class="visually-hidden"> Adam Admin from Acme Ltd</span>');
    expect(html.match(/Remove admin/g)).toHaveLength(1);
  });

  it('labels every control', () => {
    for (const id of ['add-admin-1-email', 'add-admin-2-email', 'move-email', 'move-target']) {
      expect(html).toContain(`for="${id}"`);
      expect(html).toContain(`id="${id}"`);
    }
    expect(html).toContain('Add an admin<span class="visually-hidden"> to Northwind</span>');
  });

  it('moves a person to any organisation, or to none', () => {
    expect(html).toContain('<option value="" selected="">Choose where they go</option>');
    expect(html).toContain('<option value="1">Acme Ltd</option><option value="2">Northwind</option><option value="none">No organisation (independent learner)</option>');
  });

  it('says when not every organisation could be listed', () => {
    const partial = renderToStaticMarkup(<OrganisationsBody data={{ ...data, total: 2500, complete: false }} onChanged={() => {}} />);
    expect(partial).toContain('2500 organisations. The first 2 are listed, by name.');
  });
});
