import { request } from '../graphql';
import type { AccessFieldsFragment } from '../gql/graphql';
import { accessActorLabel, accessSummary, formatDateTime } from '../labels';
import { LoadError, Loading, PageHeading, useLoad, useTitle } from '../ui';
import { AccountNav, ACCOUNT_PAGE_INFO, PagedControls } from './common';
import { PAGE_SIZE } from './orders';
import { usePaged, type Connection } from './paging';
import { AccessLogQuery } from './queries';

function loadAccessPage(after: unknown, signal?: AbortSignal): Promise<Connection<AccessFieldsFragment>> {
  return request(AccessLogQuery, { first: PAGE_SIZE.access, after }, { signal }).then((d) => d.me.accessLog);
}

/** "Who accessed my data": the audit entries about the viewer made by anyone else, newest first. */
export function AccessLog() {
  const { title } = ACCOUNT_PAGE_INFO.access;
  useTitle(title);
  const [state, reload] = useLoad((signal) => loadAccessPage(null, signal), []);
  return (
    <>
      <AccountNav current="access" />
      <PageHeading>{title}</PageHeading>
      <p className="lead">
        Every time someone other than you looks at, changes or downloads your data, we record it. Here is that record,
        newest first.
      </p>
      {state.status === 'loading' && <Loading>Loading the record of who accessed your data…</Loading>}
      {state.status === 'error' && <LoadError error={state.error} onRetry={reload} />}
      {state.status === 'ready' && <AccessTable initial={state.data} />}
    </>
  );
}

/** The log a page at a time; exported for tests. */
export function AccessTable({ initial }: { initial: Connection<AccessFieldsFragment> }) {
  const paged = usePaged(initial, null, (after, _order, signal) => loadAccessPage(after, signal));
  const { list } = paged;
  if (list.nodes.length === 0) {
    return (
      <div className="callout">
        <p>Nobody else has looked at or changed your data yet.</p>
      </div>
    );
  }
  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby="access-caption" tabIndex={0}>
        <table className="table access-table">
          <caption id="access-caption">Who accessed your data</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What they did</th>
            </tr>
          </thead>
          <tbody>
            {list.nodes.map((e) => (
              <tr key={e.id}>
                <td className="nowrap">
                  <time dateTime={String(e.occurredAt)}>{formatDateTime(e.occurredAt)}</time>
                </td>
                <td>{accessActorLabel(e.actorRole, e.actorName, e.actorOrganisation?.name)}</td>
                <td>{accessSummary(e.action, e.entity, e.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PagedControls
        id="access"
        shown={list.nodes.length}
        total={list.total}
        noun={['entry', 'entries']}
        hasMore={list.hasMore}
        status={paged.status}
        error={paged.error}
        onMore={paged.loadMore}
        onRetry={paged.retry}
        moreLabel="Show older entries"
      />
    </>
  );
}
