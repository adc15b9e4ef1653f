import { formatDate, formatDateAtTime } from '../labels';
import { Link } from '../ui';
import { exportPercent, exportStatusText, formatBytes, shortHash } from './outcome';
import type { RequestDetails } from './RequestDetail';

type Archive = NonNullable<RequestDetails['exportArchive']>;

/** The archive's list of files, which lists every other file but not itself. */
const MANIFEST = 'manifest.json';

/**
 * The copy of the data of an access or portability request: its progress while the portal
 * builds it (the page checks every 1.5 s), then its files and the download link until it
 * expires. `self`: the viewer is the person the data is about.
 */
export function ExportPanel({
  r,
  self,
  staff,
  onCheckAgain,
}: {
  r: RequestDetails;
  self: boolean;
  staff: boolean;
  onCheckAgain: () => void;
}) {
  const archive = r.exportArchive ?? null;
  if (!archive && !r.open && r.state !== 'COMPLETED') return null;
  return (
    <section aria-labelledby="export-heading" className="card" id="export">
      <h2 id="export-heading">{self ? 'Your copy of the data' : 'The copy of the data'}</h2>
      {/* The state in words, always in the page, so that screen readers hear it change. */}
      <div className="live-message" aria-live="polite" aria-atomic="true">
        {archive && <p className="export__status">{exportStatusText(archive.state)}</p>}
      </div>
      {archive ? (
        <ArchiveState archive={archive} self={self} staff={staff} onCheckAgain={onCheckAgain} />
      ) : r.open ? (
        <p>
          When we complete the request, the portal prepares a copy of the data here, as one ZIP file to download. We
          email {self ? 'you' : 'the requester'} when it is ready.
        </p>
      ) : (
        <>
          <p>There is no download for this request: it was answered another way, before downloads were available here.</p>
          <NewCopy self={self} />
        </>
      )}
    </section>
  );
}

function ArchiveState({
  archive,
  self,
  staff,
  onCheckAgain,
}: {
  archive: Archive;
  self: boolean;
  staff: boolean;
  onCheckAgain: () => void;
}) {
  switch (archive.state) {
    case 'PENDING':
    case 'BUILDING':
      return <Progress archive={archive} />;
    case 'READY':
      return <Ready archive={archive} staff={staff} />;
    case 'FAILED':
      return (
        <div className="callout callout--warn">
          <p>
            Something went wrong while preparing the copy. The portal is trying again by itself; this can take a few
            minutes. Nothing needs to be done{self ? ' on your side' : ''}.
          </p>
          <button type="button" className="button button--plain" onClick={onCheckAgain}>
            Check again
          </button>
        </div>
      );
    case 'EXPIRED':
      return (
        <>
          <p>
            The download link expired{archive.expiresAt ? ` on ${formatDateAtTime(archive.expiresAt)}` : ''}, and the
            file has been deleted so that the data does not stay on our servers longer than needed.
          </p>
          <NewCopy self={self} />
        </>
      );
  }
}

function Progress({ archive }: { archive: Archive }) {
  const percent = exportPercent(archive);
  const waiting = archive.state === 'PENDING';
  return (
    <>
      <div className="progress">
        <div
          className="progress__track"
          role="progressbar"
          aria-label="Preparing the copy of the data"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={waiting ? 'Waiting to start' : `${percent}% done`}
        >
          <div className="progress__bar" style={{ width: `${percent}%` }} />
        </div>
        <p className="progress__text" aria-hidden="true">
          {waiting ? 'Waiting to start' : `${percent}%`}
        </p>
      </div>
      <p className="hint">
        This page updates by itself. You can also leave it: we send an email when the copy is ready to download.
      </p>
    </>
  );
}

function Ready({ archive, staff }: { archive: Archive; staff: boolean }) {
  const size = formatBytes(archive.sizeBytes);
  return (
    <>
      {archive.downloadURL ? (
        <>
          <p>
            Ready since {formatDate(archive.readyAt)}. The link works until{' '}
            <strong>{formatDateAtTime(archive.expiresAt)}</strong>; after that the file is deleted.
          </p>
          <p className="actions">
            {/* A plain link, not an in-app one: the server answers with the ZIP as an attachment. */}
            <a className="button" href={archive.downloadURL} download>
              Download the ZIP file{size && ` (${size})`}
            </a>
          </p>
        </>
      ) : (
        <p>
          The copy is ready until {formatDateAtTime(archive.expiresAt)}.{' '}
          {staff ? 'Only the requester can download it; every download is logged.' : 'The download link is for the requester only.'}
        </p>
      )}
      <Contents />
      <h3 id="export-files-heading">Files in the archive</h3>
      <div className="table-scroll">
        <table className="table files-table" aria-labelledby="export-files-heading">
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Size</th>
              <th scope="col">SHA-256</th>
            </tr>
          </thead>
          <tbody>
            {archive.files.map((f) => (
              <tr key={f.name}>
                <th scope="row" className="files-table__name">
                  {f.name}
                </th>
                <td className="nowrap">{formatBytes(f.size)}</td>
                <td>
                  <Hash value={f.sha256} of={f.name} />
                </td>
              </tr>
            ))}
            {!archive.files.some((f) => f.name === MANIFEST) && (
              <tr>
                <th scope="row" className="files-table__name">
                  {MANIFEST}
                </th>
                <td colSpan={2} className="muted">
                  The list of the files above with their checksums (it cannot hold its own).
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {archive.sha256 && (
        <p className="hint">
          SHA-256 of the whole ZIP file: <Hash value={archive.sha256} of="the ZIP file" />
        </p>
      )}
    </>
  );
}

/** What the ZIP holds, in words; the same on the account page's "Download my data". */
export function Contents() {
  return (
    <>
      <h3>What it contains</h3>
      <ul className="plain-list contents-list">
        <li>
          <code>data.json</code>: all the data in one file, described by a JSON Schema (<code>data.schema.json</code>),
          for another service to read;
        </li>
        <li>one CSV file per table (in the <code>csv</code> folder), to open in a spreadsheet;</li>
        <li>
          <code>index.html</code>: the same data as a page to read in a browser;
        </li>
        <li>
          <code>manifest.json</code>: every file with its SHA-256 checksum, to check that nothing was changed.
        </li>
      </ul>
    </>
  );
}

/**
 * A SHA-256 shortened to its ends; the full value one click (or Enter) away, selectable to
 * copy. Screen readers hear what it is the checksum of, and not all 64 digits until asked.
 */
function Hash({ value, of }: { value: string; of: string }) {
  if (!value) return <span className="muted">Not available</span>;
  return (
    <details className="hash">
      <summary>
        <code>{shortHash(value)}</code>
        <span className="visually-hidden"> (show the full SHA-256 of {of})</span>
      </summary>
      <code className="hash__full">{value}</code>
    </details>
  );
}

function NewCopy({ self }: { self: boolean }) {
  return self ? (
    <p>
      To get a new copy, use <Link href="/account">Download my data</Link> on My account: it is ready in a minute or
      two.
    </p>
  ) : (
    <p>
      To get a new copy, <Link href="/requests/new?type=ACCESS">make a new access request</Link>.
    </p>
  );
}
