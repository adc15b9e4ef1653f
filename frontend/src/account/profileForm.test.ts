import { describe, expect, it } from 'vitest';
import type { ProfileFieldsFragment } from '../gql/graphql';
import {
  certificateItem,
  changedProfileInput,
  MAX_CORRECTION_ITEM,
  PROFILE_FIELDS,
  PROFILE_LABELS,
  profileFieldOf,
  splitLines,
  toProfileValues,
} from './profileForm';

const profile: ProfileFieldsFragment = {
  id: 'p1',
  firstName: 'Lucy',
  lastName: 'Learner',
  username: 'lucy.learner',
  dateOfBirth: '1968-01-03',
  gender: 'Female',
  phone: '07700 900100',
  addressLine1: '4 Mill Lane',
  addressLine2: '',
  town: 'Leeds',
  postcode: 'LS6 2AB',
  country: 'United Kingdom',
  jobTitle: 'Secondary science teacher',
  qualifications: ['PGCE'],
  subjectsTaught: ['Biology', 'English'],
  ageGroupsTaught: null,
  interests: [],
};

describe('the profile form', () => {
  it('has a label for every field the API takes', () => {
    expect(PROFILE_FIELDS.map((f) => f.name).sort()).toEqual(Object.keys(toProfileValues(null)).sort());
    for (const f of PROFILE_FIELDS) expect(PROFILE_LABELS[f.name]).toBeTruthy();
  });

  it('shows lists one entry per line', () => {
    const v = toProfileValues(profile);
    expect(v.subjectsTaught).toBe('Biology\nEnglish');
    expect(v.ageGroupsTaught).toBe('');
    expect(v.dateOfBirth).toBe('1968-01-03');
    expect(splitLines(' a \n\n b\r\n')).toEqual(['a', 'b']);
  });

  it('sends only what changed', () => {
    const before = toProfileValues(profile);
    expect(changedProfileInput(before, before)).toEqual({});
    expect(changedProfileInput(before, { ...before, jobTitle: 'Head of science ', town: 'Leeds  ' })).toEqual({ jobTitle: 'Head of science' });
    expect(changedProfileInput(before, { ...before, postcode: 'nope' })).toEqual({ postcode: 'nope' });
    expect(changedProfileInput(before, { ...before, addressLine2: '' })).toEqual({});
  });

  it('sends lists whole when an entry changed, and not for blank lines', () => {
    const before = toProfileValues(profile);
    expect(changedProfileInput(before, { ...before, subjectsTaught: 'Biology\n\nEnglish\n' })).toEqual({});
    expect(changedProfileInput(before, { ...before, subjectsTaught: 'Biology\nChemistry' })).toEqual({ subjectsTaught: ['Biology', 'Chemistry'] });
    expect(changedProfileInput(before, { ...before, qualifications: '' })).toEqual({ qualifications: [] });
  });

  it('clears the date of birth when it is emptied', () => {
    const before = toProfileValues(profile);
    expect(changedProfileInput(before, { ...before, dateOfBirth: '' })).toEqual({ clearDateOfBirth: true });
    expect(changedProfileInput(before, { ...before, dateOfBirth: '1970-02-01' })).toEqual({ dateOfBirth: '1970-02-01' });
  });

  it('places the server’s field problems next to their fields', () => {
    expect(profileFieldOf('postcode')).toBe('postcode');
    expect(profileFieldOf('input.phone')).toBe('phone');
    expect(profileFieldOf('clearDateOfBirth')).toBe('dateOfBirth');
    expect(profileFieldOf('userID')).toBeNull();
  });
});

describe('certificateItem', () => {
  it('names the certificate within the API’s limit, keeping its number', () => {
    expect(certificateItem('Mental Health First Aid', 'CPD-2026-01002')).toBe('Name on certificate: Mental Health First Aid (CPD-2026-01002)');
    const long = certificateItem('A'.repeat(200), 'CPD-2026-01002');
    expect([...long].length).toBeLessThanOrEqual(MAX_CORRECTION_ITEM);
    expect(long.endsWith('… (CPD-2026-01002)')).toBe(true);
    expect([...certificateItem('é'.repeat(120), '')].length).toBeLessThanOrEqual(MAX_CORRECTION_ITEM);
  });
});
