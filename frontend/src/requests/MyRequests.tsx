import { request } from '../graphql';
import type { MyRequestsQuery as MyRequestsResult } from '../gql/graphql';
import { formatDate, months, requestTitle } from '../labels';
import { requestPath } from '../router';
import { Detail, Flags, Link, LoadError, Loading, PageHeading, StateBadge, useLoad, useTitle } from '../ui';
import type { Viewer } from '../useViewer';
import { MyRequestsQuery } from './queries';

export type MyRequest = NonNullable<NonNullable<NonNullable<MyRequestsResult['myRequests']['edges']>[number]>['node']>;

/** The nodes of a connection, without the nulls GraphQL allows in it. */
export function nodesOf<T>(edges: ReadonlyArray<{ node: T | null } | null> | null | undefined): T[] {
  const out: T[] = [];
  for (const e of edges ?? []) if (e?.node) out.push(e.node);
  return out;
}

export function loadMyRequests(signal?: AbortSignal): Promise<MyRequest[]> {
  return request(MyRequestsQuery, {}, { signal }).then((d) => nodesOf(d.myRequests.edges));
}

/** "My requests": what the viewer asked for, and (for admins) what they asked for on employees' behalf. */
export function MyRequests({ viewer }: { viewer: Viewer }) {
  useTitle('My requests');
  const [state, reload] = useLoad((signal) => loadMyRequests(signal), []);
  const admin = viewer.role === 'EMPLOYER_ADMIN';

  return (
    <>
      <PageHeading>My requests</PageHeading>
      <p className="lead">
        {admin
          ? 'Requests you have made for your employees, and any about you, newest first.'
          : 'Requests you have made to use your data-protection rights, newest first.'}
      </p>
      <p>
        <Link className="button" href="/requests/new">
          Make a new request
        </Link>
      </p>
      {state.status === 'loading' && <Loading>Loading your requests…</Loading>}
      {state.status === 'error' && <LoadError error={state.error} onRetry={reload} />}
      {state.status === 'ready' &&
        (state.data.length === 0 ? (
          <div className="callout">
            <h2>No requests yet</h2>
            <p>
              When you make a request, it appears here with its due date and everything that happens to it.
              {' '}It is free, and we answer within one calendar month.
            </p>
          </div>
        ) : (
          <section aria-labelledby="request-list-heading">
            <h2 id="request-list-heading" className="visually-hidden">
              Your requests
            </h2>
            <RequestList requests={state.data} viewerId={viewer.id} />
          </section>
        ))}
    </>
  );
}

export function RequestList({ requests, viewerId }: { requests: MyRequest[]; viewerId: string }) {
  return (
    <ul className="request-list">
      {requests.map((r) => (
        <RequestItem key={r.id} r={r} viewerId={viewerId} />
      ))}
    </ul>
  );
}

function RequestItem({ r, viewerId }: { r: MyRequest; viewerId: string }) {
  const forOther = r.subject.id !== viewerId;
  return (
    <li className="card request-item">
      <div className="request-item__head">
        <h3 className="request-item__title">
          <Link href={requestPath(r.id)}>
            {requestTitle(r.type)}
            {forOther && ` for ${r.subject.displayName}`}
            <span className="visually-hidden">, received {formatDate(r.receivedAt)}</span>
          </Link>
        </h3>
        <StateBadge state={r.state} />
      </div>
      <dl className="details details--compact">
        {forOther && <Detail term="About">{r.subject.displayName}</Detail>}
        {!forOther && r.submitterName && <Detail term="Made for you by">{r.submitterName}</Detail>}
        <Detail term="Received">{formatDate(r.receivedAt)}</Detail>
        <Detail term="Due">
          {formatDate(r.dueAt)}
          {r.extensionMonths > 0 && ` (extended by ${months(r.extensionMonths)})`}
          {r.open && (r.overdue || r.dueSoon) && ' '}
          {r.open && <Flags overdue={r.overdue} dueSoon={r.dueSoon} />}
        </Detail>
        {r.closedAt != null && <Detail term="Closed">{formatDate(r.closedAt)}</Detail>}
      </dl>
    </li>
  );
}
