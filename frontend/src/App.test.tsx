import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Page } from './App';
import type { Viewer } from './useViewer';
import { roleLabel } from './roles';

const noop = () => {};

function render(state: Parameters<typeof Page>[0]['state']): string {
  return renderToStaticMarkup(<Page state={state} onRetry={noop} />);
}

const learner: Viewer = {
  id: 'u1',
  email: 'learner@example.com',
  displayName: 'Lucy Learner',
  role: 'LEARNER',
  mustReviewPolicy: false,
  organisation: null,
};

describe('roleLabel', () => {
  it('gives every role a human label', () => {
    expect(roleLabel('LEARNER')).toBe('Learner');
    expect(roleLabel('EMPLOYER_ADMIN')).toBe('Employer admin');
    expect(roleLabel('STAFF')).toBe('Provider staff');
  });
});

describe('Page', () => {
  it('offers sign-in when signed out', () => {
    const html = render({ status: 'signedOut' });

    expect(html).toContain('href="/auth/login"');
    expect(html).not.toContain('/auth/logout');
  });

  it('shows the learner with a sign-out form and no playground link', () => {
    const html = render({ status: 'signedIn', viewer: learner });

    expect(html).toContain('Lucy Learner');
    expect(html).toContain('<dd>Learner</dd>');
    expect(html).toContain('<form action="/auth/logout" method="post">');
    expect(html).not.toContain('Organisation');
    expect(html).not.toContain('/playground');
  });

  it('shows the organisation when there is one', () => {
    const html = render({
      status: 'signedIn',
      viewer: { ...learner, displayName: 'Adam Admin', role: 'EMPLOYER_ADMIN', organisation: { id: 'o1', name: 'Acme Ltd' } },
    });

    expect(html).toContain('<dd>Employer admin</dd>');
    expect(html).toContain('<dd>Acme Ltd</dd>');
  });

  it('links staff to the playground', () => {
    const html = render({ status: 'signedIn', viewer: { ...learner, role: 'STAFF' } });

    expect(html).toContain('href="/playground"');
  });

  it('navigates to My requests, and staff also to the request queue', () => {
    const learnerHtml = render({ status: 'signedIn', viewer: learner });
    const staffHtml = render({ status: 'signedIn', viewer: { ...learner, role: 'STAFF' } });

    expect(learnerHtml).toContain('<nav aria-label="Main"');
    expect(learnerHtml).toContain('href="/requests"');
    expect(learnerHtml).toContain('href="/requests/new"');
    expect(learnerHtml).not.toContain('href="/staff/requests"');
    expect(staffHtml).toContain('href="/staff/requests"');
    // The home page is the current one.
    expect(learnerHtml).toMatch(/<a href="\/" aria-current="page">Home<\/a>/);
  });

  it('offers My account to every role', () => {
    for (const role of ['LEARNER', 'EMPLOYER_ADMIN', 'STAFF'] as const) {
      const html = render({ status: 'signedIn', viewer: { ...learner, role } });
      expect(html).toMatch(/<a href="\/account">My account<\/a>/);
    }
    expect(render({ status: 'signedIn', viewer: learner })).toContain('href="/account/data"');
  });

  it('asks for a new privacy policy version to be reviewed, on every page, until it is accepted', () => {
    const banner = 'aria-label="Privacy policy update"';
    expect(render({ status: 'signedIn', viewer: { ...learner, mustReviewPolicy: true } })).toContain(banner);
    expect(render({ status: 'signedIn', viewer: { ...learner, mustReviewPolicy: true } })).toContain('href="/account/policy"');
    expect(render({ status: 'signedIn', viewer: learner })).not.toContain(banner);
    expect(render({ status: 'signedOut' })).not.toContain(banner);
  });

  it('shows no navigation when signed out', () => {
    expect(render({ status: 'signedOut' })).not.toContain('<nav');
  });

  it('announces loading and errors', () => {
    expect(render({ status: 'loading' })).toContain('role="status"');
    expect(render({ status: 'error', message: 'Oops' })).toContain('role="alert"');
  });
});
