import { useState, type FormEvent } from 'react';
import { request } from '../graphql';
import { accountStatusStaffLabel } from '../labels';
import { Detail, useAnnounce } from '../ui';
import { LiftRestrictionMutation } from './queries';
import type { RequestDetails } from './RequestDetail';
import { FormFailure, TextArea, useSubmit } from './submit';

/** Whether a request's page shows staff the restriction panel: a completed restriction request. */
export function showsRestriction(r: Pick<RequestDetails, 'type' | 'state'>, staff: boolean): boolean {
  return staff && r.type === 'RESTRICTION' && r.state === 'COMPLETED';
}

/**
 * Staff, on a completed restriction request: the person's account status and, while it is
 * restricted, the form that lifts the restriction. The note is required: the person is told
 * why by email, and it goes in this request's timeline.
 */
export function RestrictionPanel({ r, onChanged }: { r: RequestDetails; onChanged: () => void }) {
  const status = r.subject.status ?? null;
  return (
    <section aria-labelledby="restriction-heading" className="card" id="restriction">
      <h2 id="restriction-heading">Restriction of processing</h2>
      <dl className="details">
        <Detail term="Account status">{status ? accountStatusStaffLabel(status) : 'Unknown'}</Detail>
      </dl>
      {status === 'RESTRICTED' ? (
        <LiftForm r={r} onChanged={onChanged} />
      ) : status === 'ACTIVE' ? (
        <p>The restriction has been lifted (or never took effect): the account is active.</p>
      ) : null}
    </section>
  );
}

function LiftForm({ r, onChanged }: { r: RequestDetails; onChanged: () => void }) {
  const submit = useSubmit();
  const announce = useAnnounce();
  const [note, setNote] = useState('');

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const trimmed = note.trim();
    const ok = await submit.run(
      () => (trimmed === '' ? { note: 'Say why the restriction is lifted; the person is told.' } : {}),
      () => request(LiftRestrictionMutation, { userID: r.subject.id, note: trimmed }),
    );
    if (ok) {
      setNote('');
      announce('The restriction has been lifted: the account is active again, and the person has been told why.', { focus: true });
      onChanged();
    }
  }

  return (
    <div className="action" role="group" aria-labelledby="lift-title">
      <h3 id="lift-title">Lift the restriction</h3>
      <p className="hint">
        The data may then be used again as before (marketing and profiling included, where the person allows it). The
        person must be told before the restriction ends.
      </p>
      <form noValidate onSubmit={onSubmit} className="form form--compact">
        <FormFailure submit={submit} />
        <TextArea
          id="lift-note"
          label="Why is it lifted? (the person is told)"
          value={note}
          onChange={setNote}
          error={submit.fields.note}
          rows={3}
        />
        <button type="submit" className="button" disabled={submit.busy}>
          {submit.busy ? 'Lifting…' : 'Lift the restriction'}
        </button>
      </form>
    </div>
  );
}
