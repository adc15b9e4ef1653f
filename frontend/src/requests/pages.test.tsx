import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RequestList, type MyRequest } from './MyRequests';
import { offeredActions, RequestBody, type RequestDetails } from './RequestDetail';
import { FiguresPanel, QueueTable } from './RequestQueue';

const noop = () => {};

const base: RequestDetails = {
  __typename: 'RightsRequest',
  id: '42',
  type: 'ACCESS',
  state: 'SUBMITTED',
  description: 'Everything, please.',
  rectificationField: '',
  rectificationValue: '',
  objectionProcessing: '',
  portabilityRecipient: '',
  receivedAt: '2026-09-03T09:00:00Z',
  dueAt: '2026-10-05T09:00:00Z',
  pausedAt: null,
  extensionMonths: 0,
  extensionReason: '',
  rejectionReason: null,
  rejectionExplanation: '',
  closedAt: null,
  open: true,
  overdue: false,
  dueSoon: true,
  availableActions: ['CANCEL'],
  erasureScheduledAt: null,
  erasurePreview: null,
  erasureReceipt: null,
  exportArchive: null,
  submitterName: null,
  subject: { id: 'u1', displayName: 'Lucy Learner' },
  timeline: [
    { id: 'e1', actorName: 'Lucy Learner', fromState: '', toState: 'SUBMITTED', note: '', occurredAt: '2026-09-03T09:00:00Z' },
  ],
  conversation: [],
};

describe('RequestBody', () => {
  it('shows the requester the summary, due date, timeline, messages and only their actions', () => {
    const html = renderToStaticMarkup(<RequestBody r={base} staff={false} onChanged={noop} />);

    expect(html).toContain('Submitted');
    expect(html).toContain('5 October 2026');
    expect(html).toContain('Due soon');
    expect(html).toContain('Request submitted');
    expect(html).toContain('No messages yet.');
    expect(html).toContain('Cancel this request');
    expect(html).not.toContain('Start work');
    expect(html).not.toContain('Submitted by');
    expect(html).not.toContain('Made by');
    expect(html).not.toContain('Possibly repetitive');
  });

  it('tells the employee which admin made the request', () => {
    const html = renderToStaticMarkup(<RequestBody r={{ ...base, submitterName: 'Adam Admin (Acme Ltd)' }} staff={false} onChanged={noop} />);

    expect(html).toContain('Made by');
    expect(html).toContain('Adam Admin (Acme Ltd)');
  });

  it('gives staff the actions the server offers, and the possibly-repetitive flag', () => {
    const r: RequestDetails = {
      ...base,
      availableActions: ['START', 'REQUEST_INFORMATION', 'EXTEND', 'REJECT'],
      possiblyRepetitive: true,
      submittedBy: { id: 'u1', displayName: 'Lucy Learner' },
      organisation: null,
    };
    const html = renderToStaticMarkup(<RequestBody r={r} staff onChanged={noop} />);

    expect(html).toContain('Start work on the request');
    expect(html).toContain('Ask for information');
    expect(html).toContain('Extend the due date');
    expect(html).toContain('Manifestly unfounded');
    expect(html).toContain('Possibly repetitive');
    expect(html).not.toContain('Mark as completed');
    expect(html).not.toContain('Cancel this request');
    // Every control has a label.
    for (const id of ['action-start-note', 'action-request_information-message', 'extend-months', 'extend-reason', 'reject-reason', 'reject-explanation', 'message-body']) {
      expect(html).toContain(`for="${id}"`);
      expect(html).toContain(`id="${id}"`);
    }
  });

  it('puts the requester’s cancel last, but an information request first', () => {
    const html = renderToStaticMarkup(<RequestBody r={base} staff={false} onChanged={noop} />);
    expect(html.indexOf('Cancel this request')).toBeGreaterThan(html.indexOf('Write a message'));
    expect(html).not.toContain('We need more information from you');

    const waiting: RequestDetails = { ...base, state: 'AWAITING_INFORMATION', pausedAt: '2026-09-05T10:00:00Z', availableActions: ['PROVIDE_INFORMATION', 'CANCEL'] };
    const w = renderToStaticMarkup(<RequestBody r={waiting} staff={false} onChanged={noop} />);
    expect(w).toContain('We need more information from you');
    expect(w).toContain('href="#action-provide_information-message"');
    expect(w).toContain('id="action-provide_information-message"');
    expect(w).toContain('The clock has been paused since 5 September 2026');
    expect(w.indexOf('Send the information')).toBeLessThan(w.indexOf('Timeline'));
  });

  it('folds staff’s exceptional actions away, keeping the usual next step open', () => {
    const r: RequestDetails = { ...base, state: 'IN_PROGRESS', availableActions: ['COMPLETE', 'EXTEND', 'REJECT', 'REQUEST_INFORMATION'] };
    const html = renderToStaticMarkup(<RequestBody r={r} staff onChanged={noop} />);
    expect(html).toContain('<details class="action" id="action-extend"><summary>Extend the due date</summary>');
    expect(html).toContain('<details class="action" id="action-reject">');
    expect(html).not.toContain('<details class="action" id="action-complete">');
    // The usual next step comes first.
    expect(html.indexOf('Mark as completed')).toBeLessThan(html.indexOf('Extend the due date'));
  });

  it('offers only the months an extension has left', () => {
    const r: RequestDetails = { ...base, state: 'EXTENDED', extensionMonths: 1, extensionReason: 'Complex.', availableActions: ['EXTEND'] };
    const html = renderToStaticMarkup(<RequestBody r={r} staff onChanged={noop} />);

    expect(html).toContain('Extended by 1 month');
    expect(html).toContain('Complex.');
    expect(html).toContain('value="1"');
    expect(html).not.toContain('value="2"');
  });

  it('shows the server’s actions in page order, without an extension when none is left', () => {
    expect(offeredActions({ availableActions: ['REJECT', 'EXTEND', 'START'], extensionMonths: 0 })).toEqual(['START', 'EXTEND', 'REJECT']);
    expect(offeredActions({ availableActions: ['EXTEND', 'COMPLETE'], extensionMonths: 2 })).toEqual(['COMPLETE']);
  });

  it('explains a rejection and shows the whole timeline with notes', () => {
    const r: RequestDetails = {
      ...base,
      state: 'REJECTED',
      open: false,
      dueSoon: false,
      availableActions: [],
      rejectionReason: 'REPETITIVE',
      rejectionExplanation: 'We answered the same request last week.',
      closedAt: '2026-09-10T10:00:00Z',
      timeline: [
        ...base.timeline,
        { id: 'e2', actorName: 'Provider staff', fromState: 'SUBMITTED', toState: 'REJECTED', note: 'See explanation.', occurredAt: '2026-09-10T10:00:00Z' },
      ],
      conversation: [{ id: 'm1', authorName: 'Provider staff', authorRole: 'STAFF', body: 'Hello', sentAt: '2026-09-04T10:00:00Z' }],
    };
    const html = renderToStaticMarkup(<RequestBody r={r} staff={false} onChanged={noop} />);

    expect(html).toContain('Repetitive');
    expect(html).toContain('We answered the same request last week.');
    expect(html).toContain('From Submitted to Rejected');
    expect(html).toContain('See explanation.');
    expect(html).toContain('Hello');
    expect(html).not.toContain('Due soon');
    expect(html).not.toContain('What you can do');
  });
});

describe('RequestList', () => {
  const item: MyRequest = {
    id: '7',
    type: 'ERASURE',
    state: 'IN_PROGRESS',
    receivedAt: '2026-09-03T09:00:00Z',
    dueAt: '2026-10-05T09:00:00Z',
    closedAt: null,
    extensionMonths: 0,
    open: true,
    overdue: true,
    dueSoon: false,
    submitterName: 'Adam Admin (Acme Ltd)',
    subject: { id: 'u2', displayName: 'Priya Shah' },
  };

  it('names the employee a request is about, links to it and flags it', () => {
    const html = renderToStaticMarkup(<RequestList requests={[item]} viewerId="admin" />);

    expect(html).toContain('href="/requests/7"');
    expect(html).toContain('Erasure request for Priya Shah');
    expect(html).toContain('In progress');
    expect(html).toContain('Overdue');
    expect(html).toContain('3 September 2026');
  });

  it('does not name the viewer on their own requests', () => {
    const html = renderToStaticMarkup(
      <RequestList requests={[{ ...item, submitterName: null, subject: { id: 'me', displayName: 'Me' } }]} viewerId="me" />,
    );

    expect(html).not.toContain('for Me');
    expect(html).not.toContain('Made for you by');
  });

  it('tells an employee which admin made a request for them', () => {
    const html = renderToStaticMarkup(<RequestList requests={[{ ...item, subject: { id: 'me', displayName: 'Me' } }]} viewerId="me" />);

    expect(html).toContain('Made for you by');
    expect(html).toContain('Adam Admin (Acme Ltd)');
  });

  it('does not repeat the admin’s own name on requests they made for others', () => {
    expect(renderToStaticMarkup(<RequestList requests={[item]} viewerId="admin" />)).not.toContain('Made for you by');
  });
});

describe('staff queue', () => {
  it('shows figures overall and per type', () => {
    const f = { open: 3, overdue: 1, dueSoon: 0, completedThisMonth: 2, medianDaysToClose: 12.5 };
    const html = renderToStaticMarkup(
      <FiguresPanel
        setup={{
          requestFigures: { total: f, byType: [{ type: 'ERASURE', figures: f }, { type: 'ACCESS', figures: { ...f, medianDaysToClose: null } }] },
          organisations: { edges: [] },
        }}
      />,
    );

    expect(html).toContain('Median time to close');
    expect(html).toContain('12.5 days');
    expect(html).toContain('—');
    // Sorted as the rights are offered: access before erasure.
    expect(html.indexOf('Access')).toBeLessThan(html.indexOf('Erasure'));
  });

  it('lists requests in the server’s order with flags and links', () => {
    const row = {
      id: '1',
      type: 'ERASURE' as const,
      state: 'EXTENDED' as const,
      receivedAt: '2026-08-01T09:00:00Z',
      dueAt: '2026-10-01T09:00:00Z',
      open: true,
      overdue: true,
      dueSoon: false,
      possiblyRepetitive: true,
      subject: { id: 'u9', displayName: 'Ravi Patel' },
      submittedBy: { id: 'u9', displayName: 'Ravi Patel' },
      organisation: null,
    };
    const second = { ...row, id: '2', overdue: false, dueSoon: true, possiblyRepetitive: false, subject: { id: 'u1', displayName: 'Lucy Learner' } };
    const html = renderToStaticMarkup(<QueueTable items={[row, second]} total={2} filtered={false} />);

    expect(html.indexOf('Ravi Patel')).toBeLessThan(html.indexOf('Lucy Learner'));
    expect(html).toContain('href="/requests/1"');
    expect(html).toContain('Overdue');
    expect(html).toContain('Due soon');
    expect(html).toContain('Possibly repetitive');
    expect(html).toContain('Themselves');
  });

  it('says when nothing matches', () => {
    expect(renderToStaticMarkup(<QueueTable items={[]} total={0} filtered />)).toContain('No requests match');
  });
});
