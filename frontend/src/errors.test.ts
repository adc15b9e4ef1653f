import { describe, expect, it } from 'vitest';
import { errorMessage, isSignedOut } from './errors';
import { fieldProblems, GraphQLRequestError, type ErrorCode } from './graphql';

const err = (code: ErrorCode, message = 'server text', extensions: Record<string, unknown> = {}) =>
  new GraphQLRequestError(code, message, [{ message, extensions: { code, ...extensions } }]);

describe('errorMessage', () => {
  it('never shows the text of an internal or unknown error', () => {
    expect(errorMessage(err('INTERNAL', 'pq: deadlock'))).not.toContain('pq:');
    expect(errorMessage(err('UNKNOWN', 'stack trace'))).not.toContain('stack');
    expect(errorMessage(new Error('boom'))).not.toContain('boom');
  });

  it('shows the server’s own sentence for request-workflow codes', () => {
    for (const code of [
      'TRANSITION_NOT_ALLOWED',
      'EXTENSION_TOO_LONG',
      'EXTENSION_TOO_LATE',
      'CONFLICT',
      'SERVICE_MESSAGES_REQUIRED',
      'NOT_CONSENT_BASED',
      'NOT_OBJECTABLE',
      'LEGAL_HOLD',
      'EXPORT_IN_PROGRESS',
      'NOT_RESTRICTED',
    ] as const) {
      expect(errorMessage(err(code, 'Explained by the server.'))).toBe('Explained by the server.');
      expect(errorMessage(err(code, ''))).not.toBe('');
    }
  });

  it('has its own words for access and sign-in problems', () => {
    expect(errorMessage(err('UNAUTHENTICATED'))).toContain('Sign in again');
    expect(errorMessage(err('FORBIDDEN'))).toBe('You do not have access to this.');
    expect(errorMessage(err('NOT_FOUND'))).toContain('could not find');
    expect(errorMessage(err('DUPLICATE_REQUEST'))).toContain('already an open request');
    expect(isSignedOut(err('UNAUTHENTICATED'))).toBe(true);
    expect(isSignedOut(err('FORBIDDEN'))).toBe(false);
  });

  it('points to the fields of a VALIDATION error rather than repeating the summary', () => {
    const e = err('VALIDATION', 'Some fields are not valid: description', {
      fields: [{ field: 'description', reason: 'TOO_LONG', message: 'Use at most 5000 characters.' }],
    });
    expect(errorMessage(e)).toBe('Some answers need correcting.');
    expect(errorMessage(err('VALIDATION', 'Give a reason.'))).toBe('Give a reason.');
  });
});

describe('organisation codes', () => {
  it('has a sentence of its own for each, not the server’s words', () => {
    expect(errorMessage(err('ORGANISATION_NAME_TAKEN'))).toContain('already an organisation with this name');
    expect(errorMessage(err('ADMIN_OF_ANOTHER_ORGANISATION'))).toContain('already the admin of another organisation');
    expect(errorMessage(err('ROLE_NOT_ALLOWED'))).toContain('provider staff');
    expect(errorMessage(err('NOT_AN_ADMIN'))).toContain('no longer an admin');
    expect(errorMessage(err('NOT_AN_ADMIN'))).not.toContain('server text');
  });
});

describe('fieldProblems', () => {
  it('reads extensions.fields, accepting input.-prefixed names', () => {
    const e = err('VALIDATION', 'x', {
      fields: [
        { field: 'input.rectificationField', reason: 'REQUIRED', message: 'Say which item.' },
        { field: 'reason', reason: 'REQUIRED', message: 'Give a reason.' },
      ],
    });
    expect(fieldProblems(e)).toEqual([
      { field: 'rectificationField', reason: 'REQUIRED', message: 'Say which item.' },
      { field: 'reason', reason: 'REQUIRED', message: 'Give a reason.' },
    ]);
  });

  it('skips malformed entries and non-GraphQL errors', () => {
    const e = err('VALIDATION', 'x', { fields: [null, 'description', { field: 3, message: 'x' }, { field: 'a', message: 'ok' }] });
    expect(fieldProblems(e)).toEqual([{ field: 'a', reason: '', message: 'ok' }]);
    expect(fieldProblems(err('VALIDATION', 'x', { fields: 'nope' }))).toEqual([]);
    expect(fieldProblems(new Error('x'))).toEqual([]);
  });
});
