import { describe, expect, it } from 'vitest';
import type { BulkOutcome } from '../gql/graphql';
import { countOutcomes, outcomeLabel, rowPerson, summariseReport } from './report';

const rows = (...outcomes: BulkOutcome[]) => outcomes.map((outcome) => ({ outcome }));

describe('summariseReport', () => {
  it('says how many were made when none was refused', () => {
    expect(summariseReport(rows('CREATED', 'CREATED'))).toBe('2 requests made.');
    expect(summariseReport(rows('CREATED'))).toBe('1 request made.');
  });

  it('breaks the refusals down by reason', () => {
    expect(summariseReport(rows('CREATED', 'DUPLICATE', 'NOT_IN_ORGANISATION', 'INVALID', 'INVALID'))).toBe(
      '1 request made, 4 refused: 1 already open, 1 not in your organisation, 2 not usable.',
    );
    expect(summariseReport(rows('DUPLICATE'))).toBe('0 requests made, 1 refused: 1 already open.');
  });

  it('counts every outcome', () => {
    expect(countOutcomes(rows('CREATED', 'INVALID', 'CREATED'))).toEqual({ CREATED: 2, DUPLICATE: 0, NOT_IN_ORGANISATION: 0, INVALID: 1 });
  });
});

describe('rowPerson', () => {
  const names = new Map([['u1', 'Tom Baker']]);
  it('names a selected employee, else gives the email, else the ID', () => {
    expect(rowPerson({ subjectID: 'u1', email: null }, names)).toBe('Tom Baker');
    expect(rowPerson({ subjectID: 'u2', email: 'liam@acme.example' }, names)).toBe('liam@acme.example');
    expect(rowPerson({ subjectID: 'u3', email: null }, names)).toBe('u3');
  });
});

it('labels every outcome', () => {
  expect(outcomeLabel('NOT_IN_ORGANISATION')).toBe('Not in your organisation');
});
