import { useEffect, useRef, useState, type FormEvent } from 'react';
import { errorMessage } from '../errors';
import { GraphQLRequestError, request } from '../graphql';
import { FormFailure, useSubmit, type Submit } from '../requests/submit';
import { Detail, Field, LoadError, Loading, PageHeading, useAnnounce, useLoad, useTitle } from '../ui';
import {
  adminAdded,
  adminRemoved,
  allPages,
  idPart,
  NO_ONE,
  NO_ORGANISATION,
  organisationAdded,
  organisationCount,
  organisationRows,
  personMoved,
  placeError,
  Refused,
  validateEmail,
  validateMove,
  validateOrganisationName,
  type Admin,
  type OrganisationRow,
} from './organisations';
import {
  AddEmployerAdminMutation,
  CreateOrganisationMutation,
  EmployerAdminsQuery,
  MoveToOrganisationMutation,
  OrganisationsQuery,
  PersonByEmailQuery,
  RemoveEmployerAdminMutation,
} from './queries';

const ORGANISATION_PAGE = 100;
const ADMIN_PAGE = 200;
/** Organisations are followed page after page up to this many pages (2,000 organisations). */
const MAX_PAGES = 20;

export interface OrganisationsData {
  organisations: OrganisationRow[];
  /** Every organisation was loaded (there were at most MAX_PAGES pages). */
  complete: boolean;
  total: number;
}

/** Every organisation (the move form chooses among them all) with its admins and employee count. */
async function loadOrganisations(signal: AbortSignal): Promise<OrganisationsData> {
  const [organisations, admins] = await Promise.all([
    allPages(
      (after) => request(OrganisationsQuery, { first: ORGANISATION_PAGE, after }, { signal }).then((d) => d.organisations),
      MAX_PAGES,
    ),
    allPages((after) => request(EmployerAdminsQuery, { first: ADMIN_PAGE, after }, { signal }).then((d) => d.users), MAX_PAGES),
  ]);
  return {
    organisations: organisationRows(organisations.nodes, admins.nodes),
    complete: organisations.complete,
    total: organisations.total,
  };
}

/** The person with this email address, or a refusal on the form's email field. */
async function findPerson(email: string, field = 'email') {
  const { users } = await request(PersonByEmailQuery, { email: email.trim() });
  const person = users.edges?.[0]?.node;
  if (!person) throw new Refused({ [field]: NO_ONE });
  return person;
}

/** `/staff/organisations`: provider staff manage corporate customers, their admins and who works for them. */
export function Organisations() {
  useTitle('Organisations');
  const [state, reload] = useLoad((signal) => loadOrganisations(signal), []);

  return (
    <>
      <PageHeading>Organisations</PageHeading>
      <p className="lead">
        The corporate customers: their employer admins, who make requests on behalf of their employees, and how many
        people they employ now.
      </p>
      <AddOrganisation onAdded={reload} />
      {state.status === 'loading' && <Loading>Loading the organisations…</Loading>}
      {state.status === 'error' && <LoadError error={state.error} onRetry={reload} />}
      {state.status === 'ready' && <OrganisationsBody data={state.data} onChanged={reload} />}
    </>
  );
}

/** The page once the organisations have loaded; exported for tests. */
export function OrganisationsBody({ data, onChanged }: { data: OrganisationsData; onChanged: () => void }) {
  return (
    <>
      <MovePerson organisations={data.organisations} onMoved={onChanged} />
      <section aria-labelledby="organisations-heading">
        <h2 id="organisations-heading">All organisations</h2>
        <p id="organisations-count">
          {organisationCount(data.total)}
          {!data.complete && ` The first ${data.organisations.length} are listed, by name.`}
        </p>
        {data.organisations.length > 0 && (
          <ul className="organisation-list" aria-labelledby="organisations-heading">
            {data.organisations.map((o) => (
              <li key={o.id}>
                <OrganisationCard organisation={o} onChanged={onChanged} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function OrganisationCard({ organisation: o, onChanged }: { organisation: OrganisationRow; onChanged: () => void }) {
  const headingId = `organisation-${idPart(o.id)}`;
  return (
    <section className="card organisation" aria-labelledby={headingId}>
      <h3 id={headingId}>{o.name}</h3>
      <dl className="details">
        <Detail term="Current employees">{o.employees}</Detail>
        <Detail term="Admins">
          {o.admins.length === 0 ? (
            'None: nobody can make requests for its employees yet.'
          ) : (
            <ul className="admin-list">
              {o.admins.map((a) => (
                <AdminItem key={a.id} admin={a} organisation={o} onChanged={onChanged} />
              ))}
            </ul>
          )}
        </Detail>
      </dl>
      <AddAdmin organisation={o} onAdded={onChanged} />
    </section>
  );
}

/** An admin, with a button that removes them after a confirmation. */
function AdminItem({ admin, organisation, onChanged }: { admin: Admin; organisation: OrganisationRow; onChanged: () => void }) {
  const announce = useAnnounce();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) questionRef.current?.focus();
    else if (wasConfirming.current) openRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  async function remove() {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await request(RemoveEmployerAdminMutation, { organisationID: organisation.id, userID: admin.id });
      // The button goes with the admin: focus moves to the notice.
      announce(adminRemoved(admin, organisation.name), { focus: true });
      onChanged();
    } catch (err) {
      setBusy(false);
      if (err instanceof GraphQLRequestError && err.code === 'NOT_AN_ADMIN') {
        // Already removed elsewhere: the reloaded list no longer shows them.
        announce(errorMessage(err), { focus: true });
        onChanged();
      } else {
        setFailure(errorMessage(err));
      }
    }
  }

  const questionId = `remove-${idPart(organisation.id)}-${idPart(admin.id)}`;
  return (
    <li className="admin">
      <span className="admin__name">{admin.name}</span>
      <span className="admin__email">{admin.email}</span>
      {!confirming ? (
        <button ref={openRef} type="button" className="button button--plain button--small" onClick={() => setConfirming(true)}>
          Remove admin<span className="visually-hidden"> {admin.name} from {organisation.name}</span>
        </button>
      ) : (
        <div className="confirm" role="group" aria-labelledby={questionId}>
          <p ref={questionRef} id={questionId} tabIndex={-1} className="confirm__question">
            Remove {admin.name} as admin of {organisation.name}?
          </p>
          <p className="hint">
            They can no longer make requests for its employees. The requests they made stay with the organisation.
          </p>
          {failure && (
            <p role="alert" className="form-error">
              {failure}
            </p>
          )}
          <div className="form__actions">
            <button type="button" className="button button--danger" disabled={busy} onClick={remove}>
              {busy ? 'Removing…' : `Yes, remove ${admin.name}`}
            </button>
            <button type="button" className="button button--plain" onClick={() => setConfirming(false)}>
              No, keep {admin.name}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}

function AddAdmin({ organisation, onAdded }: { organisation: OrganisationRow; onAdded: () => void }) {
  const submit = useStaffSubmit({ ADMIN_OF_ANOTHER_ORGANISATION: 'email', ROLE_NOT_ALLOWED: 'email' }, ['email']);
  const announce = useAnnounce();
  const [email, setEmail] = useState('');
  const id = `add-admin-${idPart(organisation.id)}`;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    let done = '';
    const ok = await submit.run(
      () => validateEmail(email),
      async () => {
        const person = await findPerson(email);
        await request(AddEmployerAdminMutation, { organisationID: organisation.id, userID: person.id });
        done = adminAdded(person, organisation.name, organisation.admins.some((a) => a.id === person.id));
      },
    );
    if (ok) {
      setEmail('');
      announce(done);
      onAdded();
    }
  }

  return (
    <details className="action">
      <summary>
        Add an admin<span className="visually-hidden"> to {organisation.name}</span>
      </summary>
      <p className="hint">
        The admin makes requests on behalf of the organisation’s current employees. They need an account on the portal,
        and may administer one organisation only.
      </p>
      <form noValidate onSubmit={onSubmit} className="form form--compact" aria-label={`Add an admin to ${organisation.name}`}>
        <FormFailure submit={submit} />
        <InputField id={`${id}-email`} label="Their email address" type="email" value={email} onChange={setEmail} error={submit.fields.email} />
        <button type="submit" className="button" disabled={submit.busy}>
          {submit.busy ? 'Adding…' : 'Add the admin'}
        </button>
      </form>
    </details>
  );
}

function AddOrganisation({ onAdded }: { onAdded: () => void }) {
  const submit = useStaffSubmit({ ORGANISATION_NAME_TAKEN: 'name' }, ['name']);
  const announce = useAnnounce();
  const [name, setName] = useState('');

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    let added = '';
    const ok = await submit.run(
      () => validateOrganisationName(name),
      async () => {
        const { createOrganisation } = await request(CreateOrganisationMutation, { name: name.trim() });
        added = createOrganisation.name;
      },
    );
    if (ok) {
      setName('');
      announce(organisationAdded(added));
      onAdded();
    }
  }

  return (
    <section aria-labelledby="add-organisation-heading" className="card">
      <h2 id="add-organisation-heading">Add an organisation</h2>
      <form noValidate onSubmit={onSubmit} className="form form--compact">
        <FormFailure submit={submit} />
        <InputField
          id="organisation-name"
          label="Name"
          hint="As the customer is known, at most 200 characters. No two organisations may have the same name."
          value={name}
          onChange={setName}
          error={submit.fields.name}
        />
        <button type="submit" className="button" disabled={submit.busy}>
          {submit.busy ? 'Adding…' : 'Add the organisation'}
        </button>
      </form>
    </section>
  );
}

function MovePerson({ organisations, onMoved }: { organisations: OrganisationRow[]; onMoved: () => void }) {
  const submit = useStaffSubmit({ ROLE_NOT_ALLOWED: 'email' }, ['email', 'target']);
  const announce = useAnnounce();
  const [email, setEmail] = useState('');
  const [target, setTarget] = useState('');

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    let done = '';
    const ok = await submit.run(
      () => validateMove(email, target),
      async () => {
        const person = await findPerson(email);
        const organisation = target === NO_ORGANISATION ? null : (organisations.find((o) => o.id === target) ?? null);
        await request(MoveToOrganisationMutation, { userID: person.id, organisationID: organisation?.id ?? null });
        done = personMoved(person, organisation?.name ?? null);
      },
    );
    if (ok) {
      setEmail('');
      setTarget('');
      announce(done);
      onMoved();
    }
  }

  return (
    <section aria-labelledby="move-heading" className="card">
      <h2 id="move-heading">Move a person</h2>
      <p className="hint" id="move-hint">
        They become an employee of the organisation from today, and their employment anywhere else ends. The requests made
        while they worked there stay with that organisation. Being an admin is not changed.
      </p>
      <form noValidate onSubmit={onSubmit} className="form form--compact" aria-describedby="move-hint">
        <FormFailure submit={submit} />
        <InputField id="move-email" label="Their email address" type="email" value={email} onChange={setEmail} error={submit.fields.email} />
        <Field id="move-target" label="Move them to" error={submit.fields.target}>
          {(aria) => (
            <select id="move-target" className="select" value={target} onChange={(e) => setTarget(e.target.value)} {...aria}>
              <option value="">Choose where they go</option>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
              <option value={NO_ORGANISATION}>No organisation (independent learner)</option>
            </select>
          )}
        </Field>
        <button type="submit" className="button" disabled={submit.busy}>
          {submit.busy ? 'Moving…' : 'Move the person'}
        </button>
      </form>
    </section>
  );
}

function InputField({
  id,
  label,
  hint,
  type = 'text',
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  hint?: string;
  type?: 'text' | 'email';
  value: string;
  onChange: (v: string) => void;
  error?: string;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(aria) => (
        <input
          id={id}
          type={type}
          className="input"
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          {...aria}
        />
      )}
    </Field>
  );
}

/**
 * A submit whose refusals the form can place go on its field (a {@link Refused} the page found
 * itself, a VALIDATION problem, or a code in `fieldOfCode`), anything else above the form
 * (FormFailure), always in errors.ts's words.
 */
function useStaffSubmit(fieldOfCode: Partial<Record<string, string>>, fields: readonly string[]): Submit {
  return useSubmit((err) => placeError(err, fieldOfCode, fields));
}
