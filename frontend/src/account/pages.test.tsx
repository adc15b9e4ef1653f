import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ConsentFieldsFragment, MyConsentsQuery, MyPolicyQuery, PurposeFieldsFragment } from '../gql/graphql';
import { AccessTable } from './AccessLog';
import { ConsentsBody } from './Consents';
import { MyDataBody, type MyDataMe } from './MyData';
import { PolicyBody } from './Policy';
import { PreferenceGrid } from './Preferences';

const conn = <T,>(nodes: T[], total = nodes.length, hasNextPage = false) => ({
  totalCount: total,
  pageInfo: { hasNextPage, endCursor: hasNextPage ? 'cursor' : null },
  edges: nodes.map((node) => ({ node })),
});

const purpose = (over: Partial<PurposeFieldsFragment>): PurposeFieldsFragment => ({
  id: 'p1',
  key: 'account',
  name: 'Running your learner account',
  description: 'We use your name to run your account.',
  category: 'IDENTITY',
  lawfulBasis: 'CONTRACT',
  recipients: ['Our hosting provider'],
  objectable: false,
  ...over,
});

const thirdParty = purpose({
  id: 'p9',
  key: 'third-party-marketing',
  name: 'Sharing with partners for their marketing',
  category: 'MARKETING',
  lawfulBasis: 'CONSENT',
  recipients: null,
});
const analytics = purpose({
  id: 'p7',
  key: 'usage-analytics',
  name: 'Improving courses from how they are used',
  category: 'TECHNICAL',
  lawfulBasis: 'LEGITIMATE_INTERESTS',
  objectable: true,
  recipients: null,
});

const given: ConsentFieldsFragment = {
  id: 'c1',
  state: 'GIVEN',
  changedAt: '2026-05-25T08:00:00Z',
  purpose: { id: 'p9' },
  policyVersion: { id: 'v1', version: '1.0' },
  history: [
    { id: 'e1', kind: 'CONSENT_GIVEN', occurredAt: '2026-05-25T08:00:00Z', actorRole: 'SELF', source: 'REGISTRATION', policyVersion: { id: 'v1', version: '1.0' } },
    { id: 'e2', kind: 'CONSENT_WITHDRAWN', occurredAt: '2026-06-25T08:00:00Z', actorRole: 'EMPLOYER_ADMIN', source: 'EMPLOYER_ADMIN', policyVersion: null },
  ],
};

const me: MyDataMe = {
  id: 'u1',
  email: 'learner@example.com',
  status: 'ACTIVE',
  createdAt: '2026-05-24T08:00:00Z',
  lastLoginAt: '2026-11-24T08:00:00Z',
  profile: {
    id: 'pr1',
    firstName: 'Lucy',
    lastName: 'Learner',
    username: 'lucy.learner',
    dateOfBirth: '1968-01-03',
    gender: '',
    phone: '07700 900100',
    addressLine1: '4 Mill Lane',
    addressLine2: '',
    town: 'Leeds',
    postcode: 'LS6 2AB',
    country: 'United Kingdom',
    jobTitle: 'Teacher',
    qualifications: ['PGCE'],
    subjectsTaught: null,
    ageGroupsTaught: [],
    interests: ['Safeguarding'],
  },
  dataHeld: [
    { category: 'IDENTITY', purposes: [{ retention: 'While you have an account with us, then 2 years after it ends.', keptUntil: null, purpose: purpose({}) }] },
    { category: 'TECHNICAL', purposes: [{ retention: 'Each item for 26 months after we collect it.', keptUntil: null, purpose: analytics }] },
    { category: 'MARKETING', purposes: [{ retention: '2 years after your last activity.', keptUntil: '2028-11-24', purpose: thirdParty }] },
  ],
  communicationPreferences: [{ id: 'cp1', channel: 'SMS', topic: 'NEWSLETTERS', enabled: true }],
  consents: [{ id: 'c1', state: 'GIVEN', changedAt: '2026-05-25T08:00:00Z', purpose: { id: 'p9' } }],
  learningRecords: conn([
    {
      id: 'l1',
      courseTitle: 'Mental Health First Aid',
      courseCode: 'MHFA',
      status: 'COMPLETED' as const,
      registeredAt: '2026-06-26T08:00:00Z',
      completedAt: '2026-07-26T08:00:00Z',
      cpdHours: 12,
      certificateNumber: 'CPD-2026-01001',
      certificateName: 'Lucy Learner',
    },
  ]),
  financialRecords: conn([]),
  surveyAnswers: conn([]),
  activityEvents: conn(
    [{ id: 'a1', kind: 'LOGIN' as const, occurredAt: '2026-11-24T08:00:00Z', ipAddress: '203.0.113.10', userAgent: 'curl/8.5.0', detail: '' }],
    61,
    true,
  ),
  notifications: conn([]),
};

describe('MyDataBody', () => {
  const html = renderToStaticMarkup(<MyDataBody me={me} />);

  it('shows every category, in the registry’s order, even one with nothing held', () => {
    const headings = [...html.matchAll(/<h2 id="category-[a-z]+-heading">([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual([
      'Identity',
      'Contact details',
      'Profile',
      'Learning records',
      'Purchases and payments',
      'Technical and usage data',
      'Marketing and communications',
    ]);
    expect(html).toContain('We do not use this kind of data for any purpose.');
  });

  it('puts the purpose, lawful basis, retention, date and recipients next to the items', () => {
    expect(html).toContain('Running your learner account');
    expect(html).toContain('<dt>Lawful basis</dt><dd>Contract');
    expect(html).toContain('While you have an account with us, then 2 years after it ends.');
    expect(html).toContain('<dt>Kept until</dt><dd>24 November 2028</dd>');
    expect(html).toContain('<dt>Shared with</dt><dd>Our hosting provider</dd>');
    expect(html).toContain('Nobody outside our organisation');
    expect(html).toContain('Object to this use of your data');
    expect(html).toContain('Give or withdraw consent');
  });

  it('shows the items: profile, learning, activity paged, preferences and consents', () => {
    expect(html).toContain('3 January 1968');
    expect(html).toContain('<span class="muted">Not held</span>');
    expect(html).toContain('Name on certificate');
    expect(html).toContain('Showing 1 of 61 activity records.');
    expect(html).toContain('Show more activity');
    expect(html).toContain('curl');
    expect(html).toContain('Newsletters by SMS');
    expect(html).toMatch(/Sharing with partners for their marketing<\/dt><dd>Consent given/);
    expect(html).toMatch(/Improving courses from how they are used<\/dt><dd>No objection/);
  });
});

describe('PreferenceGrid', () => {
  const html = renderToStaticMarkup(<PreferenceGrid prefs={me.communicationPreferences} />);

  it('is a table with headers and a label for each of its 20 checkboxes', () => {
    expect(html).toContain('<caption id="grid-caption">');
    expect(html.match(/<th scope="col"/g)).toHaveLength(5);
    expect(html.match(/<th scope="row"/g)).toHaveLength(5);
    expect(html.match(/type="checkbox"/g)).toHaveLength(20);
    expect(html).toContain('<span class="visually-hidden">Newsletters by SMS</span>');
    expect(html).toContain('<span class="visually-hidden">Partner offers by post</span>');
  });

  it('shows service messages checked, disabled and explained', () => {
    const service = [...html.matchAll(/<input id="pref-[a-z]+-service"[^>]*>/g)].map((m) => m[0]);
    expect(service).toHaveLength(4);
    for (const input of service) {
      expect(input).toContain('checked=""');
      expect(input).toContain('disabled=""');
      expect(input).toContain('aria-describedby="service-explanation"');
    }
    expect(html).toContain('id="service-explanation"');
    expect(html).toMatch(/<input id="pref-sms-newsletters" type="checkbox" checked=""/);
    expect(html).toMatch(/<input id="pref-email-newsletters" type="checkbox"\/?>/);
    expect(html).toContain('Unsubscribe from all marketing');
    expect(html).toContain('aria-live="polite"');
  });
});

describe('ConsentsBody', () => {
  const consentsMe: MyConsentsQuery['me'] = {
    id: 'u1',
    dataHeld: me.dataHeld.map((h) => ({ category: h.category, purposes: h.purposes.map((p) => ({ purpose: p.purpose })) })),
    consents: [given],
  };
  const html = renderToStaticMarkup(<ConsentsBody me={consentsMe} />);

  it('offers the change that fits each purpose, named for screen readers', () => {
    expect(html).toContain('Withdraw consent<span class="visually-hidden"> for Sharing with partners for their marketing</span>');
    expect(html).toContain('Object<span class="visually-hidden"> to Improving courses from how they are used</span>');
    expect(html).not.toContain('Running your learner account');
  });

  it('shows the state and the whole history, newest first, with who, how and under which version', () => {
    expect(html).toContain('Consent given</span>');
    expect(html).toContain('under privacy policy version 1.0');
    expect(html.indexOf('Consent withdrawn')).toBeLessThan(html.indexOf('You, when you registered'));
    expect(html).toContain('Your employer’s administrator, in your employer’s pages.');
    expect(html).toContain('You have never objected to this.');
  });
});

describe('PolicyBody', () => {
  const data: MyPolicyQuery = {
    policyVersions: [
      { id: 'v1', version: '1.0', title: 'Privacy policy', summary: 'First.', body: '# Old\n\nOld text.', publishedAt: '2024-03-24T08:00:00Z' },
      {
        id: 'v2',
        version: '2.0',
        title: 'Privacy policy',
        summary: 'We list partners.',
        body: '# How we use your data\n\n<script>x</script>\n\n- one',
        publishedAt: '2026-09-24T08:00:00Z',
      },
    ],
    me: {
      id: 'u1',
      mustReviewPolicy: true,
      policyAcceptances: [{ id: 'a1', acceptedAt: '2024-05-24T08:00:00Z', policyVersion: { id: 'v1', version: '1.0', title: 'Privacy policy' } }],
    },
  };

  it('shows the newest version first, safely, with Accept while it is not accepted', () => {
    const html = renderToStaticMarkup(<PolicyBody data={data} onAccepted={() => {}} />);
    expect(html).toContain('Version 2.0 (current)');
    expect(html).toContain('<h3>How we use your data</h3>');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).toContain('Accept version 2.0');
    expect(html).toContain('Version 1.0: accepted');
    expect(html).toContain('Version 1.0, published 24 March 2024');
  });

  it('has no Accept once the version is accepted', () => {
    const accepted: MyPolicyQuery = {
      ...data,
      me: {
        ...data.me,
        mustReviewPolicy: false,
        policyAcceptances: [...data.me.policyAcceptances!, { id: 'a2', acceptedAt: '2026-11-24T08:00:00Z', policyVersion: { id: 'v2', version: '2.0', title: 'Privacy policy' } }],
      },
    };
    const html = renderToStaticMarkup(<PolicyBody data={accepted} onAccepted={() => {}} />);
    expect(html).not.toContain('Accept version');
    expect(html).toContain('You accepted it on 24 Nov 2026');
  });
});

describe('AccessTable', () => {
  it('says who did what and when', () => {
    const html = renderToStaticMarkup(
      <AccessTable
        initial={conn(
          [
            { id: 'x1', occurredAt: '2026-11-24T08:00:00Z', actorRole: 'EMPLOYER_ADMIN' as const, actorName: 'Adam Admin', action: 'READ' as const, entity: 'Profile', count: 1, actorOrganisation: { id: 'o1', name: 'Acme Ltd' } },
            { id: 'x2', occurredAt: '2026-11-23T08:00:00Z', actorRole: 'STAFF' as const, actorName: 'Provider staff', action: 'READ' as const, entity: 'LearningRecord', count: 7, actorOrganisation: null },
          ],
          45,
          true,
        )}
      />,
    );
    expect(html).toContain('<th scope="col">Who</th>');
    expect(html).toContain('Adam Admin, your employer’s administrator at Acme Ltd');
    expect(html).toContain('Provider staff');
    expect(html).toContain('Looked at your profile');
    expect(html).toContain('Looked at 7 of your learning records');
    expect(html).toContain('Showing 2 of 45 entries.');
    expect(html).toContain('Show older entries');
  });

  it('says when nobody has accessed the data', () => {
    expect(renderToStaticMarkup(<AccessTable initial={conn([])} />)).toContain('Nobody else has looked at or changed your data yet.');
  });
});
