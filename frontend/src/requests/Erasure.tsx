import { request } from '../graphql';
import type { ErasureReportFieldsFragment } from '../gql/graphql';
import { formatDateAtTime, formatDateTime } from '../labels';
import { LoadError, Loading, useLoad } from '../ui';
import { erasurePhase, groupByCategory, holdKindLabel, keptUntil, records, totalCount, type ErasurePhase } from './outcome';
import { ErasurePreviewQuery } from './queries';
import type { RequestDetails } from './RequestDetail';

export type ErasureReport = ErasureReportFieldsFragment;

/** Whose data a sentence is about: the viewer's own ("your"), or someone else's ("their"). */
type Whose = 'your' | 'their';

/**
 * What an erasure deletes and keeps, grouped by category, and any legal hold that stops it:
 * before submitting (the preview), as stored with the request, and after it (the receipt).
 * `id` prefixes the headings' ids, so two reports can share a page.
 */
export function ErasureReportView({
  report,
  id,
  done = false,
  whose,
}: {
  report: ErasureReport;
  id: string;
  /** A receipt: says what was deleted and kept, rather than what will be. */
  done?: boolean;
  whose: Whose;
}) {
  const erased = groupByCategory(report.erased);
  const kept = groupByCategory(report.kept);
  return (
    <div className="report">
      {report.holds.length > 0 && <Holds holds={report.holds} id={id} done={done} />}
      <h3 id={`${id}-erased`}>
        {done ? 'Deleted' : 'What will be deleted'} ({records(totalCount(report.erased))})
      </h3>
      <p className="hint">
        Deleted, or made anonymous so that it can never again be linked to {whose === 'your' ? 'you' : 'the person'}.
      </p>
      {erased.length === 0 ? (
        <p>Nothing.</p>
      ) : (
        <ul className="report__groups" aria-labelledby={`${id}-erased`}>
          {erased.map((g) => (
            <li key={g.category} className="report__group">
              <p className="report__category">
                {g.label} <span className="report__count">({records(g.count)})</span>
              </p>
              <ul className="report__items">
                {g.items.map((item, i) => (
                  <li key={i}>
                    {item.description}: {records(item.count)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <h3 id={`${id}-kept`}>
        {done ? 'Kept' : 'What will be kept'} ({records(totalCount(report.kept))})
      </h3>
      {kept.length === 0 ? (
        <p>Nothing: no record has to be kept.</p>
      ) : (
        <>
          <p className="hint">
            Kept only as long as we must, with no more of {whose} details than needed, then deleted automatically.
          </p>
          <ul className="report__groups" aria-labelledby={`${id}-kept`}>
            {kept.map((g) => (
              <li key={g.category} className="report__group">
                <p className="report__category">
                  {g.label} <span className="report__count">({records(g.count)})</span>
                </p>
                <ul className="report__items">
                  {g.items.map((item, i) => (
                    <li key={i}>
                      {item.description}: {records(item.count)}, kept <strong>{keptUntil(item.until)}</strong>.
                      <span className="detail-note">Why: {item.reason}</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function Holds({ holds, id, done }: { holds: ErasureReport['holds']; id: string; done: boolean }) {
  return (
    <div className="callout callout--error" aria-labelledby={`${id}-holds`} role="group">
      <h3 id={`${id}-holds`} className="callout__title">
        {holds.length === 1 ? 'A legal hold stops the erasure' : 'Legal holds stop the erasure'}
      </h3>
      <ul className="plain-list">
        {holds.map((h, i) => (
          <li key={i}>
            <strong>{holdKindLabel(h.kind)}:</strong> {h.reason}
          </li>
        ))}
      </ul>
      <p>
        {done
          ? 'Nothing covered by the hold was erased.'
          : 'While it applies, nothing can be erased. The request can still be sent: our privacy team will explain what happens next, and the erasure goes ahead once the hold is released.'}
      </p>
    </div>
  );
}

// --- the new-request form ----------------------------------------------------------------------

/**
 * On the new-request form when the right is erasure: what erasing the person would do now.
 * `subjectID` is the employee an admin chose ('' until chosen); null for the viewer themselves,
 * whose own request waits a cooling-off period before it is carried out.
 */
export function ErasurePreviewPanel({ subjectID, name }: { subjectID: string | null; name?: string }) {
  const forEmployee = subjectID !== null;
  const chosen = !forEmployee || subjectID !== '';
  const [state, reload] = useLoad(
    (signal) =>
      chosen ? request(ErasurePreviewQuery, { subjectID }, { signal }).then((d) => d.erasurePreview) : Promise.resolve(null),
    [subjectID],
  );
  return (
    <section aria-labelledby="erasure-preview-heading" className="card erasure-preview" id="erasure-preview">
      <h2 id="erasure-preview-heading">{forEmployee ? `What erasing ${name ? `${name}’s` : 'their'} data would do` : 'What erasing your data would do'}</h2>
      {!chosen ? (
        <p>Choose the employee above to see what would be deleted and kept.</p>
      ) : state.status === 'loading' ? (
        <Loading>Working out what would be erased…</Loading>
      ) : state.status === 'error' ? (
        <LoadError error={state.error} onRetry={reload} />
      ) : (
        state.data && (
          <>
            <p className="hint">As things stand on {formatDateTime(state.data.at)}; this is kept with the request.</p>
            <ErasureReportView report={state.data} id="preview" whose={forEmployee ? 'their' : 'your'} />
            <h3>When it happens</h3>
            {forEmployee ? (
              <p>The erasure is carried out when our staff complete the request, and the request then shows a receipt.</p>
            ) : (
              <p>
                After you send the request there is a <strong>cooling-off period</strong>: the request’s page shows the
                date your data will be erased, and until then you can cancel it. On that date everything listed above as
                deleted is gone for good, your account is closed and you can no longer sign in.
              </p>
            )}
          </>
        )
      )}
    </section>
  );
}

// --- a request's page --------------------------------------------------------------------------

/**
 * An erasure request's outcome: its schedule during the cooling-off, "under way" while the
 * portal erases (the page checks every 1.5 s), the receipt once done, and the preview the
 * requester saw when they submitted it.
 */
export function ErasurePanel({ r, self, staff, now }: { r: RequestDetails; self: boolean; staff: boolean; now: number }) {
  const phase = erasurePhase(r, now);
  if (!phase) return null;
  const whose: Whose = self ? 'your' : 'their';
  const preview = r.erasurePreview ?? null;
  const receipt = r.erasureReceipt ?? null;
  const previewTitle = self ? 'What you were told would happen' : 'What the requester was told would happen';
  return (
    <section aria-labelledby="erasure-heading" className="card" id="erasure">
      <h2 id="erasure-heading">Erasure</h2>
      <div className="live-message" aria-live="polite" aria-atomic="true">
        <PhaseNote phase={phase} r={r} self={self} staff={staff} />
      </div>
      {phase === 'done' && receipt && (
        <>
          <h3 className="report__title">Receipt</h3>
          <p className="hint">Carried out on {formatDateAtTime(receipt.at)}.</p>
          <ErasureReportView report={receipt} id="receipt" done whose={whose} />
        </>
      )}
      {preview &&
        (phase === 'done' || phase === 'stopped' ? (
          <details className="report__earlier">
            <summary>{previewTitle}</summary>
            <p className="hint">Shown on {formatDateTime(preview.at)}, before the request was sent.</p>
            <ErasureReportView report={preview} id="stored-preview" whose={whose} />
          </details>
        ) : (
          <>
            <h3 className="report__title">{previewTitle}</h3>
            <p className="hint">Shown on {formatDateTime(preview.at)}, before the request was sent.</p>
            <ErasureReportView report={preview} id="stored-preview" whose={whose} />
          </>
        ))}
    </section>
  );
}

function PhaseNote({ phase, r, self, staff }: { phase: ErasurePhase; r: RequestDetails; self: boolean; staff: boolean }) {
  const at = formatDateAtTime(r.erasureScheduledAt);
  switch (phase) {
    case 'coolingOff':
      return (
        <p className="callout callout--warn">
          {self ? (
            <>
              Your data <strong>will be erased on {at}</strong> unless you cancel this request before then.
            </>
          ) : (
            <>
              The data <strong>will be erased on {at}</strong> unless the request is cancelled before then
              {staff && '. Completing the request now erases it at once'}.
            </>
          )}
        </p>
      );
    case 'underWay':
      return (
        <p className="callout callout--info">
          <strong>Erasure under way.</strong> The portal is erasing {self ? 'your' : 'the'} data now; this page updates
          when it has finished.
        </p>
      );
    case 'withStaff':
      return (
        <p className="callout callout--info">
          The erasure is carried out when our staff complete the request
          {r.erasurePreview?.holds.length ? ', once no legal hold stops it' : ''}.
        </p>
      );
    case 'done':
      return (
        <p className="callout callout--ok">
          <strong>Erasure completed</strong>
          {r.closedAt != null && ` on ${formatDateAtTime(r.closedAt)}`}. The account is closed.
        </p>
      );
    case 'stopped':
      return <p>Nothing was erased: the request was {r.state === 'CANCELLED' ? 'cancelled' : 'rejected'}.</p>;
  }
}
