import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useAccountPages, type AccountPagesState } from './account/load';
import { chunk, useChunk, type Chunk, type ChunkState } from './chunk';
import { MyRequests } from './requests/MyRequests';
import { NewRequest } from './requests/NewRequest';
import { RequestDetail } from './requests/RequestDetail';
import { canManageOrganisations, canUseEmployeeDirectory, canUsePlayground, canUseRequestQueue, roleLabel } from './roles';
import { matchRoute, useLocation, type Route } from './router';
import { AnnounceProvider, Detail, HeadingFocusPending, Link, LoadError, Loading, NoticeRegion, PageHeading, useTitle, type Notice } from './ui';
import { RefreshViewerProvider, useViewer, type Viewer, type ViewerState } from './useViewer';

export function App() {
  const { state, retry, refresh } = useViewer();
  return (
    <RefreshViewerProvider value={refresh}>
      <Page state={state} onRetry={retry} />
    </RefreshViewerProvider>
  );
}

/** The whole page for one state; separate from data loading so tests can render it. */
export function Page({ state, onRetry }: { state: ViewerState; onRetry: () => void }) {
  const { pathname, search } = useLocation();
  const route = matchRoute(pathname);
  const signedIn = state.status === 'signedIn' ? state.viewer : null;
  // Loaded in the background as soon as someone is signed in, so an account page rarely waits for it.
  const [accountPages, retryAccountPages] = useAccountPages(signedIn !== null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const nextNotice = useRef(1);
  const announce = useCallback((text: string, options?: { path?: string; focus?: boolean }) => {
    setNotice({ id: nextNotice.current++, text, path: options?.path ?? window.location.pathname, focus: options?.focus });
  }, []);

  // After an in-app navigation, move focus to the new page's heading, as a
  // full page load would put screen-reader and keyboard users at the top. A
  // page whose code is still loading has no heading yet: its PageHeading takes
  // focus when the code has arrived.
  const firstPath = useRef(pathname);
  const focusPending = useRef(false);
  useEffect(() => {
    // A notice belongs to one visit of its page: leaving the page ends it.
    setNotice((n) => (n && n.path !== pathname ? null : n));
    if (pathname === firstPath.current) return;
    firstPath.current = '';
    focusPending.current = true;
  }, [pathname]);
  useEffect(() => {
    if (!focusPending.current) return;
    const heading = document.getElementById('page-heading');
    if (heading) {
      focusPending.current = false;
      heading.focus();
    }
  }, [pathname]);

  return (
    <AnnounceProvider value={announce}>
      <HeadingFocusPending value={focusPending}>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <header className="site-header">
          <div className="container site-header__inner">
            <Link className="brand" href="/">
              Learner Privacy Portal
            </Link>
            {signedIn && <SignOutForm />}
          </div>
          {signedIn && <MainNav viewer={signedIn} route={route} />}
        </header>
        <main id="main" className="container" tabIndex={-1}>
          {signedIn?.mustReviewPolicy && !(route.name === 'account' && route.page === 'policy') && <PolicyBanner />}
          <NoticeRegion notice={notice} pathname={pathname} />
          <Content
            state={state}
            onRetry={onRetry}
            route={route}
            search={search}
            pathname={pathname}
            accountPages={accountPages}
            onRetryAccountPages={retryAccountPages}
          />
        </main>
      </HeadingFocusPending>
    </AnnounceProvider>
  );
}

/**
 * On every signed-in page while a privacy policy version is waiting for the
 * person's review (except the policy page itself, which asks for it in full).
 */
function PolicyBanner() {
  return (
    <section className="callout callout--warn policy-banner" aria-label="Privacy policy update">
      <p>
        <strong>We have updated our privacy policy.</strong> Please{' '}
        <Link href="/account/policy">read the new version and accept it</Link>.
      </p>
    </section>
  );
}

function MainNav({ viewer, route }: { viewer: Viewer; route: Route }) {
  const section =
    route.name === 'home'
      ? 'home'
      : route.name === 'account'
        ? 'account'
        : route.name === 'queue' || (route.name === 'request' && canUseRequestQueue(viewer.role))
        ? 'queue'
        : route.name === 'organisations'
        ? 'organisations'
        : route.name === 'employees' || route.name === 'employeesRequest'
        ? 'employees'
        : route.name === 'myRequests' || route.name === 'newRequest' || route.name === 'request'
          ? 'requests'
          : null;
  const item = (key: string, href: string, label: string) => (
    <li>
      <Link
        href={href}
        aria-current={
          section !== key
            ? undefined
            : route.name === 'request' || route.name === 'employeesRequest' || (route.name === 'account' && route.page !== 'overview')
              ? 'true'
              : 'page'
        }
      >
        {label}
      </Link>
    </li>
  );
  return (
    <nav aria-label="Main" className="main-nav">
      <ul className="container main-nav__list">
        {item('home', '/', 'Home')}
        {item('account', '/account', 'My account')}
        {item('requests', '/requests', 'My requests')}
        {canUseEmployeeDirectory(viewer.role) && item('employees', '/employees', 'Employees')}
        {canUseRequestQueue(viewer.role) && item('queue', '/staff/requests', 'Request queue')}
        {canManageOrganisations(viewer.role) && item('organisations', '/staff/organisations', 'Organisations')}
      </ul>
    </nav>
  );
}

function Content({
  state,
  onRetry,
  route,
  search,
  pathname,
  accountPages,
  onRetryAccountPages,
}: {
  state: ViewerState;
  onRetry: () => void;
  route: Route;
  search: string;
  pathname: string;
  accountPages: AccountPagesState;
  onRetryAccountPages: () => void;
}) {
  switch (state.status) {
    case 'loading':
      return (
        <>
          <PageHeading>Learner Privacy Portal</PageHeading>
          <p role="status">Loading your account…</p>
        </>
      );
    case 'signedOut':
      return <SignedOut returnTo={pathname === '/' ? '' : pathname + search} />;
    case 'signedIn':
      return (
        <SignedInPage
          viewer={state.viewer}
          route={route}
          search={search}
          accountPages={accountPages}
          onRetryAccountPages={onRetryAccountPages}
        />
      );
    case 'error':
      return (
        <>
          <PageHeading>Something went wrong</PageHeading>
          <p role="alert">{state.message}</p>
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        </>
      );
  }
}

const staffPages = chunk(() => import('./staff/StaffPages'));
const adminPages = chunk(() => import('./admin/AdminPages'));

/** A page from a chunk of its own, once it is there; `title` heads the page if loading fails. */
function FromChunk<M>({ pages, title, render }: { pages: Chunk<M>; title: string; render: (m: M) => ReactNode }) {
  const [state, retry] = useChunk(pages);
  return <ChunkPage state={state} onRetry={retry} title={title} render={render} />;
}

/** A page while its chunk loads, after the load failed (headed by `title`, with a retry), or rendered. */
function ChunkPage<M>({
  state,
  onRetry,
  title,
  render,
}: {
  state: ChunkState<M>;
  onRetry: () => void;
  title: string;
  render: (m: M) => ReactNode;
}) {
  switch (state.status) {
    case 'loading':
      return <Loading>Loading the page…</Loading>;
    case 'error':
      return (
        <>
          <PageHeading>{title}</PageHeading>
          <LoadError error={state.error} onRetry={onRetry} />
        </>
      );
    case 'ready':
      return render(state.module);
  }
}

function SignedInPage({
  viewer,
  route,
  search,
  accountPages,
  onRetryAccountPages,
}: {
  viewer: Viewer;
  route: Route;
  search: string;
  accountPages: AccountPagesState;
  onRetryAccountPages: () => void;
}) {
  switch (route.name) {
    case 'home':
      return <Home viewer={viewer} />;
    case 'myRequests':
      return <MyRequests viewer={viewer} />;
    case 'newRequest':
      return <NewRequest viewer={viewer} search={search} />;
    case 'request':
      return <RequestDetail key={route.id} id={route.id} viewer={viewer} />;
    case 'queue':
      return canUseRequestQueue(viewer.role) ? (
        <FromChunk pages={staffPages} title="Request queue" render={(m) => <m.RequestQueue search={search} />} />
      ) : (
        <StaffOnly title="Request queue" what="The request queue" />
      );
    case 'organisations':
      return canManageOrganisations(viewer.role) ? (
        <FromChunk pages={staffPages} title="Organisations" render={(m) => <m.Organisations />} />
      ) : (
        <StaffOnly title="Organisations" what="This page" />
      );
    case 'employees':
      return canUseEmployeeDirectory(viewer.role) ? (
        <FromChunk pages={adminPages} title="Employees" render={(m) => <m.Employees />} />
      ) : (
        <AdminOnly title="Employees" />
      );
    case 'employeesRequest':
      return canUseEmployeeDirectory(viewer.role) ? (
        <FromChunk pages={adminPages} title="Request for employees" render={(m) => <m.BulkRequest />} />
      ) : (
        <AdminOnly title="Request for employees" />
      );
    case 'account':
      return (
        <ChunkPage
          state={accountPages}
          onRetry={onRetryAccountPages}
          title="My account"
          render={(m) => <m.AccountPageFor page={route.page} viewer={viewer} />}
        />
      );
    case 'notFound':
      return <NotFound />;
  }
}

function SignedOut({ returnTo }: { returnTo: string }) {
  useTitle('');
  return (
    <>
      <PageHeading>Learner Privacy Portal</PageHeading>
      <p className="lead">
        See the personal data your eLearning provider holds about you and use your rights under UK GDPR.
      </p>
      {/* A plain link: sign-in is a full-page redirect to the identity provider. */}
      <a className="button" href={returnTo ? `/auth/login?return_to=${encodeURIComponent(returnTo)}` : '/auth/login'}>
        Sign in
      </a>
    </>
  );
}

function Home({ viewer }: { viewer: Viewer }) {
  useTitle('');
  return (
    <>
      <PageHeading>Hello, {viewer.displayName}</PageHeading>
      <section aria-labelledby="account-heading" className="card">
        <h2 id="account-heading">Your account</h2>
        <dl className="details">
          <Detail term="Name">{viewer.displayName}</Detail>
          <Detail term="Email">{viewer.email}</Detail>
          <Detail term="Role">{roleLabel(viewer.role)}</Detail>
          {viewer.organisation && <Detail term="Organisation">{viewer.organisation.name}</Detail>}
        </dl>
      </section>
      <section aria-labelledby="data-heading" className="card">
        <h2 id="data-heading">Your data and choices</h2>
        <p>See what we hold about you and why, correct it, and choose what we may send you and what you consent to.</p>
        <p className="actions">
          <Link className="button" href="/account/data">
            See my data
          </Link>
          <Link href="/account">My account</Link>
        </p>
      </section>
      <section aria-labelledby="rights-heading" className="card">
        <h2 id="rights-heading">Your rights</h2>
        <p>
          {viewer.role === 'EMPLOYER_ADMIN'
            ? 'Ask for a copy of an employee’s data, or to correct, delete or stop using it, on their behalf.'
            : 'Ask for a copy of your data, or ask us to correct, delete or stop using it. It is free, and we answer within one calendar month.'}
        </p>
        <p className="actions">
          <Link className="button" href="/requests/new">
            Make a request
          </Link>
          <Link href="/requests">See your requests</Link>
        </p>
      </section>
      {canUsePlayground(viewer.role) && (
        <section aria-labelledby="staff-heading" className="card">
          <h2 id="staff-heading">Staff tools</h2>
          <p>
            <Link href="/staff/requests">Request queue</Link>: every open rights request, soonest due first.
          </p>
          <p>
            <Link href="/staff/organisations">Organisations</Link>: corporate customers, their employer admins and
            employees.
          </p>
          <p>
            <a href="/playground">GraphQL playground</a>: run queries against the portal&rsquo;s API as yourself.
          </p>
        </section>
      )}
    </>
  );
}

function StaffOnly({ title, what }: { title: string; what: string }) {
  useTitle(title);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <div className="callout">
        <p>{what} is for provider staff only.</p>
        <p>
          You can follow your own requests in <Link href="/requests">My requests</Link>.
        </p>
      </div>
    </>
  );
}

function AdminOnly({ title }: { title: string }) {
  useTitle(title);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <div className="callout">
        <p>This page is for employer admins: they make requests on behalf of their organisation’s employees.</p>
        <p>
          You can follow your own requests in <Link href="/requests">My requests</Link>.
        </p>
      </div>
    </>
  );
}

function NotFound() {
  useTitle('Page not found');
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <p>There is no page at this address. Check it, or go back to the <Link href="/">home page</Link>.</p>
    </>
  );
}

/** A real form POST so the server can clear the HttpOnly session cookie and redirect. */
function SignOutForm() {
  return (
    <form method="post" action="/auth/logout">
      <button type="submit" className="button button--secondary">
        Sign out
      </button>
    </form>
  );
}
