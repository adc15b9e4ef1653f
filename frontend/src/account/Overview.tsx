import { ACCOUNT_PAGES, accountPath } from '../router';
import { Link, PageHeading, useTitle } from '../ui';
import type { Viewer } from '../useViewer';
import { AccountNav, ACCOUNT_PAGE_INFO } from './common';
import { DownloadMyData } from './DownloadMyData';

/** `/account`: what the account pages are for, one line each. */
export function AccountOverview({ viewer }: { viewer: Viewer }) {
  useTitle('My account');
  return (
    <>
      <AccountNav current="overview" />
      <PageHeading>My account</PageHeading>
      <p className="lead">
        See and manage everything we hold about you, {viewer.displayName}, without having to write to us.
      </p>
      <DownloadMyData />
      <ul className="account-pages">
        {ACCOUNT_PAGES.map((page) => (
          <li key={page} className="card account-pages__item">
            <h2 className="account-pages__title">
              <Link href={accountPath(page)}>{ACCOUNT_PAGE_INFO[page].title}</Link>
            </h2>
            <p>{ACCOUNT_PAGE_INFO[page].about}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
