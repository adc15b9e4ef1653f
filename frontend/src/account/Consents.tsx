import { useState } from 'react';
import { errorMessage } from '../errors';
import { request } from '../graphql';
import type { ConsentFieldsFragment, MyConsentsQuery as MyConsentsResult } from '../gql/graphql';
import {
  consentActorLabel,
  consentEventLabel,
  consentSourceLabel,
  consentStateLabel,
  consentStateTone,
  formatDate,
  formatDateTime,
  lawfulBasisLabel,
} from '../labels';
import { Link, LoadError, Loading, PageHeading, useLoad, useTitle } from '../ui';
import { AccountNav, ACCOUNT_PAGE_INFO, LiveMessage } from './common';
import {
  changeDoneMessage,
  changeLabel,
  consentItems,
  newestFirst,
  nextChange,
  type ConsentChange,
  type ConsentItem,
} from './consents';
import { GiveConsentMutation, MyConsentsQuery, ObjectMutation, WithdrawConsentMutation, WithdrawObjectionMutation } from './queries';

type Me = MyConsentsResult['me'];

/** "Consents and objections": give or withdraw consent, object or withdraw an objection, and see each history. */
export function Consents() {
  const { title } = ACCOUNT_PAGE_INFO.consents;
  useTitle(title);
  const [state, reload] = useLoad((signal) => request(MyConsentsQuery, {}, { signal }).then((d) => d.me), []);
  return (
    <>
      <AccountNav current="consents" />
      <PageHeading>{title}</PageHeading>
      <p className="lead">
        Some uses of your data need your consent, which you can give or withdraw at any time. Others rely on our
        legitimate interests, and you can object to them. Every change takes effect at once and is recorded.
      </p>
      {state.status === 'loading' && <Loading>Loading your consents…</Loading>}
      {state.status === 'error' && <LoadError error={state.error} onRetry={reload} />}
      {state.status === 'ready' && <ConsentsBody me={state.data} />}
    </>
  );
}

/** How the page changes a consent; replaced in tests. */
export type ConsentSender = (change: ConsentChange, purposeID: string) => Promise<ConsentFieldsFragment>;

const send: ConsentSender = (change, purposeID) => {
  switch (change) {
    case 'give':
      return request(GiveConsentMutation, { purposeID }).then((d) => d.giveConsent);
    case 'withdraw':
      return request(WithdrawConsentMutation, { purposeID }).then((d) => d.withdrawConsent);
    case 'object':
      return request(ObjectMutation, { purposeID }).then((d) => d.objectToProcessing);
    case 'withdrawObjection':
      return request(WithdrawObjectionMutation, { purposeID }).then((d) => d.withdrawObjection);
  }
};

/** The page body for loaded data; exported for tests. */
export function ConsentsBody({ me, sender = send }: { me: Me; sender?: ConsentSender }) {
  const purposes = me.dataHeld.flatMap((h) => h.purposes.map((p) => p.purpose));
  const [records, setRecords] = useState(me.consents ?? []);
  const items = consentItems(purposes, records);
  const replace = (c: ConsentFieldsFragment) =>
    setRecords((rs) => (rs.some((r) => r.purpose.id === c.purpose.id) ? rs.map((r) => (r.purpose.id === c.purpose.id ? c : r)) : [...rs, c]));

  return (
    <>
      <section aria-labelledby="consents-heading">
        <h2 id="consents-heading">Your consents</h2>
        <p>We use your data for these purposes only if you have given consent. Withdrawing it is as easy as giving it.</p>
        {items.consents.length === 0 ? (
          <p>Nothing we do with your data relies on your consent.</p>
        ) : (
          items.consents.map((item) => <PurposeCard key={item.purpose.id} item={item} sender={sender} onChanged={replace} />)
        )}
      </section>
      <section aria-labelledby="objections-heading">
        <h2 id="objections-heading">Objections</h2>
        <p>
          We use your data for these purposes because we have a legitimate interest in doing so. You have the right to
          object; when you do, we stop.
        </p>
        {items.objections.length === 0 ? (
          <p>There is nothing here you can object to.</p>
        ) : (
          items.objections.map((item) => <PurposeCard key={item.purpose.id} item={item} sender={sender} onChanged={replace} />)
        )}
        <p className="hint">
          To object to anything else, or to ask us to stop using your data altogether,{' '}
          <Link href="/requests/new?type=OBJECTION">make an objection request</Link>.
        </p>
      </section>
    </>
  );
}

function PurposeCard({
  item,
  sender,
  onChanged,
}: {
  item: ConsentItem;
  sender: ConsentSender;
  onChanged: (c: ConsentFieldsFragment) => void;
}) {
  const { purpose, consent } = item;
  const objection = purpose.lawfulBasis !== 'CONSENT';
  const change = nextChange(item);
  const { label, joiner } = changeLabel(change);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; tone: 'ok' | 'error'; key: number } | null>(null);
  const id = `purpose-${purpose.key}`;
  const history = newestFirst(consent?.history);
  const state = consent?.state ?? null;

  async function onClick() {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    try {
      const updated = await sender(change, purpose.id);
      onChanged(updated);
      setMessage({ text: changeDoneMessage(change, purpose.name), tone: 'ok', key: Date.now() });
    } catch (err) {
      setMessage({ text: errorMessage(err), tone: 'error', key: Date.now() });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="card purpose-card" id={id}>
      <h3 id={`${id}-heading`}>{purpose.name}</h3>
      <p>{purpose.description}</p>
      <p className="purpose-card__basis">
        Lawful basis: {lawfulBasisLabel(purpose.lawfulBasis)}
      </p>
      <p className="purpose-card__state">
        <span className="visually-hidden">Current choice: </span>
        <span className={`badge badge--${consentStateTone(state, objection)}`} data-testid="consent-state">
          {consentStateLabel(state, objection)}
        </span>
        {consent && (
          <span className="purpose-card__since">
            {' '}
            since {formatDate(consent.changedAt)}
            {consent.policyVersion && `, under privacy policy version ${consent.policyVersion.version}`}
          </span>
        )}
      </p>
      {/* One button whose words change with the state: it keeps focus after a change. */}
      <button type="button" className="button" onClick={onClick} aria-disabled={busy || undefined}>
        {busy ? 'Saving…' : label}
        {!busy && <span className="visually-hidden">{` ${joiner} ${purpose.name}`}</span>}
      </button>
      <LiveMessage message={message} />
      <h4 id={`${id}-history`}>History</h4>
      {history.length === 0 ? (
        <p className="hint">{objection ? 'You have never objected to this.' : 'You have not been asked for this consent yet.'}</p>
      ) : (
        <ol className="history" aria-labelledby={`${id}-history`}>
          {history.map((e) => (
            <li key={e.id} className="history__item">
              <span className="history__what">{consentEventLabel(e.kind)}</span>{' '}
              <time dateTime={String(e.occurredAt)}>{formatDateTime(e.occurredAt)}</time>
              <span className="history__meta">
                {consentActorLabel(e.actorRole)}, {consentSourceLabel(e.source)}
                {e.policyVersion ? `, under privacy policy version ${e.policyVersion.version}` : ''}.
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
