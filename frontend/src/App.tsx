import type { ReactNode } from 'react';
import { canUsePlayground, roleLabel } from './roles';
import { useViewer, type Viewer, type ViewerState } from './useViewer';

export function App() {
  const { state, retry } = useViewer();
  return <Page state={state} onRetry={retry} />;
}

/** The whole page for one state; separate from data loading so tests can render it. */
export function Page({ state, onRetry }: { state: ViewerState; onRetry: () => void }) {
  return (
    <>
      <header className="site-header">
        <div className="container site-header__inner">
          <a className="brand" href="/">
            Learner Privacy Portal
          </a>
          {state.status === 'signedIn' && <SignOutForm />}
        </div>
      </header>
      <main id="main" className="container">
        <Content state={state} onRetry={onRetry} />
      </main>
    </>
  );
}

function Content({ state, onRetry }: { state: ViewerState; onRetry: () => void }) {
  switch (state.status) {
    case 'loading':
      return (
        <>
          <h1>Learner Privacy Portal</h1>
          <p role="status">Loading your account…</p>
        </>
      );
    case 'signedOut':
      return <SignedOut />;
    case 'signedIn':
      return <SignedIn viewer={state.viewer} />;
    case 'error':
      return (
        <>
          <h1>Something went wrong</h1>
          <p role="alert">{state.message}</p>
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        </>
      );
  }
}

function SignedOut() {
  return (
    <>
      <h1>Learner Privacy Portal</h1>
      <p className="lead">
        See the personal data your eLearning provider holds about you and use your rights under UK GDPR.
      </p>
      {/* A plain link: sign-in is a full-page redirect to the identity provider. */}
      <a className="button" href="/auth/login">
        Sign in
      </a>
    </>
  );
}

function SignedIn({ viewer }: { viewer: Viewer }) {
  return (
    <>
      <h1>Hello, {viewer.displayName}</h1>
      <section aria-labelledby="account-heading" className="card">
        <h2 id="account-heading">Your account</h2>
        <dl className="details">
          <Detail term="Name">{viewer.displayName}</Detail>
          <Detail term="Email">{viewer.email}</Detail>
          <Detail term="Role">{roleLabel(viewer.role)}</Detail>
          {viewer.organisation && <Detail term="Organisation">{viewer.organisation.name}</Detail>}
        </dl>
      </section>
      {canUsePlayground(viewer.role) && (
        <section aria-labelledby="staff-heading" className="card">
          <h2 id="staff-heading">Staff tools</h2>
          <p>
            <a href="/playground">GraphQL playground</a>: run queries against the portal&rsquo;s API as yourself.
          </p>
        </section>
      )}
    </>
  );
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="details__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
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
