import { connectionNodes, type Connection } from '../account/paging';
import { errorMessage } from '../errors';
import { fieldProblems, GraphQLRequestError } from '../graphql';
import type { EmployerAdminsQuery, OrganisationsQuery } from '../gql/graphql';
import type { FieldErrors } from '../requests/form';
import type { PlacedFailure } from '../requests/submit';

// The pure logic of the staff "Organisations" page (`/staff/organisations`): combining what the
// API answers into one row per organisation, checking the forms, and the sentences the page
// announces. Organisations.tsx renders it.

type OrganisationNode = NonNullable<NonNullable<NonNullable<OrganisationsQuery['organisations']['edges']>[number]>['node']>;
type AdminNode = NonNullable<NonNullable<NonNullable<EmployerAdminsQuery['users']['edges']>[number]>['node']>;

export interface Admin {
  id: string;
  name: string;
  email: string;
}

/** One organisation as the page lists it. */
export interface OrganisationRow {
  id: string;
  name: string;
  /** Current employees: EMPLOYEE memberships that have not ended. */
  employees: number;
  /** Current admins, by name. */
  admins: Admin[];
}

/**
 * One row per organisation, in the order given (the server's, by name), each with the admins
 * whose current ADMIN membership is of it.
 */
export function organisationRows(organisations: readonly OrganisationNode[], admins: readonly AdminNode[]): OrganisationRow[] {
  const byOrganisation = new Map<string, Admin[]>();
  for (const a of admins) {
    for (const m of a.memberships ?? []) {
      if (m.kind !== 'ADMIN' || m.endedAt != null) continue;
      const list = byOrganisation.get(m.organisationID) ?? [];
      if (!list.some((x) => x.id === a.id)) list.push({ id: a.id, name: a.displayName, email: a.email });
      byOrganisation.set(m.organisationID, list);
    }
  }
  return organisations.map((o) => ({
    id: o.id,
    name: o.name,
    employees: o.employeeCount,
    admins: (byOrganisation.get(o.id) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.email.localeCompare(b.email)),
  }));
}

/** Every node of a connection, page after page, stopping after maxPages (complete is then false). */
export async function allPages<T>(
  page: (after: unknown) => Promise<Connection<T>>,
  maxPages: number,
): Promise<{ nodes: T[]; total: number; complete: boolean }> {
  const nodes: T[] = [];
  let after: unknown = null;
  let total = 0;
  for (let i = 0; i < maxPages; i++) {
    const c = await page(after);
    nodes.push(...connectionNodes(c));
    total = c.totalCount;
    if (!c.pageInfo.hasNextPage) return { nodes, total, complete: true };
    after = c.pageInfo.endCursor ?? null;
  }
  return { nodes, total, complete: false };
}

// --- forms ---------------------------------------------------------------------------------

/** The longest name the server accepts (server/organisation). */
export const MAX_NAME = 200;

/** Problems with an organisation's name to fix before sending. */
export function validateOrganisationName(name: string): FieldErrors {
  const trimmed = name.trim();
  if (trimmed === '') return { name: 'Enter the organisation’s name.' };
  // Characters, not UTF-16 units: the server counts runes.
  if ([...trimmed].length > MAX_NAME) return { name: `Use at most ${MAX_NAME} characters.` };
  return {};
}

/** Problems with an email address to fix before looking the person up. */
export function validateEmail(email: string, field = 'email'): FieldErrors {
  const trimmed = email.trim();
  if (trimmed === '') return { [field]: 'Enter their email address.' };
  if (!/^[^\s@]+@[^\s@]+$/.test(trimmed)) return { [field]: 'Enter an email address like name@example.com.' };
  return {};
}

/** Shown on the email field when no account has that address. */
export const NO_ONE = 'No one with that email address uses the portal.';

/** The move form's choice for "leaves to become an independent learner". */
export const NO_ORGANISATION = 'none';

/** Problems with the move form to fix before sending. */
export function validateMove(email: string, target: string): FieldErrors {
  const errors = validateEmail(email, 'email');
  if (target === '') errors.target = 'Choose where they go: an organisation, or none.';
  return errors;
}

/** A refusal the page finds itself, before asking the server (no one has that email address). */
export class Refused extends Error {
  override name = 'Refused';

  constructor(readonly fields: FieldErrors) {
    super('Refused');
  }
}

/**
 * Where a failed operation's problem belongs: on a field of the form (a VALIDATION problem of
 * that field, or a code the form places on one of its fields) or, failing that, above the form.
 * Always in the SPA's words (errors.ts), never the raw text of an unexpected error.
 */
export function placeError(
  err: unknown,
  fieldOfCode: Partial<Record<string, string>>,
  fields: readonly string[],
): PlacedFailure {
  if (err instanceof Refused) return { fields: err.fields, message: null };
  const placed: FieldErrors = {};
  const unplaced: string[] = [];
  for (const p of fieldProblems(err)) {
    if (fields.includes(p.field)) placed[p.field] ??= p.message;
    else unplaced.push(p.message);
  }
  if (Object.keys(placed).length > 0 || unplaced.length > 0) {
    return { fields: placed, message: unplaced.length > 0 ? unplaced.join(' ') : null };
  }
  const code = err instanceof GraphQLRequestError ? err.code : null;
  const field = code !== null && Object.hasOwn(fieldOfCode, code) ? fieldOfCode[code] : undefined;
  if (field) return { fields: { [field]: errorMessage(err) }, message: null };
  return { fields: {}, message: errorMessage(err) };
}

// --- what the page announces -----------------------------------------------------------------

export function personLabel(p: { displayName: string; email: string }): string {
  return p.displayName === p.email ? p.email : `${p.displayName} (${p.email})`;
}

export function organisationAdded(name: string): string {
  return `${name} has been added to the list.`;
}

export function adminAdded(person: { displayName: string; email: string }, organisation: string, already: boolean): string {
  return already
    ? `${personLabel(person)} is already an admin of ${organisation}.`
    : `${personLabel(person)} is now an admin of ${organisation}, and can make requests for its employees.`;
}

export function adminRemoved(admin: Admin, organisation: string): string {
  return `${admin.name} is no longer an admin of ${organisation}.`;
}

export function personMoved(person: { displayName: string; email: string }, organisation: string | null): string {
  return organisation
    ? `${personLabel(person)} is now an employee of ${organisation}.`
    : `${personLabel(person)} is now an independent learner, no longer employed by an organisation.`;
}

/** "2 organisations." */
export function organisationCount(n: number): string {
  return n === 0 ? 'There are no organisations yet.' : n === 1 ? '1 organisation.' : `${n} organisations.`;
}

/** A fragment of an element id from an API ID (which is opaque, so kept to safe characters). */
export function idPart(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '_');
}
