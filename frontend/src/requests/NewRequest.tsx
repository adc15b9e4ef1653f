import { useState, type FormEvent, type ReactNode } from 'react';
import { errorMessage, isSignedOut } from '../errors';
import { GraphQLRequestError, fieldProblems, request } from '../graphql';
import type { RequestType } from '../gql/graphql';
import { formatDate, REQUEST_TYPES, requestTitle, typeExplanation, typeLabel } from '../labels';
import { navigate, requestPath } from '../router';
import {
  describedBy,
  errorId,
  ErrorSummary,
  Field,
  FieldError,
  Link,
  LoadError,
  Loading,
  PageHeading,
  useAnnounce,
  useLoad,
  useTitle,
} from '../ui';
import type { Viewer } from '../useViewer';
import {
  currentEmployees,
  EMPTY_REQUEST_FORM,
  findOpenRequest,
  formFieldOf,
  MAX_DESCRIPTION,
  toSubmitInput,
  typeFromSearch,
  validateRequestForm,
  type Employee,
  type FieldErrors,
  type RequestFormValues,
} from './form';
import { ErasurePreviewPanel } from './Erasure';
import { loadMyRequests } from './MyRequests';
import { RequestSubjectsQuery, SubmitRequestMutation } from './queries';

/** What the top of the form says after a failed submit. */
type Problem = {
  attempt: number;
  message?: string;
  fields: FieldErrors;
  /** DUPLICATE_REQUEST: the open request, once found. */
  duplicate?: { type: RequestType; id: string | null };
};

const FIELD_LABELS: Record<string, string> = {
  type: 'Right',
  subjectID: 'Employee',
  rectificationField: 'What is wrong',
  rectificationValue: 'What it should say',
  objectionProcessing: 'Use of data objected to',
  portabilityRecipient: 'Receiving organisation',
  description: 'Details',
};

/** The new-request page; employer admins first choose the employee it is for. */
export function NewRequest({ viewer, search }: { viewer: Viewer; search: string }) {
  useTitle('Make a request');
  const forEmployee = viewer.role === 'EMPLOYER_ADMIN';
  const [employees, reloadEmployees] = useLoad<Employee[] | null>(
    (signal) =>
      forEmployee ? request(RequestSubjectsQuery, {}, { signal }).then((d) => currentEmployees(d.me)) : Promise.resolve(null),
    [forEmployee],
  );

  return (
    <>
      <PageHeading>Make a request</PageHeading>
      <p className="lead">
        Use {forEmployee ? 'an employee’s' : 'your'} rights under UK data-protection law. It is free.
      </p>
      <div className="callout callout--info" id="promise">
        <p>
          <strong>We answer within one calendar month</strong> of receiving the request. If a request is complex we
          may need up to two more months; if so, we will tell you why within the first month.
        </p>
      </div>
      {employees.status === 'loading' && <Loading>Loading your employees…</Loading>}
      {employees.status === 'error' && <LoadError error={employees.error} onRetry={reloadEmployees} />}
      {employees.status === 'ready' && (
        <RequestForm viewer={viewer} employees={employees.data} initialType={typeFromSearch(search)} />
      )}
    </>
  );
}

function RequestForm({
  viewer,
  employees,
  initialType,
}: {
  viewer: Viewer;
  /** null: the viewer asks for themselves. */
  employees: Employee[] | null;
  initialType: RequestType | '';
}) {
  const forEmployee = employees !== null;
  const announce = useAnnounce();
  const [values, setValues] = useState<RequestFormValues>({ ...EMPTY_REQUEST_FORM, type: initialType });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldErrors = problem?.fields ?? {};

  const set = <K extends keyof RequestFormValues>(key: K, value: RequestFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    const attempt = (problem?.attempt ?? 0) + 1;
    const invalid = validateRequestForm(values, forEmployee);
    if (Object.keys(invalid).length > 0) {
      setProblem({ attempt, fields: invalid });
      return;
    }
    setBusy(true);
    try {
      const input = toSubmitInput(values, forEmployee);
      const { submitRequest } = await request(SubmitRequestMutation, { input });
      const path = requestPath(submitRequest.id);
      announce(`Your request has been received. We will answer by ${formatDate(submitRequest.dueAt)}.`, { path });
      navigate(path);
    } catch (err) {
      setBusy(false);
      const whom = forEmployee ? `for ${employees.find((x) => x.id === values.subjectID)?.displayName ?? 'this employee'}` : 'for you';
      setProblem(await describeFailure(err, attempt, values, forEmployee ? values.subjectID : viewer.id, whom));
    }
  }

  if (employees && employees.length === 0) {
    return (
      <div className="callout">
        <p>Your organisation has no current employees in the portal, so there is nobody to make a request for.</p>
      </div>
    );
  }

  const who = forEmployee ? employees.find((e) => e.id === values.subjectID)?.displayName : undefined;
  const t = values.type;

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-describedby="promise">
      {problem && (
        <ErrorSummary key={problem.attempt} message={problem.message} fields={problem.fields} labels={FIELD_LABELS}>
          {problem.duplicate && <DuplicateNote duplicate={problem.duplicate} />}
        </ErrorSummary>
      )}

      {forEmployee && (
        <Field
          id="subjectID"
          label="Who is the request for?"
          hint="A current employee of your organisation. They will see the request and everything that happens to it."
          error={fieldErrors.subjectID}
        >
          {(aria) => (
            <select id="subjectID" className="select" value={values.subjectID} onChange={(e) => set('subjectID', e.target.value)} {...aria}>
              <option value="">Choose an employee</option>
              {employees.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.displayName} ({e.email})
                </option>
              ))}
            </select>
          )}
        </Field>
      )}

      <fieldset
        className={fieldErrors.type ? 'field field--error' : 'field'}
        aria-describedby={describedBy(fieldErrors.type && errorId('type'))}
      >
        <legend className="label">Which right do you want to use?</legend>
        <FieldError field="type" message={fieldErrors.type} />
        <div className="radios">
          {REQUEST_TYPES.map((type, i) => (
            <div className="radio" key={type}>
              <input
                type="radio"
                name="type"
                id={i === 0 ? 'type' : `type-${type}`}
                value={type}
                checked={t === type}
                onChange={() => set('type', type)}
                aria-describedby={`type-${type}-hint`}
              />
              <label htmlFor={i === 0 ? 'type' : `type-${type}`}>{typeLabel(type)}</label>
              <p className="hint" id={`type-${type}-hint`}>
                {typeExplanation(type, forEmployee)}
              </p>
            </div>
          ))}
        </div>
      </fieldset>

      {t === 'RECTIFICATION' && (
        <>
          <TextField
            id="rectificationField"
            label="What is wrong?"
            hint="For example: the name on my Mental Health First Aid certificate."
            value={values.rectificationField}
            onChange={(v) => set('rectificationField', v)}
            error={fieldErrors.rectificationField}
          />
          <TextField
            id="rectificationValue"
            label="What should it say?"
            value={values.rectificationValue}
            onChange={(v) => set('rectificationValue', v)}
            error={fieldErrors.rectificationValue}
            multiline
          />
        </>
      )}
      {t === 'OBJECTION' && (
        <TextField
          id="objectionProcessing"
          label={`Which use of ${forEmployee ? 'their' : 'your'} data is objected to?`}
          hint="For example: using course history to recommend courses, or marketing profiling."
          value={values.objectionProcessing}
          onChange={(v) => set('objectionProcessing', v)}
          error={fieldErrors.objectionProcessing}
        />
      )}
      {t === 'PORTABILITY' && (
        <TextField
          id="portabilityRecipient"
          label="Organisation to send the data to (optional)"
          hint="Leave this empty to receive the data yourself."
          value={values.portabilityRecipient}
          onChange={(v) => set('portabilityRecipient', v)}
          error={fieldErrors.portabilityRecipient}
        />
      )}
      {t === 'ERASURE' && <ErasurePreviewPanel subjectID={forEmployee ? values.subjectID : null} name={who} />}

      <TextField
        id="description"
        label={t === 'OBJECTION' ? 'Why is this objected to? (optional)' : 'Anything else we should know? (optional)'}
        hint={`In ${forEmployee ? 'the employee’s or your' : 'your'} own words, at most ${MAX_DESCRIPTION} characters.`}
        value={values.description}
        onChange={(v) => set('description', v)}
        error={fieldErrors.description}
        multiline
      />

      <div className="form__actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Sending…' : who ? `Send the request for ${who}` : 'Send the request'}
        </button>
        <Link href="/requests">Back to my requests</Link>
      </div>
    </form>
  );
}

/** A failed submit as the summary shows it: field errors, a message, the open duplicate. */
async function describeFailure(
  err: unknown,
  attempt: number,
  values: RequestFormValues,
  subjectId: string,
  /** "for you", "for Priya Shah". */
  whom: string,
): Promise<Problem> {
  if (err instanceof GraphQLRequestError && err.code === 'DUPLICATE_REQUEST' && values.type !== '') {
    const type = values.type;
    const open = await loadMyRequests().then(
      (rs) => findOpenRequest(rs, type, subjectId),
      () => null,
    );
    const message = `There is already an open ${requestTitle(type).toLowerCase()} ${whom}. A second one can be made once it is closed.`;
    return { attempt, fields: {}, message, duplicate: { type, id: open?.id ?? null } };
  }
  const fields: FieldErrors = {};
  const unplaced: string[] = [];
  for (const p of fieldProblems(err)) {
    const f = formFieldOf(p.field);
    if (f && !fields[f]) fields[f] = p.message;
    else if (!f) unplaced.push(p.message);
  }
  const message = unplaced.length > 0 ? unplaced.join(' ') : Object.keys(fields).length > 0 ? undefined : errorMessage(err);
  return { attempt, fields, message: isSignedOut(err) ? errorMessage(err) : message };
}

function DuplicateNote({ duplicate }: { duplicate: { type: RequestType; id: string | null } }) {
  if (!duplicate.id) return <p>You can follow it in <Link href="/requests">My requests</Link>.</p>;
  return (
    <p>
      <Link href={requestPath(duplicate.id)}>View the open {requestTitle(duplicate.type).toLowerCase()}</Link>
    </p>
  );
}

function TextField({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  multiline,
}: {
  id: string;
  label: ReactNode;
  hint?: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  multiline?: boolean;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(aria) =>
        multiline ? (
          <textarea id={id} value={value} className="textarea" {...aria} rows={5} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input id={id} value={value} className="input" {...aria} type="text" onChange={(e) => onChange(e.target.value)} />
        )
      }
    </Field>
  );
}
