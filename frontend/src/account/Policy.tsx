import { useState } from 'react';
import { errorMessage } from '../errors';
import { request } from '../graphql';
import type { MyPolicyQuery as MyPolicyResult } from '../gql/graphql';
import { formatDate, formatDateTime } from '../labels';
import { LoadError, Loading, PageHeading, useAnnounce, useLoad, useTitle } from '../ui';
import { useRefreshViewer } from '../useViewer';
import { AccountNav, ACCOUNT_PAGE_INFO, LiveMessage, Section } from './common';
import { Markdown } from './markdown';
import { AcceptPolicyMutation, MyPolicyQuery } from './queries';

type PolicyData = MyPolicyResult;
type Version = PolicyData['policyVersions'][number];

/** "Privacy policy": the current version, earlier ones, and what the person accepted and when. */
export function Policy() {
  const { title } = ACCOUNT_PAGE_INFO.policy;
  useTitle(title);
  const refreshViewer = useRefreshViewer();
  const [state, reload] = useLoad((signal) => request(MyPolicyQuery, {}, { signal }), []);
  return (
    <>
      <AccountNav current="policy" />
      <PageHeading>{title}</PageHeading>
      <p className="lead">How we use your personal data, and your rights. When we change it, we ask you to read the new version.</p>
      {state.status === 'loading' && <Loading>Loading the privacy policy…</Loading>}
      {state.status === 'error' && <LoadError error={state.error} onRetry={reload} />}
      {state.status === 'ready' && (
        <PolicyBody
          data={state.data}
          onAccepted={() => {
            reload();
            refreshViewer();
          }}
        />
      )}
    </>
  );
}

/** Published versions, newest first (the API's order, made sure of). */
export function byNewest(versions: ReadonlyArray<Version>): Version[] {
  const t = (v: Version) => (typeof v.publishedAt === 'string' ? Date.parse(v.publishedAt) : 0) || 0;
  return [...versions].sort((a, b) => t(b) - t(a));
}

/** The page body for loaded data; exported for tests. */
export function PolicyBody({
  data,
  onAccepted,
  accept = (versionID: string) => request(AcceptPolicyMutation, { versionID }).then((d) => d.acceptPolicy),
}: {
  data: PolicyData;
  onAccepted: () => void;
  accept?: (versionID: string) => Promise<unknown>;
}) {
  const versions = byNewest(data.policyVersions);
  const [current, ...earlier] = versions;
  const acceptances = [...(data.me.policyAcceptances ?? [])].sort(
    (a, b) => (Date.parse(String(b.acceptedAt)) || 0) - (Date.parse(String(a.acceptedAt)) || 0),
  );
  const acceptedAt = new Map(acceptances.map((a) => [a.policyVersion.id, a.acceptedAt]));
  if (!current) return <p>We have not published a privacy policy yet.</p>;
  const mustAccept = data.me.mustReviewPolicy && !acceptedAt.has(current.id);

  return (
    <>
      {mustAccept && (
        <div className="callout callout--warn" id="review">
          <h2 className="callout__title">Please read the new version</h2>
          <p>
            We published version {current.version} on {formatDate(current.publishedAt)}. Please read it below:{' '}
            <a href="#accept">the button to accept it</a> is at the end of the text.
          </p>
        </div>
      )}
      <Section id="current-policy" title={`Version ${current.version} (current)`}>
        <p className="hint">
          Published {formatDate(current.publishedAt)}.{' '}
          {acceptedAt.has(current.id)
            ? `You accepted it on ${formatDateTime(acceptedAt.get(current.id))}.`
            : 'You have not accepted it yet.'}
        </p>
        {current.summary && (
          <p>
            <strong>What changed:</strong> {current.summary}
          </p>
        )}
        <article className="policy-text" aria-label={`${current.title}, version ${current.version}`}>
          <Markdown source={current.body} headingOffset={2} />
        </article>
        {mustAccept && <AcceptForm version={current} accept={accept} onAccepted={onAccepted} />}
      </Section>

      <Section id="accepted" title="What you have accepted">
        {acceptances.length === 0 ? (
          <p>You have not accepted any version yet.</p>
        ) : (
          <ul className="plain-list">
            {acceptances.map((a) => (
              <li key={a.id}>
                Version {a.policyVersion.version}: accepted{' '}
                <time dateTime={String(a.acceptedAt)}>{formatDateTime(a.acceptedAt)}</time>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="earlier" title="Earlier versions">
        {earlier.length === 0 ? (
          <p>There are no earlier versions.</p>
        ) : (
          earlier.map((v) => (
            <details key={v.id} className="policy-version">
              <summary>
                Version {v.version}, published {formatDate(v.publishedAt)}
                {acceptedAt.has(v.id) && ` (you accepted it on ${formatDate(acceptedAt.get(v.id))})`}
              </summary>
              {v.summary && <p className="hint">{v.summary}</p>}
              <article className="policy-text" aria-label={`${v.title}, version ${v.version}`}>
                <Markdown source={v.body} headingOffset={2} />
              </article>
            </details>
          ))
        )}
      </Section>
    </>
  );
}

function AcceptForm({
  version,
  accept,
  onAccepted,
}: {
  version: Version;
  accept: (versionID: string) => Promise<unknown>;
  onAccepted: () => void;
}) {
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ text: string; tone: 'error'; key: number } | null>(null);

  async function onClick() {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await accept(version.id);
      // The button goes with the banner: the notice takes focus so nobody is left nowhere.
      announce(`Thank you: you have accepted version ${version.version} of the privacy policy.`, { focus: true });
      onAccepted();
    } catch (err) {
      setFailure({ text: errorMessage(err), tone: 'error', key: Date.now() });
      setBusy(false);
    }
  }

  return (
    <div className="accept" id="accept">
      <p>By accepting, you confirm that you have read version {version.version}.</p>
      <button type="button" className="button" onClick={onClick} aria-disabled={busy || undefined}>
        {busy ? 'Saving…' : `Accept version ${version.version}`}
      </button>
      <LiveMessage message={failure} />
    </div>
  );
}
