import { createContext, useContext, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { errorCodeOf } from '../errors';
import { request } from '../graphql';
import type { RejectionReason, RequestAction, RequestDetailQuery as RequestDetailResult } from '../gql/graphql';
import {
  actionDoneMessage,
  actionLabel,
  eventSummary,
  formatDate,
  formatDateTime,
  months,
  REJECTION_REASONS,
  rejectionLabel,
  REQUEST_ACTIONS,
  requestTitle,
} from '../labels';
import { canUseRequestQueue } from '../roles';
import {
  describedBy,
  Detail,
  errorId,
  Field,
  FieldError,
  Flags,
  Link,
  LoadError,
  Loading,
  PageHeading,
  StateBadge,
  useAnnounce,
  useLoad,
  useTitle,
} from '../ui';
import type { Viewer } from '../useViewer';
import { ErasurePanel } from './Erasure';
import { ExportPanel } from './ExportPanel';
import type { FieldErrors } from './form';
import { erasurePhase, pollDelay } from './outcome';
import {
  CancelRequestMutation,
  CompleteRequestMutation,
  ExtendRequestMutation,
  ProvideInformationMutation,
  RejectRequestMutation,
  RequestDetailQuery,
  RequestInformationMutation,
  SendRequestMessageMutation,
  StartRequestMutation,
} from './queries';
import { RestrictionPanel, showsRestriction } from './Restriction';
import { FormFailure, TextArea, useSubmit } from './submit';

export type RequestDetails = Extract<NonNullable<RequestDetailResult['node']>, { __typename: 'RightsRequest' }>;

/** The request, or null when there is no request with this ID (or it is not the viewer's to see). */
export async function loadRequest(id: string, staff: boolean, signal?: AbortSignal): Promise<RequestDetails | null> {
  const { node } = await request(RequestDetailQuery, { id, staff }, { signal });
  return node?.__typename === 'RightsRequest' ? node : null;
}

/** Codes for which "try again" cannot help: the request is not there for this viewer. */
function isMissing(err: unknown): boolean {
  const code = errorCodeOf(err);
  return code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'VALIDATION';
}

export function RequestDetail({ id, viewer }: { id: string; viewer: Viewer }) {
  const staff = canUseRequestQueue(viewer.role);
  const [state, reload, refresh] = useLoad((signal) => loadRequest(id, staff, signal), [id, staff]);
  const r = state.status === 'ready' ? state.data : null;
  const refreshFailures = state.status === 'ready' ? (state.refreshFailures ?? 0) : 0;
  const forOther = r !== null && r.subject.id !== viewer.id;
  usePolling(r, refreshFailures, refresh);
  const title = r ? `${requestTitle(r.type)}${forOther ? ` for ${r.subject.displayName}` : ''}` : 'Request';
  useTitle(title);

  const back = staff ? (
    <Link href="/staff/requests">Back to the request queue</Link>
  ) : (
    <Link href="/requests">Back to my requests</Link>
  );

  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="back-link">{back}</p>
      {state.status === 'loading' && <Loading>Loading the request…</Loading>}
      {state.status === 'error' &&
        (isMissing(state.error) ? (
          <NotThere />
        ) : (
          <LoadError error={state.error} onRetry={reload} />
        ))}
      {refreshFailures >= 2 && (
        <p className="form-error" role="status">
          We could not check for updates just now. The page keeps trying.
        </p>
      )}
      {state.status === 'ready' &&
        (r ? <RequestBody r={r} staff={staff} self={!forOther} onChanged={reload} onRefresh={refresh} /> : <NotThere />)}
    </>
  );
}

/**
 * Checks on the request again while the portal works on it in the background (an archive
 * being built, an erasure under way): see {@link pollDelay}. Each check's answer schedules the
 * next; leaving the page (unmounting) cancels the pending one and aborts any in flight.
 */
function usePolling(r: RequestDetails | null, failures: number, refresh: () => void): void {
  const delay = r ? pollDelay(r, Date.now(), failures) : null;
  useEffect(() => {
    if (delay === null) return;
    const timer = window.setTimeout(refresh, delay);
    return () => window.clearTimeout(timer);
    // r and failures change with every answer, which schedules the next check.
  }, [r, failures, delay, refresh]);
}

function NotThere() {
  return (
    <div className="callout" role="alert">
      <p>We could not find this request. It may not exist, or it may not be yours to see.</p>
    </div>
  );
}

/** The page body for a loaded request; exported for tests. */
export function RequestBody({
  r,
  staff,
  self = !staff,
  onChanged,
  onRefresh = onChanged,
  now = Date.now(),
}: {
  r: RequestDetails;
  staff: boolean;
  /** The viewer is the person the request is about. */
  self?: boolean;
  /** After an action: load the request again. */
  onChanged: () => void;
  /** "Check again": load it again quietly. */
  onRefresh?: () => void;
  now?: number;
}) {
  const actions = offeredActions(r, now);
  const outcome = (
    <>
      {(r.type === 'ACCESS' || r.type === 'PORTABILITY') && (
        <ExportPanel r={r} self={self} staff={staff} onCheckAgain={onRefresh} />
      )}
      {r.type === 'ERASURE' && <ErasurePanel r={r} self={self} staff={staff} now={now} />}
      {showsRestriction(r, staff) && <RestrictionPanel r={r} onChanged={onChanged} />}
    </>
  );
  const panel = actions.length > 0 && (
    <section aria-labelledby="actions-heading" className="card">
      <h2 id="actions-heading">{staff ? 'Actions' : 'What you can do'}</h2>
      {actions.map((a) => (
        <ActionForm key={`${a}-${r.state}`} action={a} r={r} onDone={onChanged} collapsed={staff && COLLAPSED.has(a)} />
      ))}
    </section>
  );
  // Staff come to act, so their actions follow the summary. The requester
  // reads first; their actions (cancel, mostly) come last, unless we are
  // waiting for information from them.
  const waitingForThem = r.availableActions.includes('PROVIDE_INFORMATION');
  return (
    <>
      {waitingForThem && (
        <div className="callout callout--warn">
          <p>
            <strong>We need more information from you</strong> before we can go on; the clock is paused until you
            send it. <a href="#action-provide_information-message">Answer below</a>.
          </p>
        </div>
      )}
      <Summary r={r} staff={staff} />
      {outcome}
      {(staff || waitingForThem) && panel}
      <Timeline r={r} />
      <Conversation r={r} onSent={onChanged} />
      {!staff && !waitingForThem && panel}
    </>
  );
}

/**
 * The actions to show, in page order: those the server offers, less an
 * extension once the two months allowed in total are used up (there would be
 * nothing left to choose), and less completing or cancelling an erasure that
 * is already under way (the server refuses the one, and the other comes too
 * late to stop it).
 */
export function offeredActions(
  r: Pick<RequestDetails, 'availableActions' | 'extensionMonths'> & Partial<Pick<RequestDetails, 'type' | 'state' | 'open' | 'erasureScheduledAt'>>,
  now = Date.now(),
): RequestAction[] {
  const underWay =
    r.type !== undefined && r.state !== undefined && r.open !== undefined
      ? erasurePhase({ type: r.type, state: r.state, open: r.open, erasureScheduledAt: r.erasureScheduledAt }, now) === 'underWay'
      : false;
  return REQUEST_ACTIONS.filter(
    (a) =>
      r.availableActions.includes(a) &&
      !(a === 'EXTEND' && r.extensionMonths >= MAX_EXTENSION) &&
      !(underWay && (a === 'COMPLETE' || a === 'CANCEL')),
  );
}

/** The most a due date may be extended by, in months, in total. */
const MAX_EXTENSION = 2;

/** Staff actions that are the exception rather than the rule: folded away until wanted. */
const COLLAPSED: ReadonlySet<RequestAction> = new Set<RequestAction>(['REQUEST_INFORMATION', 'EXTEND', 'REJECT']);

function Summary({ r, staff }: { r: RequestDetails; staff: boolean }) {
  return (
    <section aria-labelledby="summary-heading" className="card">
      <h2 id="summary-heading">Summary</h2>
      <dl className="details">
        <Detail term="State">
          <StateBadge state={r.state} />
        </Detail>
        <Detail term="About">
          {r.subject.displayName}
          {r.subject.email && ` (${r.subject.email})`}
        </Detail>
        {!staff && r.submitterName && <Detail term="Made by">{r.submitterName}</Detail>}
        {staff && (
          <Detail term="Submitted by">
            {r.submittedBy ? r.submittedBy.displayName : 'Unknown'}
            {r.organisation && `, ${r.organisation.name}`}
          </Detail>
        )}
        <Detail term="Received">{formatDate(r.receivedAt)}</Detail>
        <Detail term="Due">
          {formatDate(r.dueAt)}
          {r.open && (r.overdue || r.dueSoon) && ' '}
          {r.open && <Flags overdue={r.overdue} dueSoon={r.dueSoon} />}
          {r.pausedAt != null && r.open && (
            <span className="detail-note">
              The clock has been paused since {formatDate(r.pausedAt)} while we wait for information.
            </span>
          )}
        </Detail>
        {r.extensionMonths > 0 && (
          <Detail term="Extension">
            Extended by {months(r.extensionMonths)}
            {r.extensionReason && <span className="detail-note">{r.extensionReason}</span>}
          </Detail>
        )}
        {r.rejectionReason && <Detail term="Rejected as">{rejectionLabel(r.rejectionReason)}</Detail>}
        {r.rejectionExplanation && <Detail term="Why">{r.rejectionExplanation}</Detail>}
        {r.closedAt != null && <Detail term="Closed">{formatDate(r.closedAt)}</Detail>}
        {staff && r.possiblyRepetitive && (
          <Detail term="Possibly repetitive">
            <Flags overdue={false} dueSoon={false} possiblyRepetitive />
            <span className="detail-note">
              A request of the same type for this person was completed in the last 30 days.
            </span>
          </Detail>
        )}
        {r.type === 'RECTIFICATION' && (
          <>
            <Detail term="What is wrong">{r.rectificationField}</Detail>
            <Detail term="What it should say">
              <span className="pre-wrap">{r.rectificationValue}</span>
            </Detail>
          </>
        )}
        {r.type === 'OBJECTION' && r.objectionProcessing && <Detail term="Objection to">{r.objectionProcessing}</Detail>}
        {r.type === 'PORTABILITY' && (
          <Detail term="Send to">{r.portabilityRecipient || 'The requester (no other organisation)'}</Detail>
        )}
        {r.description && (
          <Detail term="Details">
            <span className="pre-wrap">{r.description}</span>
          </Detail>
        )}
      </dl>
    </section>
  );
}

function Timeline({ r }: { r: RequestDetails }) {
  return (
    <section aria-labelledby="timeline-heading" className="card">
      <h2 id="timeline-heading">Timeline</h2>
      {r.timeline.length === 0 ? (
        <p>Nothing has happened yet.</p>
      ) : (
        <ol className="timeline" aria-labelledby="timeline-heading">
          {r.timeline.map((e) => (
            <li key={e.id} className="timeline__item">
              <p className="timeline__what">{eventSummary(e.fromState, e.toState)}</p>
              <p className="timeline__meta">
                {e.actorName}, <time dateTime={String(e.occurredAt)}>{formatDateTime(e.occurredAt)}</time>
              </p>
              {e.note && <p className="timeline__note pre-wrap">{e.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Conversation({ r, onSent }: { r: RequestDetails; onSent: () => void }) {
  const submit = useSubmit();
  const announce = useAnnounce();
  const [body, setBody] = useState('');
  const fid = 'message-body';

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const ok = await submit.run(
      () => (body.trim() === '' ? { body: 'Write a message first.' } : {}),
      () => request(SendRequestMessageMutation, { id: r.id, body: body.trim() }),
    );
    if (ok) {
      setBody('');
      announce('Your message has been sent.');
      onSent();
    }
  }

  return (
    <section aria-labelledby="conversation-heading" className="card">
      <h2 id="conversation-heading">Messages</h2>
      {r.conversation.length === 0 ? (
        <p>No messages yet.</p>
      ) : (
        <ol className="messages" aria-labelledby="conversation-heading">
          {r.conversation.map((m) => (
            <li key={m.id} className={`message message--${m.authorRole === 'STAFF' ? 'staff' : 'requester'}`}>
              <p className="message__meta">
                <strong>{m.authorName}</strong>, <time dateTime={String(m.sentAt)}>{formatDateTime(m.sentAt)}</time>
              </p>
              <p className="message__body pre-wrap">{m.body}</p>
            </li>
          ))}
        </ol>
      )}
      <form noValidate onSubmit={onSubmit} className="form form--compact">
        <FormFailure submit={submit} />
        <TextArea
          id={fid}
          label="Write a message"
          hint="Staff and the requester both see messages. Messages are never deleted."
          value={body}
          onChange={setBody}
          error={submit.fields.body}
        />
        <button type="submit" className="button" disabled={submit.busy}>
          {submit.busy ? 'Sending…' : 'Send message'}
        </button>
      </form>
    </section>
  );
}

// --- actions -------------------------------------------------------------------------------

function ActionForm({
  action,
  r,
  onDone,
  collapsed,
}: {
  action: RequestAction;
  r: RequestDetails;
  onDone: () => void;
  collapsed: boolean;
}) {
  return (
    <CollapsedContext.Provider value={collapsed}>
      <ActionFormFor action={action} r={r} onDone={onDone} />
    </CollapsedContext.Provider>
  );
}

const CollapsedContext = createContext(false);

function ActionFormFor({ action, r, onDone }: { action: RequestAction; r: RequestDetails; onDone: () => void }) {
  switch (action) {
    case 'START':
      return (
        <NoteAction
          r={r}
          action={action}
          title="Start work"
          intro="Identity is checked and work on the request begins (or resumes)."
          noteLabel="Note for the timeline (optional)"
          send={(note) => request(StartRequestMutation, { id: r.id, note })}
          onDone={onDone}
        />
      );
    case 'COMPLETE':
      return r.type === 'ERASURE' ? (
        <NoteAction
          r={r}
          action={action}
          title="Carry out the erasure"
          intro="The person’s data is erased now, in the background, as the preview says; the request is completed when the erasure has finished. A legal hold stops it."
          noteLabel="Note for the requester (optional)"
          send={(note) => request(CompleteRequestMutation, { id: r.id, note })}
          onDone={onDone}
          doneMessage="The erasure is under way. The request is completed when it has finished."
        />
      ) : (
        <NoteAction
          r={r}
          action={action}
          title="Complete the request"
          intro={
            r.type === 'ACCESS' || r.type === 'PORTABILITY'
              ? 'The request has been answered. The portal prepares the copy of the data for the requester to download.'
              : r.type === 'RESTRICTION'
                ? 'The request has been answered. The account is restricted: its data is kept but used for nothing else until the restriction is lifted.'
                : 'The request has been answered.'
          }
          noteLabel="Note for the requester (optional)"
          send={(note) => request(CompleteRequestMutation, { id: r.id, note })}
          onDone={onDone}
        />
      );
    case 'REQUEST_INFORMATION':
      return (
        <MessageAction
          action={action}
          title="Ask the requester for information"
          intro="For example proof of identity, or which records the request is about. The clock stops until they answer."
          label="What do you need?"
          send={(message) => request(RequestInformationMutation, { id: r.id, message })}
          onDone={onDone}
        />
      );
    case 'PROVIDE_INFORMATION':
      return (
        <MessageAction
          action={action}
          title="Send the information we asked for"
          intro="We have asked for more information before we can go on. The clock restarts when you send it."
          label="Your answer"
          send={(message) => request(ProvideInformationMutation, { id: r.id, message })}
          onDone={onDone}
        />
      );
    case 'EXTEND':
      return <ExtendAction r={r} onDone={onDone} />;
    case 'REJECT':
      return <RejectAction r={r} onDone={onDone} />;
    case 'CANCEL':
      return <CancelAction r={r} onDone={onDone} />;
  }
}

function ActionBox({ id, title, intro, children }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  const collapsed = useContext(CollapsedContext);
  if (collapsed) {
    return (
      <details className="action" id={id}>
        <summary>{title}</summary>
        {intro && <p className="hint">{intro}</p>}
        {children}
      </details>
    );
  }
  return (
    <div className="action" id={id} aria-labelledby={`${id}-title`} role="group">
      <h3 id={`${id}-title`}>{title}</h3>
      {intro && <p className="hint">{intro}</p>}
      {children}
    </div>
  );
}

function useDone(action: RequestAction, onDone: () => void, message = actionDoneMessage(action)) {
  const announce = useAnnounce();
  return () => {
    announce(message, { focus: true });
    onDone();
  };
}

function NoteAction({
  action,
  title,
  intro,
  noteLabel,
  send,
  onDone,
  doneMessage,
}: {
  r: RequestDetails;
  action: RequestAction;
  title: string;
  intro: string;
  noteLabel: string;
  send: (note: string | null) => Promise<unknown>;
  onDone: () => void;
  /** What the page announces once done, when not the action's usual sentence. */
  doneMessage?: string;
}) {
  const submit = useSubmit();
  const done = useDone(action, onDone, doneMessage);
  const [note, setNote] = useState('');
  const id = `action-${action.toLowerCase()}`;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const trimmed = note.trim();
    if (await submit.run(() => ({}), () => send(trimmed === '' ? null : trimmed))) done();
  }

  return (
    <ActionBox id={id} title={title} intro={intro}>
      <form noValidate onSubmit={onSubmit} className="form form--compact">
        <FormFailure submit={submit} />
        <TextArea id={`${id}-note`} label={noteLabel} value={note} onChange={setNote} error={submit.fields.note} rows={2} />
        <button type="submit" className="button" disabled={submit.busy}>
          {actionLabel(action)}
        </button>
      </form>
    </ActionBox>
  );
}

function MessageAction({
  action,
  title,
  intro,
  label,
  send,
  onDone,
}: {
  action: RequestAction;
  title: string;
  intro: string;
  label: string;
  send: (message: string) => Promise<unknown>;
  onDone: () => void;
}) {
  const submit = useSubmit();
  const done = useDone(action, onDone);
  const [message, setMessage] = useState('');
  const id = `action-${action.toLowerCase()}`;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const trimmed = message.trim();
    const ok = await submit.run(
      () => (trimmed === '' ? { message: 'Write a message first.' } : {}),
      () => send(trimmed),
    );
    if (ok) done();
  }

  return (
    <ActionBox id={id} title={title} intro={intro}>
      <form noValidate onSubmit={onSubmit} className="form form--compact">
        <FormFailure submit={submit} />
        <TextArea id={`${id}-message`} label={label} value={message} onChange={setMessage} error={submit.fields.message} />
        <button type="submit" className="button" disabled={submit.busy}>
          {actionLabel(action)}
        </button>
      </form>
    </ActionBox>
  );
}

function ExtendAction({ r, onDone }: { r: RequestDetails; onDone: () => void }) {
  const submit = useSubmit();
  const done = useDone('EXTEND', onDone);
  const left = Math.max(0, MAX_EXTENSION - r.extensionMonths);
  const choices = [1, 2].filter((n) => n <= left);
  const [monthsChosen, setMonths] = useState<number | null>(choices.length === 1 ? choices[0]! : null);
  const [reason, setReason] = useState('');

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const trimmed = reason.trim();
    const ok = await submit.run(
      () => {
        const f: FieldErrors = {};
        if (monthsChosen === null) f.months = 'Choose how long to extend by.';
        if (trimmed === '') f.reason = 'Give the reason; the requester sees it.';
        return f;
      },
      () => request(ExtendRequestMutation, { id: r.id, months: monthsChosen ?? 0, reason: trimmed }),
    );
    if (ok) done();
  }

  return (
    <ActionBox
      id="action-extend"
      title="Extend the due date"
      intro={
        <>
          Up to two more months in total, decided within the first month. Now due {formatDate(r.dueAt)}
          {r.extensionMonths > 0 && `, already extended by ${months(r.extensionMonths)}`}.
        </>
      }
    >
      <form noValidate onSubmit={onSubmit} className="form form--compact">
        <FormFailure submit={submit} />
        <fieldset
          className={submit.fields.months ? 'field field--error' : 'field'}
          aria-describedby={describedBy(submit.fields.months && errorId('extend-months'))}
        >
          <legend className="label">Extend by</legend>
          <FieldError field="extend-months" message={submit.fields.months} />
          <div className="radios radios--inline">
            {choices.map((n, i) => (
              <div className="radio" key={n}>
                <input
                  type="radio"
                  name="extend-months"
                  id={i === 0 ? 'extend-months' : `extend-months-${n}`}
                  value={n}
                  checked={monthsChosen === n}
                  onChange={() => setMonths(n)}
                />
                <label htmlFor={i === 0 ? 'extend-months' : `extend-months-${n}`}>{months(n)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <TextArea
          id="extend-reason"
          label="Reason (the requester sees this)"
          value={reason}
          onChange={setReason}
          error={submit.fields.reason}
        />
        <button type="submit" className="button" disabled={submit.busy}>
          {actionLabel('EXTEND')}
        </button>
      </form>
    </ActionBox>
  );
}

function RejectAction({ r, onDone }: { r: RequestDetails; onDone: () => void }) {
  const submit = useSubmit();
  const done = useDone('REJECT', onDone);
  const [reason, setReason] = useState<RejectionReason | ''>('');
  const [explanation, setExplanation] = useState('');

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const trimmed = explanation.trim();
    const ok = await submit.run(
      () => {
        const f: FieldErrors = {};
        if (reason === '') f.reason = 'Choose the reason.';
        if (trimmed === '') f.explanation = 'Write the explanation; the requester sees it.';
        return f;
      },
      () => request(RejectRequestMutation, { id: r.id, reason: reason as RejectionReason, explanation: trimmed }),
    );
    if (ok) done();
  }

  return (
    <ActionBox
      id="action-reject"
      title="Reject the request"
      intro="Only when it is manifestly unfounded, excessive or repetitive, or an exemption applies."
    >
      <form noValidate onSubmit={onSubmit} className="form form--compact">
        <FormFailure submit={submit} />
        <Field id="reject-reason" label="Reason" error={submit.fields.reason}>
          {(aria) => (
            <select
              id="reject-reason"
              className="select"
              value={reason}
              onChange={(e) => setReason(e.target.value as RejectionReason | '')}
              {...aria}
            >
              <option value="">Choose a reason</option>
              {REJECTION_REASONS.map((x) => (
                <option key={x} value={x}>
                  {rejectionLabel(x)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextArea
          id="reject-explanation"
          label="Explanation (the requester sees this)"
          value={explanation}
          onChange={setExplanation}
          error={submit.fields.explanation}
        />
        <button type="submit" className="button button--danger" disabled={submit.busy}>
          {actionLabel('REJECT')}
        </button>
      </form>
    </ActionBox>
  );
}

function CancelAction({ r, onDone }: { r: RequestDetails; onDone: () => void }) {
  const submit = useSubmit();
  const done = useDone('CANCEL', onDone);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) openRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const trimmed = reason.trim();
    if (await submit.run(() => ({}), () => request(CancelRequestMutation, { id: r.id, reason: trimmed === '' ? null : trimmed })))
      done();
  }

  return (
    <ActionBox id="action-cancel" title="Cancel this request" intro="Cancelling withdraws the request. It cannot be undone.">
      {!confirming ? (
        <button ref={openRef} type="button" className="button button--danger" onClick={() => setConfirming(true)}>
          {actionLabel('CANCEL')}
        </button>
      ) : (
        <form noValidate onSubmit={onSubmit} className="form form--compact confirm">
          <p ref={confirmRef} tabIndex={-1} className="confirm__question">
            Are you sure you want to cancel this request?
          </p>
          <FormFailure submit={submit} />
          <TextArea
            id="cancel-reason"
            label="Why are you cancelling? (optional)"
            value={reason}
            onChange={setReason}
            error={submit.fields.reason}
            rows={2}
          />
          <div className="form__actions">
            <button type="submit" className="button button--danger" disabled={submit.busy}>
              Yes, cancel the request
            </button>
            <button type="button" className="button button--plain" onClick={() => setConfirming(false)}>
              No, keep it
            </button>
          </div>
        </form>
      )}
    </ActionBox>
  );
}
