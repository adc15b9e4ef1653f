import { useEffect, useRef, useState, type FormEvent } from 'react';
import { errorCodeOf, errorMessage } from '../errors';
import { fieldProblems, request } from '../graphql';
import { formatDate } from '../labels';
import { requestPath } from '../router';
import { findOpenRequest, MAX_DESCRIPTION } from '../requests/form';
import { loadMyRequests } from '../requests/MyRequests';
import { SubmitRequestMutation } from '../requests/queries';
import { Field, Link } from '../ui';

type Phase =
  | { step: 'closed' }
  | { step: 'open' }
  | { step: 'sent'; requestId: string; dueAt: unknown }
  | { step: 'duplicate'; requestId: string | null };

/**
 * "Ask for a correction" for something the person cannot change themselves:
 * a short form that submits a rectification request (the request then follows
 * the usual workflow, in My requests). `item` is what the request says is
 * wrong; `what` names it in the sentence the button reads out.
 */
export function AskForCorrection({ id, item, what, subjectId }: { id: string; item: string; what: string; subjectId: string }) {
  const [phase, setPhase] = useState<Phase>({ step: 'closed' });
  const [value, setValue] = useState('');
  const [details, setDetails] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ attempt: number; message?: string; fields: { value?: string; details?: string } } | null>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const valueRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const previous = useRef<Phase['step']>('closed');

  useEffect(() => {
    if (phase.step === 'open' && previous.current === 'closed') valueRef.current?.focus();
    if (phase.step === 'closed' && previous.current === 'open') openRef.current?.focus();
    if (phase.step === 'sent' || phase.step === 'duplicate') resultRef.current?.focus();
    previous.current = phase.step;
  }, [phase.step]);

  useEffect(() => {
    if (problem?.message) errorRef.current?.focus();
  }, [problem]);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const attempt = (problem?.attempt ?? 0) + 1;
    const v = value.trim();
    const d = details.trim();
    const local: { value?: string; details?: string } = {};
    if (v === '') local.value = 'Say what it should say.';
    else if ([...v].length > MAX_DESCRIPTION) local.value = `Use at most ${MAX_DESCRIPTION} characters.`;
    if ([...d].length > MAX_DESCRIPTION) local.details = `Use at most ${MAX_DESCRIPTION} characters.`;
    if (local.value || local.details) {
      setProblem({ attempt, fields: local, message: 'Check the answers below.' });
      return;
    }
    setBusy(true);
    try {
      const { submitRequest } = await request(SubmitRequestMutation, {
        input: { type: 'RECTIFICATION', rectificationField: item, rectificationValue: v, ...(d ? { description: d } : {}) },
      });
      setProblem(null);
      setPhase({ step: 'sent', requestId: submitRequest.id, dueAt: submitRequest.dueAt });
    } catch (err) {
      if (errorCodeOf(err) === 'DUPLICATE_REQUEST') {
        const open = await loadMyRequests().then(
          (rs) => findOpenRequest(rs, 'RECTIFICATION', subjectId),
          () => null,
        );
        setProblem(null);
        setPhase({ step: 'duplicate', requestId: open?.id ?? null });
      } else {
        const fields: { value?: string; details?: string } = {};
        const other: string[] = [];
        for (const p of fieldProblems(err)) {
          if (p.field === 'rectificationValue') fields.value ??= p.message;
          else if (p.field === 'description') fields.details ??= p.message;
          else other.push(p.message);
        }
        const placed = fields.value || fields.details;
        setProblem({ attempt, fields, message: other.length > 0 ? other.join(' ') : placed ? 'Check the answers below.' : errorMessage(err) });
      }
    } finally {
      setBusy(false);
    }
  }

  const formId = `${id}-form`;
  if (phase.step === 'sent') {
    return (
      <div ref={resultRef} tabIndex={-1} className="callout callout--ok correction-result">
        <p>
          We have received your request to correct the {what}. We will answer by {formatDate(phase.dueAt)}.
        </p>
        <p>
          <Link href={requestPath(phase.requestId)}>View your correction request</Link>
        </p>
      </div>
    );
  }
  if (phase.step === 'duplicate') {
    return (
      <div ref={resultRef} tabIndex={-1} className="callout callout--warn correction-result" role="alert">
        <p>
          You already have an open correction request, and we handle one at a time. Add this correction to it as a
          message, or ask again once it is closed.
        </p>
        <p>
          {phase.requestId ? (
            <Link href={requestPath(phase.requestId)}>View your open correction request</Link>
          ) : (
            <Link href="/requests">See your requests</Link>
          )}
        </p>
      </div>
    );
  }
  return (
    <div className="correction">
      <button
        ref={openRef}
        type="button"
        className="button button--plain button--small"
        aria-expanded={phase.step === 'open'}
        aria-controls={phase.step === 'open' ? formId : undefined}
        onClick={() => setPhase(phase.step === 'open' ? { step: 'closed' } : { step: 'open' })}
      >
        Ask for a correction<span className="visually-hidden"> of the {what}</span>
      </button>
      {phase.step === 'open' && (
        <form id={formId} noValidate onSubmit={onSubmit} className="form form--compact correction__form" aria-label={`Correct the ${what}`}>
          <p className="hint">
            You cannot change this yourself. We will check your request and correct it, usually within a month; you
            can follow it in My requests.
          </p>
          {problem?.message && (
            <p ref={errorRef} role="alert" tabIndex={-1} className="form-error" key={problem.attempt}>
              {problem.message}
            </p>
          )}
          <Field id={`${id}-value`} label="What should it say?" error={problem?.fields.value}>
            {(aria) => (
              <input
                ref={valueRef}
                id={`${id}-value`}
                type="text"
                className="input"
                value={value}
                onChange={(e) => setValue(e.target.value)}
                {...aria}
              />
            )}
          </Field>
          <Field id={`${id}-details`} label="Anything else we should know? (optional)" error={problem?.fields.details}>
            {(aria) => (
              <textarea
                id={`${id}-details`}
                className="textarea"
                rows={3}
                value={details}
                onChange={(e) => setDetails(e.target.value)}
                {...aria}
              />
            )}
          </Field>
          <div className="form__actions">
            <button type="submit" className="button" disabled={busy}>
              {busy ? 'Sending…' : 'Send the correction request'}
            </button>
            <button type="button" className="button button--plain" onClick={() => setPhase({ step: 'closed' })}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
