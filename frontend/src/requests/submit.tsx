import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../errors';
import { fieldProblems } from '../graphql';
import { Field } from '../ui';
import type { FieldErrors } from './form';

// What every form on a request's page shares: the state of a submit, its failure message and a
// labelled text area.

/** Form state shared by every action: busy, a form-level message and field errors. */
export interface Submit {
  busy: boolean;
  attempt: number;
  message: string | null;
  fields: FieldErrors;
  /** Validates, sends, records any failure; true when the server accepted it. */
  run: (validate: () => FieldErrors, send: () => Promise<unknown>) => Promise<boolean>;
}

/** Where a failure's problems go: on the form's fields, and a message above the form. */
export interface PlacedFailure {
  fields: FieldErrors;
  message: string | null;
}

/** Every field problem on its field and, with them all, above the form; any other failure above it. */
function placeOnFields(err: unknown): PlacedFailure {
  const fields: FieldErrors = {};
  const all: string[] = [];
  for (const p of fieldProblems(err)) {
    if (!fields[p.field]) fields[p.field] = p.message;
    all.push(p.message);
  }
  return { fields, message: all.length > 0 ? all.join(' ') : errorMessage(err) };
}

/** The state of a form's submit; `place` says where a failure's problems are shown. */
export function useSubmit(place: (err: unknown) => PlacedFailure = placeOnFields): Submit {
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});

  async function run(validate: () => FieldErrors, send: () => Promise<unknown>): Promise<boolean> {
    if (busy) return false;
    setAttempt((n) => n + 1);
    const invalid = validate();
    if (Object.keys(invalid).length > 0) {
      setFields(invalid);
      setMessage(null);
      return false;
    }
    setBusy(true);
    try {
      await send();
      setFields({});
      setMessage(null);
      return true;
    } catch (err) {
      const placed = place(err);
      setFields(placed.fields);
      setMessage(placed.message);
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { busy, attempt, message, fields, run };
}

/** A failed action's message, announced and focusable. */
export function FormFailure({ submit }: { submit: Submit }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const shown = submit.message !== null || Object.keys(submit.fields).length > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, submit.attempt]);
  if (!shown) return null;
  return (
    <p ref={ref} role="alert" tabIndex={-1} className="form-error">
      {submit.message ?? 'Check the fields below.'}
    </p>
  );
}

export function TextArea({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  rows = 4,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  rows?: number;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(aria) => <textarea id={id} className="textarea" rows={rows} value={value} onChange={(e) => onChange(e.target.value)} {...aria} />}
    </Field>
  );
}
