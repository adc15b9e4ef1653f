import { useState, type FormEvent } from 'react';
import { request } from '../graphql';
import type { QueueSetupQuery as QueueSetupResult, RequestQueueQuery as RequestQueueResult } from '../gql/graphql';
import {
  days,
  formatDate,
  REQUEST_STATES,
  REQUEST_SUBMITTERS,
  REQUEST_TYPES,
  stateLabel,
  submitterLabel,
  typeLabel,
} from '../labels';
import { navigate, requestPath } from '../router';
import { Flags, Link, LoadError, Loading, PageHeading, StateBadge, useLoad, useTitle } from '../ui';
import {
  EMPTY_QUEUE_FILTER,
  queueFilterFromSearch,
  queueFilterToSearch,
  toQueueFilter,
  type QueueFilterValues,
} from './form';
import { nodesOf } from './MyRequests';
import { QueueSetupQuery, RequestQueueQuery } from './queries';

type QueueItem = NonNullable<NonNullable<NonNullable<RequestQueueResult['requestQueue']['edges']>[number]>['node']>;
type Setup = QueueSetupResult;
type Figures = Setup['requestFigures']['total'];

/** The staff queue: figures, filters (kept in the address) and open requests by due date. */
export function RequestQueue({ search }: { search: string }) {
  useTitle('Request queue');
  const applied = queueFilterFromSearch(search);
  const appliedKey = queueFilterToSearch(applied);
  const [setup, reloadSetup] = useLoad((signal) => request(QueueSetupQuery, {}, { signal }), []);
  const [queue, reloadQueue] = useLoad(
    (signal) =>
      request(RequestQueueQuery, { filter: toQueueFilter(applied) }, { signal }).then((d) => ({
        total: d.requestQueue.totalCount,
        items: nodesOf(d.requestQueue.edges),
      })),
    [appliedKey],
  );
  const organisations = setup.status === 'ready' ? nodesOf(setup.data.organisations.edges) : [];

  return (
    <>
      <PageHeading>Request queue</PageHeading>
      <p className="lead">Rights requests by due date, the most urgent first.</p>

      <section aria-labelledby="figures-heading" className="card">
        <h2 id="figures-heading">Figures</h2>
        {setup.status === 'loading' && <Loading>Loading the figures…</Loading>}
        {setup.status === 'error' && <LoadError error={setup.error} onRetry={reloadSetup} />}
        {setup.status === 'ready' && <FiguresPanel setup={setup.data} />}
      </section>

      <section aria-labelledby="filters-heading" className="card">
        <h2 id="filters-heading">Filters</h2>
        <FilterForm key={appliedKey} applied={applied} organisations={organisations} />
      </section>

      <section aria-labelledby="queue-heading">
        <h2 id="queue-heading">Requests</h2>
        {queue.status === 'loading' && <Loading>Loading the requests…</Loading>}
        {queue.status === 'error' && <LoadError error={queue.error} onRetry={reloadQueue} />}
        {queue.status === 'ready' && <QueueTable items={queue.data.items} total={queue.data.total} filtered={appliedKey !== ''} />}
      </section>
    </>
  );
}

export function FiguresPanel({ setup }: { setup: Setup }) {
  const total = setup.requestFigures.total;
  const byType = [...setup.requestFigures.byType].sort(
    (a, b) => REQUEST_TYPES.indexOf(a.type) - REQUEST_TYPES.indexOf(b.type),
  );
  return (
    <>
      <dl className="figures">
        <Figure label="Open" value={total.open} />
        <Figure label="Overdue" value={total.overdue} tone={total.overdue > 0 ? 'bad' : undefined} />
        <Figure label="Due soon" value={total.dueSoon} tone={total.dueSoon > 0 ? 'warn' : undefined} />
        <Figure label="Completed this month" value={total.completedThisMonth} />
        <Figure label="Median time to close" value={days(total.medianDaysToClose)} />
      </dl>
      {byType.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="by-type-caption" tabIndex={0}>
          <table className="table table--figures">
            <caption id="by-type-caption">By type of request</caption>
            <thead>
              <tr>
                <th scope="col">Type</th>
                <th scope="col">Open</th>
                <th scope="col">Overdue</th>
                <th scope="col">Due soon</th>
                <th scope="col">Completed this month</th>
                <th scope="col">Median time to close</th>
              </tr>
            </thead>
            <tbody>
              {byType.map(({ type, figures }) => (
                <FigureRow key={type} label={typeLabel(type)} f={figures} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function Figure({ label, value, tone }: { label: string; value: number | string; tone?: 'bad' | 'warn' }) {
  return (
    <div className={tone ? `figure figure--${tone}` : 'figure'}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function FigureRow({ label, f }: { label: string; f: Figures }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{f.open}</td>
      <td>{f.overdue}</td>
      <td>{f.dueSoon}</td>
      <td>{f.completedThisMonth}</td>
      <td>{days(f.medianDaysToClose)}</td>
    </tr>
  );
}

function FilterForm({ applied, organisations }: { applied: QueueFilterValues; organisations: Array<{ id: string; name: string }> }) {
  const [v, setV] = useState<QueueFilterValues>(applied);
  const set = <K extends keyof QueueFilterValues>(k: K, value: QueueFilterValues[K]) => setV((x) => ({ ...x, [k]: value }));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    navigate(`/staff/requests${queueFilterToSearch(v)}`);
  }

  function onReset() {
    setV(EMPTY_QUEUE_FILTER);
    navigate('/staff/requests');
  }

  return (
    <form className="filters" onSubmit={onSubmit} aria-describedby="filters-hint">
      <p className="hint filters__hint" id="filters-hint">
        Without a state, the queue shows open requests.
      </p>
      <div className="field">
        <label htmlFor="filter-type" className="label">
          Type
        </label>
        <select id="filter-type" className="select" value={v.type} onChange={(e) => set('type', e.target.value as QueueFilterValues['type'])}>
          <option value="">Any type</option>
          {REQUEST_TYPES.map((t) => (
            <option key={t} value={t}>
              {typeLabel(t)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-state" className="label">
          State
        </label>
        <select id="filter-state" className="select" value={v.state} onChange={(e) => set('state', e.target.value as QueueFilterValues['state'])}>
          <option value="">Any open state</option>
          {REQUEST_STATES.map((s) => (
            <option key={s} value={s}>
              {stateLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-submitter" className="label">
          Submitted by
        </label>
        <select
          id="filter-submitter"
          className="select"
          value={v.submittedBy}
          onChange={(e) => set('submittedBy', e.target.value as QueueFilterValues['submittedBy'])}
        >
          <option value="">Anyone</option>
          {REQUEST_SUBMITTERS.map((s) => (
            <option key={s} value={s}>
              {submitterLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-organisation" className="label">
          Organisation
        </label>
        <select
          id="filter-organisation"
          className="select"
          value={v.organisationID}
          onChange={(e) => set('organisationID', e.target.value)}
        >
          <option value="">Any organisation</option>
          {v.organisationID !== '' && !organisations.some((o) => o.id === v.organisationID) && (
            <option value={v.organisationID}>Organisation {v.organisationID}</option>
          )}
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field checkbox">
        <input id="filter-overdue" type="checkbox" checked={v.overdueOnly} onChange={(e) => set('overdueOnly', e.target.checked)} />
        <label htmlFor="filter-overdue">Overdue only</label>
      </div>
      <div className="form__actions filters__actions">
        <button type="submit" className="button">
          Show requests
        </button>
        <button type="button" className="button button--plain" onClick={onReset}>
          Clear filters
        </button>
      </div>
    </form>
  );
}

export function QueueTable({ items, total, filtered }: { items: QueueItem[]; total: number; filtered: boolean }) {
  if (items.length === 0) {
    return (
      <p className="callout">
        {filtered ? 'No requests match these filters.' : 'There are no open requests. Well done.'}
      </p>
    );
  }
  return (
    <>
      <p className="hint" id="queue-count">
        {total > items.length ? `Showing the first ${items.length} of ${total} requests.` : `${total} ${total === 1 ? 'request' : 'requests'}.`}
      </p>
      <div className="table-scroll" role="region" aria-label="Table of requests" tabIndex={0}>
        <table className="table table--queue" aria-describedby="queue-count">
          <thead>
            <tr>
              <th scope="col">Due</th>
              <th scope="col">Request</th>
              <th scope="col">State</th>
              <th scope="col">Received</th>
              <th scope="col">Submitted by</th>
              <th scope="col">Organisation</th>
            </tr>
          </thead>
          <tbody>
            {items.map((r) => (
              <tr key={r.id} className={r.overdue ? 'row--overdue' : undefined}>
                <td>
                  <span className="nowrap">{formatDate(r.dueAt)}</span>{' '}
                  {r.open && <Flags overdue={r.overdue} dueSoon={r.dueSoon} />}
                </td>
                <td>
                  <Link href={requestPath(r.id)}>
                    {typeLabel(r.type)}: {r.subject.displayName}
                  </Link>
                  {r.possiblyRepetitive && (
                    <>
                      {' '}
                      <Flags overdue={false} dueSoon={false} possiblyRepetitive />
                    </>
                  )}
                </td>
                <td>
                  <StateBadge state={r.state} />
                </td>
                <td className="nowrap">{formatDate(r.receivedAt)}</td>
                <td>{r.submittedBy ? (r.submittedBy.id === r.subject.id ? 'Themselves' : r.submittedBy.displayName) : '—'}</td>
                <td>{r.organisation?.name ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
