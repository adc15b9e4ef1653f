import { useEffect, useMemo, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { errorMessage, isSignedOut } from '../errors';
import { fieldProblems, request } from '../graphql';
import { REQUEST_TYPES, typeExplanation, typeLabel } from '../labels';
import { MAX_DESCRIPTION, type FieldErrors } from '../requests/form';
import { TextArea } from '../requests/submit';
import { requestPath } from '../router';
import { describedBy, errorId, ErrorSummary, FieldError, Link, PageHeading, useAnnounce, useTitle } from '../ui';
import { count, describeParsed, MAX_PEOPLE, parseEmails } from './csv';
import { bulkFieldOf, toBulkInput, validateBulkForm, type BulkFormValues } from './form';
import { SubmitRequestsMutation } from './queries';
import { outcomeLabel, outcomeTone, rowPerson, summariseReport, type BulkSubmission } from './report';
import { loadSelection, saveSelection, type SelectedEmployee } from './selection';

const FIELD_LABELS: Record<string, string> = {
  source: 'Who the requests are for',
  list: 'Email addresses',
  type: 'Right',
  description: 'Note',
};

/** What the page shows after a submission: the report, and whom each row was about. */
interface Done {
  result: BulkSubmission;
  names: ReadonlyMap<string, string>;
  type: string;
}

/** `/employees/request`: one request type for many employees at once, then what became of each. */
export function BulkRequest() {
  useTitle('Request for employees');
  const [selected, setSelected] = useState<SelectedEmployee[]>(loadSelection);
  const [done, setDone] = useState<Done | null>(null);
  const [formKey, setFormKey] = useState(0);

  return (
    <>
      <PageHeading>Request for employees</PageHeading>
      <p className="lead">
        Use a right on behalf of several employees at once: each of them gets a request of their own, sees it in
        their account and is emailed that you made it.
      </p>
      {done ? (
        <Report
          done={done}
          onAgain={() => {
            setDone(null);
            setFormKey((k) => k + 1);
          }}
        />
      ) : (
        <BulkForm
          key={formKey}
          selected={selected}
          onDone={(d) => {
            setDone(d);
            setSelected([]);
            saveSelection([]);
          }}
        />
      )}
    </>
  );
}

function BulkForm({ selected, onDone }: { selected: SelectedEmployee[]; onDone: (d: Done) => void }) {
  const announce = useAnnounce();
  const [values, setValues] = useState<BulkFormValues>({
    type: '',
    source: selected.length > 0 ? 'selected' : 'list',
    list: '',
    description: '',
  });
  const [problem, setProblem] = useState<{ attempt: number; message?: string; fields: FieldErrors } | null>(null);
  const [busy, setBusy] = useState(false);
  const [fileNote, setFileNote] = useState('');
  const parsed = useMemo(() => parseEmails(values.list), [values.list]);
  const fieldErrors = problem?.fields ?? {};
  const set = <K extends keyof BulkFormValues>(key: K, value: BulkFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const people = values.source === 'selected' ? selected.length : parsed.emails.length;

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    try {
      const text = await file.text();
      set('list', text);
      setFileNote(`The contents of ${file.name} are below: check them, or edit them before sending.`);
    } catch {
      setFileNote(`${file.name} could not be read. Paste the addresses instead.`);
    }
  }

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    const attempt = (problem?.attempt ?? 0) + 1;
    const invalid = validateBulkForm(values, selected.length, parsed);
    if (Object.keys(invalid).length > 0) {
      setProblem({ attempt, fields: invalid });
      return;
    }
    setBusy(true);
    try {
      const input = toBulkInput(values, selected.map((s) => s.id), parsed);
      const { submitRequests } = await request(SubmitRequestsMutation, { input });
      announce(summariseReport(submitRequests.rows));
      onDone({
        result: submitRequests,
        names: new Map(selected.map((s) => [s.id, s.name])),
        type: values.type ? typeLabel(values.type) : '',
      });
    } catch (err) {
      setBusy(false);
      const fields: FieldErrors = {};
      const unplaced: string[] = [];
      for (const p of fieldProblems(err)) {
        const f = bulkFieldOf(p.field);
        if (f && !fields[f]) fields[f] = p.message;
        else if (!f) unplaced.push(p.message);
      }
      const message = isSignedOut(err)
        ? errorMessage(err)
        : unplaced.length > 0
          ? unplaced.join(' ')
          : Object.keys(fields).length > 0
            ? undefined
            : errorMessage(err);
      setProblem({ attempt, fields, message });
    }
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form">
      {problem && <ErrorSummary key={problem.attempt} message={problem.message} fields={problem.fields} labels={FIELD_LABELS} />}

      <fieldset className={fieldErrors.source ? 'field field--error' : 'field'} aria-describedby={describedBy(fieldErrors.source && errorId('source'))}>
        <legend className="label">Who are the requests for?</legend>
        <FieldError field="source" message={fieldErrors.source} />
        <div className="radios">
          <div className="radio">
            <input
              type="radio"
              name="source"
              id="source"
              checked={values.source === 'selected'}
              onChange={() => set('source', 'selected')}
              aria-describedby="source-selected-hint"
            />
            <label htmlFor="source">
              {selected.length === 0 ? 'Employees chosen in the directory' : `The ${count(selected.length, 'employee', 'employees')} you selected`}
            </label>
            <div className="hint" id="source-selected-hint">
              {selected.length === 0 ? (
                <p>
                  None selected yet: <Link href="/employees">choose them in the employee directory</Link>.
                </p>
              ) : (
                <>
                  <p>
                    {selected.slice(0, 5).map((s) => s.name).join(', ')}
                    {selected.length > 5 && ` and ${selected.length - 5} more`}.
                  </p>
                  <p>
                    <Link href="/employees">Change the selection</Link>
                  </p>
                </>
              )}
            </div>
          </div>
          <div className="radio">
            <input
              type="radio"
              name="source"
              id="source-list"
              checked={values.source === 'list'}
              onChange={() => set('source', 'list')}
              aria-describedby="source-list-hint"
            />
            <label htmlFor="source-list">A list of email addresses</label>
            <p className="hint" id="source-list-hint">
              A CSV file with an “email” column, or addresses one per line or separated by commas: for offboarding a
              team. At most {MAX_PEOPLE}.
            </p>
          </div>
        </div>
      </fieldset>

      {values.source === 'list' && (
        <>
          <div className="field">
            <label htmlFor="list-file" className="label">
              Upload a CSV file (optional)
            </label>
            <p className="hint" id="list-file-hint">
              Its addresses appear in the box below before anything is sent.
            </p>
            <input id="list-file" type="file" className="file-input" accept=".csv,.txt,text/csv,text/plain" onChange={onFile} aria-describedby="list-file-hint" />
            <p className="hint" aria-live="polite">
              {fileNote}
            </p>
          </div>
          <TextArea
              id="list"
              label="Email addresses"
              hint="One per line or separated by commas; a header row naming an “email” column is recognised."
              value={values.list}
              onChange={(v) => set('list', v)}
              error={fieldErrors.list}
              rows={6}
            />
          <ParsedSummary text={values.list} />
        </>
      )}

      <fieldset className={fieldErrors.type ? 'field field--error' : 'field'} aria-describedby={describedBy(fieldErrors.type && errorId('type'))}>
        <legend className="label">Which right do you want to use for them?</legend>
        <FieldError field="type" message={fieldErrors.type} />
        <div className="radios">
          {REQUEST_TYPES.map((type, i) => (
            <div className="radio" key={type}>
              <input
                type="radio"
                name="type"
                id={i === 0 ? 'type' : `type-${type}`}
                value={type}
                checked={values.type === type}
                onChange={() => set('type', type)}
                aria-describedby={`type-${type}-hint`}
              />
              <label htmlFor={i === 0 ? 'type' : `type-${type}`}>{typeLabel(type)}</label>
              <p className="hint" id={`type-${type}-hint`}>
                {typeExplanation(type, true)}
              </p>
            </div>
          ))}
        </div>
      </fieldset>
      {values.type === 'ERASURE' && (
        <div className="callout callout--warn">
          <p>
            <strong>Erasure deletes each person’s account and data</strong> after a cooling-off period, except what
            the law requires us to keep. Each employee can see what will be erased on their request’s page.
          </p>
        </div>
      )}

      <TextArea
        id="description"
        label="Note for provider staff and the employees (optional)"
        hint={`The same note goes with every request, at most ${MAX_DESCRIPTION} characters.`}
        value={values.description}
        onChange={(v) => set('description', v)}
        error={fieldErrors.description}
      />

      <div className="form__actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Sending…' : people > 0 ? `Send ${count(people, 'request', 'requests')}` : 'Send the requests'}
        </button>
        <Link href="/employees">Back to employees</Link>
      </div>
    </form>
  );
}

/** What was read from the list so far, updated as it changes (politely announced). */
function ParsedSummary({ text }: { text: string }) {
  const parsed = useMemo(() => parseEmails(text), [text]);
  const empty = text.trim() === '';
  return (
    <div className="parsed" aria-live="polite" id="list-parsed">
      {!empty && <p className="parsed__count">{describeParsed(parsed)}</p>}
      {!empty && parsed.unreadable.length > 0 && (
        <details className="parsed__unreadable">
          <summary>Lines that could not be read</summary>
          <p className="hint">Any address on these lines is still used; the rest is left out.</p>
          <ul className="plain-list">
            {parsed.unreadable.slice(0, 50).map((u) => (
              <li key={u.line}>
                Line {u.line}: <code>{u.text.length > 80 ? `${u.text.slice(0, 80)}…` : u.text}</code>
              </li>
            ))}
            {parsed.unreadable.length > 50 && <li>and {parsed.unreadable.length - 50} more</li>}
          </ul>
        </details>
      )}
    </div>
  );
}

function Report({ done, onAgain }: { done: Done; onAgain: () => void }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const { result } = done;
  return (
    <section aria-labelledby="report-heading" className="bulk-report">
      <h2 id="report-heading" ref={ref} tabIndex={-1}>
        What happened
      </h2>
      <p className="bulk-report__summary" data-testid="report-summary">
        {summariseReport(result.rows)}
      </p>
      <div className="table-scroll" role="region" aria-labelledby="report-caption" tabIndex={0}>
        <table className="table report-table">
          <caption id="report-caption">
            {done.type ? `${done.type} requests, person by person` : 'Person by person'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Outcome</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row, i) => (
              <tr key={i}>
                <th scope="row" className="report-table__person">
                  {rowPerson(row, done.names)}
                </th>
                <td>
                  <span className={`badge badge--${outcomeTone(row.outcome)}`}>{outcomeLabel(row.outcome)}</span>
                </td>
                <td>
                  {row.request ? (
                    <Link href={requestPath(row.request.id)}>
                      View the request<span className="visually-hidden"> for {rowPerson(row, done.names)}</span>
                    </Link>
                  ) : (
                    row.message
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="actions">
        <button type="button" className="button button--secondary" onClick={onAgain}>
          Make another request
        </button>
        <Link href="/requests">Follow them in My requests</Link>
      </p>
    </section>
  );
}
