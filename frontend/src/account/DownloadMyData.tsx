import { useEffect, useRef, useState } from 'react';
import { errorCodeOf, errorMessage } from '../errors';
import { request } from '../graphql';
import { Contents } from '../requests/ExportPanel';
import { navigate, requestPath } from '../router';
import { Link, useAnnounce } from '../ui';
import { DownloadMyDataMutation } from './queries';

/**
 * "Download my data" on My account: one click records an access request that the portal
 * completes at once, and takes the person to its page, where the archive's progress shows
 * and, a minute later, its files and the download link.
 */
export function DownloadMyData() {
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ attempt: number; text: string; inProgress: boolean } | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);

  async function start() {
    if (busy) return;
    setBusy(true);
    try {
      const { downloadMyData } = await request(DownloadMyDataMutation);
      const path = requestPath(downloadMyData.id);
      announce('We are preparing a copy of your data. This page shows how far it has got.', { path });
      navigate(path);
    } catch (err) {
      setBusy(false);
      setProblem((p) => ({
        attempt: (p?.attempt ?? 0) + 1,
        text: errorMessage(err),
        inProgress: errorCodeOf(err) === 'EXPORT_IN_PROGRESS',
      }));
    }
  }

  return (
    <section aria-labelledby="download-heading" className="card download" id="download">
      <h2 id="download-heading">Download my data</h2>
      <p>
        Get a copy of everything we hold about you, as one ZIP file to keep or to take to another service. It is
        free, and ready in a minute or so.
      </p>
      <Contents />
      <p>
        The download link works for <strong>7 days</strong>; after that the file is deleted, and you can ask for a new
        one here. Only you can use the link, and every download is logged.
      </p>
      {problem && (
        <div key={problem.attempt} ref={problemRef} className="callout callout--error" role="alert" tabIndex={-1}>
          <p>{problem.text}</p>
          {problem.inProgress && (
            <p>
              You can follow it in <Link href="/requests">My requests</Link>: it is the newest access request.
            </p>
          )}
        </div>
      )}
      <button type="button" className="button" onClick={start} aria-disabled={busy || undefined}>
        {busy ? 'Starting…' : 'Download my data'}
      </button>
    </section>
  );
}
