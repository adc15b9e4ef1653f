import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../errors';
import { fieldProblems } from '../graphql';
import { describedBy, errorId, FieldError } from '../ui';
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

export function useSubmit(): Submit {
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
      const placed: FieldErrors = {};
      const other: string[] = [];
      for (const p of fieldProblems(err)) {
        if (!placed[p.field]) placed[p.field] = p.message;
        other.push(p.message);
      }
      setFields(placed);
      setMessage(other.length > 0 ? other.join(' ') : errorMessage(err));
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
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id} className="label">
        {label}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldError field={id} message={error} />
      <textarea
        id={id}
        className="textarea"
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && errorId(id))}
      />
    </div>
  );
}
