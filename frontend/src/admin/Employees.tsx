import { useEffect, useId, useRef, useState } from 'react';
import { errorMessage } from '../errors';
import { request } from '../graphql';
import type { EmployeeOrderField, EmployeesQuery as EmployeesResult, OrderDirection } from '../gql/graphql';
import { formatDate } from '../labels';
import { Link, LoadError, Loading, PageHeading, useLoad, useTitle } from '../ui';
import { count } from './csv';
import { EmployeesQuery } from './queries';
import { loadSelection, saveSelection, toggleAll, type SelectedEmployee } from './selection';

type EmployeePage = NonNullable<EmployeesResult['me']['organisation']>['employees'];
type EmployeeRow = EmployeePage['rows'][number];

export const DIRECTORY_PAGE_SIZE = 25;
const SEARCH_DELAY_MS = 300;

/** Each column's first direction: names and emails A to Z, figures and dates highest or latest first. */
const FIRST_DIRECTION: Record<EmployeeOrderField, OrderDirection> = {
  NAME: 'ASC',
  EMAIL: 'ASC',
  OPEN_REQUESTS: 'DESC',
  LAST_ACTIVITY: 'DESC',
};

interface Order {
  field: EmployeeOrderField;
  direction: OrderDirection;
}

function loadPage(search: string, order: Order, after: string | null, signal?: AbortSignal) {
  return request(
    EmployeesQuery,
    { search: search || null, orderBy: order, first: DIRECTORY_PAGE_SIZE, after, withTotal: after === null },
    { signal },
  ).then((d) => ({ organisation: d.me.organisation?.name ?? null, page: d.me.organisation?.employees ?? null }));
}

/** A value that follows `value` once it has stopped changing for `ms`. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}

/** `/employees`: the employer admin's directory, to follow employees and choose whom to act for. */
export function Employees() {
  useTitle('Employees');
  const [typed, setTyped] = useState('');
  const search = useDebounced(typed.trim(), SEARCH_DELAY_MS);
  const [order, setOrder] = useState<Order>({ field: 'NAME', direction: 'ASC' });
  const [first, reload] = useLoad((signal) => loadPage(search, order, null, signal), [search, order.field, order.direction]);
  const [more, setMore] = useState<{ rows: EmployeeRow[]; endCursor: string; hasNextPage: boolean } | null>(null);
  const [moreState, setMoreState] = useState<{ busy: boolean; error: unknown }>({ busy: false, error: null });
  const [selected, setSelected] = useState<SelectedEmployee[]>(loadSelection);
  const countRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    setMore(null);
    setMoreState({ busy: false, error: null });
  }, [search, order.field, order.direction]);
  useEffect(() => saveSelection(selected), [selected]);

  // While another search or order loads, the table stays (busy) so focus stays on its sort button.
  const lastReady = useRef<Awaited<ReturnType<typeof loadPage>> | null>(null);
  if (first.status === 'ready') lastReady.current = first.data;
  const shown = first.status === 'ready' ? first.data : first.status === 'loading' ? lastReady.current : null;
  const updating = first.status === 'loading' && shown !== null;
  const page = shown?.page ?? null;
  const rows = page ? [...page.rows, ...(more?.rows ?? [])] : [];
  const hasNextPage = more ? more.hasNextPage : (page?.hasNextPage ?? false);
  const cursor = more ? more.endCursor : (page?.endCursor ?? '');

  async function loadMore() {
    if (moreState.busy) return;
    setMoreState({ busy: true, error: null });
    try {
      const next = await loadPage(search, order, cursor);
      if (next.page) {
        const np = next.page;
        setMore((m) => ({ rows: [...(m?.rows ?? []), ...np.rows], endCursor: np.endCursor, hasNextPage: np.hasNextPage }));
      }
      setMoreState({ busy: false, error: null });
      // Keyboard users stay in the list: the count says how many are shown now.
      countRef.current?.focus();
    } catch (error) {
      setMoreState({ busy: false, error });
    }
  }

  function sortBy(field: EmployeeOrderField) {
    setOrder((o) =>
      o.field === field ? { field, direction: o.direction === 'ASC' ? 'DESC' : 'ASC' } : { field, direction: FIRST_DIRECTION[field] },
    );
  }

  const asSelected = (r: EmployeeRow): SelectedEmployee => ({ id: r.userID, name: r.name, email: r.email });
  const selectedIds = new Set(selected.map((s) => s.id));
  const shownSelected = rows.filter((r) => selectedIds.has(r.userID)).length;

  return (
    <>
      <PageHeading>Employees</PageHeading>
      <p className="lead">
        {shown?.organisation ? `The current employees of ${shown.organisation}` : 'Your organisation’s current employees'}
        , with their open requests and latest activity. Choose people to make a request on their behalf.
      </p>
      <p>
        <Link href="/employees/request">Make a request from a list of email addresses</Link>
      </p>

      <form role="search" className="field" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="employee-search" className="label">
          Search by name or email
        </label>
        <input
          id="employee-search"
          className="input"
          type="search"
          autoComplete="off"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
      </form>

      <SelectionBar
        selected={selected}
        onClear={() => setSelected([])}
      />

      {first.status === 'loading' && !updating && <Loading>Loading employees…</Loading>}
      {first.status === 'error' && <LoadError error={first.error} onRetry={reload} />}
      {shown && page === null && (
        <div className="callout">
          <p>You are not the admin of an organisation, so there is no directory to show.</p>
        </div>
      )}
      <p ref={countRef} id="employees-count" className="paged__count" tabIndex={-1} aria-live="polite" aria-atomic="true">
        {page && page.totalCount != null && (page.totalCount === 0
          ? search
            ? `No employees match “${search}”.`
            : 'Your organisation has no current employees in the portal.'
          : `Showing ${rows.length} of ${count(page.totalCount, 'employee', 'employees')}${search ? ` matching “${search}”` : ''}.`)}
      </p>
      {page && rows.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="employees-caption" tabIndex={0} aria-busy={updating || undefined}>
          <table className="table employees-table" aria-describedby="employees-count">
            <caption id="employees-caption">Employees</caption>
            <thead>
              <tr>
                <th scope="col" className="employees-table__select">
                  <SelectAll
                    total={rows.length}
                    checked={shownSelected}
                    onChange={(on) => setSelected((s) => toggleAll(s, rows.map(asSelected), on))}
                  />
                </th>
                <SortHeader field="NAME" label="Name" order={order} onSort={sortBy} />
                <SortHeader field="EMAIL" label="Email" order={order} onSort={sortBy} />
                <SortHeader field="OPEN_REQUESTS" label="Open requests" order={order} onSort={sortBy} />
                <SortHeader field="LAST_ACTIVITY" label="Last activity" order={order} onSort={sortBy} />
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.userID}>
                  <td className="employees-table__select">
                    <input
                      type="checkbox"
                      id={`select-${r.userID}`}
                      className="row-check"
                      checked={selectedIds.has(r.userID)}
                      onChange={(e) => setSelected((s) => toggleAll(s, [asSelected(r)], e.target.checked))}
                      aria-label={`Select ${r.name}`}
                    />
                  </td>
                  <th scope="row">
                    {r.name}
                    {r.jobTitle && <span className="employees-table__job">{r.jobTitle}</span>}
                  </th>
                  <td className="employees-table__email">{r.email}</td>
                  <td>{r.openRequests}</td>
                  <td>{r.lastActivityAt ? formatDate(r.lastActivityAt) : 'None recorded'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page && hasNextPage && (
        <p>
          <button type="button" className="button button--secondary" onClick={loadMore} disabled={moreState.busy}>
            {moreState.busy ? 'Loading more…' : `Show ${DIRECTORY_PAGE_SIZE} more`}
          </button>
        </p>
      )}
      {moreState.error != null && (
        <p role="alert" className="form-error">
          {errorMessage(moreState.error)}
        </p>
      )}
    </>
  );
}

function SortHeader({
  field,
  label,
  order,
  onSort,
}: {
  field: EmployeeOrderField;
  label: string;
  order: Order;
  onSort: (f: EmployeeOrderField) => void;
}) {
  const active = order.field === field;
  const sort = active ? (order.direction === 'ASC' ? 'ascending' : 'descending') : undefined;
  return (
    <th scope="col" aria-sort={sort}>
      <button type="button" className="sort-button" onClick={() => onSort(field)}>
        {label}
        <span aria-hidden="true" className="sort-button__arrow">
          {active ? (order.direction === 'ASC' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

/** "Select all on this page": ticks every shown row; mixed when some are. */
function SelectAll({ total, checked, onChange }: { total: number; checked: number; onChange: (on: boolean) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = checked > 0 && checked < total;
  }, [checked, total]);
  return (
    <>
      <input
        ref={ref}
        id={id}
        type="checkbox"
        className="row-check"
        checked={total > 0 && checked === total}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id} className="visually-hidden">
        Select all on this page
      </label>
    </>
  );
}

function SelectionBar({
  selected,
  onClear,
}: {
  selected: SelectedEmployee[];
  onClear: () => void;
}) {
  return (
    <div className="selection-bar" role="region" aria-label="Selected employees">
      <p className="selection-bar__count" aria-live="polite" aria-atomic="true">
        {selected.length === 0 ? 'No employees selected.' : `${count(selected.length, 'employee', 'employees')} selected.`}
      </p>
      {selected.length > 0 && (
        <div className="selection-bar__actions">
          <Link className="button" href="/employees/request">
            Make a request for the selected employees
          </Link>
          <button type="button" className="button button--secondary" onClick={onClear}>
            Clear the selection
          </button>
        </div>
      )}
    </div>
  );
}
