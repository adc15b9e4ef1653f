import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DownloadMyData } from '../account/DownloadMyData';
import { ErasurePreviewPanel, ErasureReportView, type ErasureReport } from './Erasure';
import { offeredActions, RequestBody, type RequestDetails } from './RequestDetail';

const noop = () => {};
const NOW = Date.parse('2026-09-10T12:00:00Z');
const SHA = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

const base: RequestDetails = {
  __typename: 'RightsRequest',
  id: '42',
  type: 'ACCESS',
  state: 'COMPLETED',
  description: '',
  rectificationField: '',
  rectificationValue: '',
  objectionProcessing: '',
  portabilityRecipient: '',
  receivedAt: '2026-09-10T11:59:00Z',
  dueAt: '2026-10-12T09:00:00Z',
  pausedAt: null,
  extensionMonths: 0,
  extensionReason: '',
  rejectionReason: null,
  rejectionExplanation: '',
  closedAt: '2026-09-10T11:59:00Z',
  open: false,
  overdue: false,
  dueSoon: false,
  availableActions: [],
  erasureScheduledAt: null,
  erasurePreview: null,
  erasureReceipt: null,
  exportArchive: null,
  submitterName: null,
  subject: { id: 'u1', displayName: 'Lucy Learner' },
  timeline: [],
  conversation: [],
};

type Archive = NonNullable<RequestDetails['exportArchive']>;
const archive: Archive = {
  id: 'a1',
  state: 'BUILDING',
  progress: 42,
  sizeBytes: 0,
  sha256: '',
  readyAt: null,
  expiresAt: null,
  downloadURL: null,
  files: [],
};

function page(r: Partial<RequestDetails>, opts: { staff?: boolean; self?: boolean } = {}): string {
  return renderToStaticMarkup(
    <RequestBody r={{ ...base, ...r }} staff={opts.staff ?? false} self={opts.self} onChanged={noop} now={NOW} />,
  );
}

describe('the export panel', () => {
  it('shows a real progress bar while the archive is built, in a live region', () => {
    const html = page({ exportArchive: archive });
    expect(html).toContain('Your copy of the data');
    expect(html).toMatch(/role="progressbar"[^>]*aria-valuemin="0"[^>]*aria-valuemax="100"[^>]*aria-valuenow="42"/);
    expect(html).toContain('aria-valuetext="42% done"');
    expect(html).toContain('style="width:42%"');
    expect(html).toContain('aria-live="polite"');
    expect(html).toContain('The copy of the data is being prepared.');
    expect(html).not.toContain('Download the ZIP');
  });

  it('says a pending archive is waiting to start', () => {
    const html = page({ exportArchive: { ...archive, state: 'PENDING', progress: 0 } });
    expect(html).toContain('aria-valuenow="0"');
    expect(html).toContain('aria-valuetext="Waiting to start"');
  });

  it('lists a ready archive’s files with sizes and shortened checksums, the download link and the expiry', () => {
    const html = page({
      exportArchive: {
        ...archive,
        state: 'READY',
        progress: 100,
        sizeBytes: 24_700,
        sha256: SHA,
        readyAt: '2026-09-10T11:59:30Z',
        expiresAt: '2026-09-17T11:59:30Z',
        downloadURL: '/exports/7',
        files: [
          { name: 'data.json', size: 1536, sha256: SHA },
          { name: 'csv/learning_records.csv', size: 200, sha256: 'abc' },
        ],
      },
    });
    expect(html).toContain('href="/exports/7" download=""');
    expect(html).toContain('Download the ZIP file (24 KB)');
    expect(html).toContain('17 September 2026 at 12:59');
    expect(html).toContain('data.json');
    expect(html).toContain('csv/learning_records.csv');
    expect(html).toContain('1.5 KB');
    expect(html).toContain('200 bytes');
    expect(html).toContain('<code>9f86d081…0a08</code>');
    // The full value is there too, one click away.
    expect(html).toContain(`<code class="hash__full">${SHA}</code>`);
    expect(html).toContain('(show the full SHA-256 of data.json)');
    // The manifest lists every file but itself; the table still shows it is in the archive.
    expect(html).toContain('<th scope="row" class="files-table__name">manifest.json</th><td colSpan="2"');
    expect(html).not.toContain('role="progressbar"');
  });

  it('tells staff that only the requester can download a ready archive', () => {
    const html = page({ exportArchive: { ...archive, state: 'READY', expiresAt: '2026-09-17T11:59:30Z' } }, { staff: true });
    expect(html).toContain('The copy of the data');
    expect(html).toContain('Only the requester can download it');
    expect(html).not.toContain('href="/exports');
  });

  it('says a failed build is being retried, with a way to check again, and stops the bar', () => {
    const html = page({ exportArchive: { ...archive, state: 'FAILED' } });
    expect(html).toContain('trying again by itself');
    expect(html).toContain('Check again');
    expect(html).not.toContain('role="progressbar"');
  });

  it('explains an expired link and how to get a new copy: Download my data, or a new request for someone else', () => {
    const expired = { ...archive, state: 'EXPIRED' as const, expiresAt: '2026-09-03T10:00:00Z' };
    const own = page({ exportArchive: expired });
    expect(own).toContain('The download link expired on 3 September 2026 at 11:00');
    expect(own).toContain('href="/account"');
    const other = page({ exportArchive: expired }, { self: false });
    expect(other).toContain('href="/requests/new?type=ACCESS"');
  });

  it('says what will happen on an open request, and nothing on one of another type', () => {
    expect(page({ state: 'SUBMITTED', open: true, closedAt: null })).toContain('When we complete the request');
    expect(page({ type: 'OBJECTION' })).not.toContain('copy of the data');
    expect(page({ state: 'CANCELLED' })).not.toContain('copy of the data');
  });
});

const report: ErasureReport = {
  at: '2026-09-10T11:00:00Z',
  erased: [
    { category: 'IDENTITY', description: 'Your account and profile', count: 2 },
    { category: 'TECHNICAL', description: 'Sign-ins and pages used', count: 40 },
  ],
  kept: [
    {
      category: 'TRANSACTIONS',
      description: 'Invoices and payments, without your address',
      reason: 'Tax law requires us to keep them for six years.',
      until: '2032-04-05T23:00:00Z',
      count: 3,
    },
  ],
  holds: [],
};

describe('erasure reports', () => {
  it('list what is deleted and kept, grouped, with counts, reasons and dates', () => {
    const html = renderToStaticMarkup(<ErasureReportView report={report} id="p" whose="your" />);
    expect(html).toContain('What will be deleted (42 records)');
    expect(html).toContain('Identity <span class="report__count">(2 records)</span>');
    expect(html).toContain('Sign-ins and pages used: 40 records');
    expect(html).toContain('What will be kept (3 records)');
    expect(html).toContain('until 6 April 2032');
    expect(html).toContain('Why: Tax law requires us to keep them for six years.');
    expect(html).not.toContain('legal hold');
  });

  it('show a legal hold with its reason, and that it stops the erasure', () => {
    const held = { ...report, holds: [{ kind: 'COMPLAINT', reason: 'A complaint is with the ICO.' }] };
    const html = renderToStaticMarkup(<ErasureReportView report={held} id="p" whose="your" />);
    expect(html).toContain('A legal hold stops the erasure');
    expect(html).toContain('<strong>Complaint:</strong> A complaint is with the ICO.');
    expect(html).toContain('nothing can be erased');
  });

  it('say what was deleted and kept in a receipt', () => {
    const html = renderToStaticMarkup(<ErasureReportView report={{ ...report, kept: [] }} id="r" done whose="their" />);
    expect(html).toContain('Deleted (42 records)');
    expect(html).toContain('Kept (0 records)');
    expect(html).toContain('Nothing: no record has to be kept.');
  });
});

describe('an erasure request’s page', () => {
  const erasure: Partial<RequestDetails> = {
    type: 'ERASURE',
    state: 'SUBMITTED',
    open: true,
    closedAt: null,
    availableActions: ['CANCEL'],
    erasureScheduledAt: '2026-09-24T12:00:00Z',
    erasurePreview: report,
  };

  it('shows the learner the date of the erasure during the cooling-off, the preview, and Cancel', () => {
    const html = page(erasure);
    expect(html).toContain('Your data <strong>will be erased on 24 September 2026 at 13:00</strong> unless you cancel');
    expect(html).toContain('What you were told would happen');
    expect(html).toContain('What will be deleted (42 records)');
    expect(html).toContain('Cancel this request');
  });

  it('shows erasure under way once the time has come, without Complete or Cancel', () => {
    const html = page(
      { ...erasure, state: 'IN_PROGRESS', erasureScheduledAt: '2026-09-10T11:59:00Z', availableActions: ['COMPLETE', 'CANCEL', 'REJECT'] },
      { staff: true },
    );
    expect(html).toContain('Erasure under way.');
    expect(html).toContain('What the requester was told would happen');
    expect(html).not.toContain('Carry out the erasure');
    expect(html).not.toContain('Cancel this request');
    expect(html).toContain('Reject the request');
  });

  it('offers staff to carry out the erasure, saying that a legal hold stops it', () => {
    const html = page({ ...erasure, state: 'IN_PROGRESS', erasureScheduledAt: null, availableActions: ['COMPLETE'] }, { staff: true });
    expect(html).toContain('Carry out the erasure');
    expect(html).toContain('A legal hold stops it.');
    expect(html).toContain('The erasure is carried out when our staff complete the request.');
  });

  it('shows the receipt once completed, with the earlier preview folded away', () => {
    const html = page(
      {
        ...erasure,
        state: 'COMPLETED',
        open: false,
        closedAt: '2026-09-10T11:59:30Z',
        availableActions: [],
        erasureReceipt: { ...report, at: '2026-09-10T11:59:30Z' },
      },
      { staff: true },
    );
    expect(html).toContain('Erasure completed</strong> on 10 September 2026 at 12:59');
    expect(html).toContain('Receipt');
    expect(html).toContain('Deleted (42 records)');
    expect(html).toContain('<details class="report__earlier"><summary>What the requester was told would happen</summary>');
  });

  it('copes with a request that has no stored preview', () => {
    const html = page({ ...erasure, erasurePreview: null, erasureScheduledAt: null });
    expect(html).toContain('Erasure');
    expect(html).not.toContain('What you were told would happen');
  });

  it('leaves Complete and Cancel out only while the erasure is under way', () => {
    const r = { type: 'ERASURE' as const, state: 'IN_PROGRESS' as const, open: true, availableActions: ['COMPLETE', 'CANCEL'] as const, extensionMonths: 0 };
    expect(offeredActions({ ...r, availableActions: [...r.availableActions], erasureScheduledAt: '2026-09-24T12:00:00Z' }, NOW)).toEqual(['COMPLETE', 'CANCEL']);
    expect(offeredActions({ ...r, availableActions: [...r.availableActions], erasureScheduledAt: '2026-09-10T11:00:00Z' }, NOW)).toEqual([]);
  });
});

describe('the erasure preview on the new-request form', () => {
  it('asks an admin to choose the employee first', () => {
    const html = renderToStaticMarkup(<ErasurePreviewPanel subjectID="" />);
    expect(html).toContain('What erasing their data would do');
    expect(html).toContain('Choose the employee above');
  });

  it('loads the preview for the learner themselves', () => {
    const html = renderToStaticMarkup(<ErasurePreviewPanel subjectID={null} />);
    expect(html).toContain('What erasing your data would do');
    expect(html).toContain('role="status"');
  });
});

describe('the restriction panel', () => {
  const restriction: Partial<RequestDetails> = {
    type: 'RESTRICTION',
    subject: { id: 'u1', displayName: 'Lucy Learner', email: 'learner@example.com', status: 'RESTRICTED' },
  };

  it('gives staff the account status and a form to lift a restriction, with a labelled note', () => {
    const html = page(restriction, { staff: true });
    expect(html).toContain('Restriction of processing');
    expect(html).toContain('Restricted: data kept');
    expect(html).toContain('Lift the restriction');
    expect(html).toContain('for="lift-note"');
    expect(html).toContain('id="lift-note"');
  });

  it('has no form once the account is active again, and nothing for the learner or an open request', () => {
    const active = page({ ...restriction, subject: { ...restriction.subject!, status: 'ACTIVE' } }, { staff: true });
    expect(active).toContain('the account is active');
    expect(active).not.toContain('id="lift-note"');
    expect(page(restriction)).not.toContain('Restriction of processing');
    expect(page({ ...restriction, state: 'IN_PROGRESS', open: true }, { staff: true })).not.toContain('Restriction of processing');
  });
});

describe('Download my data', () => {
  it('explains what the ZIP holds and how long the link works, with one button', () => {
    const html = renderToStaticMarkup(<DownloadMyData />);
    for (const text of ['data.json', 'data.schema.json', 'JSON Schema', 'CSV', 'index.html', 'manifest.json', 'SHA-256', '7 days']) {
      expect(html).toContain(text);
    }
    expect(html).toContain('<button type="button" class="button">Download my data</button>');
  });
});
