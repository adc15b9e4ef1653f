import { useReducer, useRef, useState } from 'react';
import { errorMessage } from '../errors';
import { request } from '../graphql';
import type { MyPreferencesQuery as MyPreferencesResult } from '../gql/graphql';
import { CHANNELS, channelLabel, isServiceTopic, preferenceLabel, topicAbout, topicLabel, TOPICS } from '../labels';
import { Link, LoadError, Loading, PageHeading, useLoad, useTitle } from '../ui';
import { AccountNav, ACCOUNT_PAGE_INFO, LiveMessage } from './common';
import {
  cellKey,
  channelOf,
  gridReducer,
  initialGrid,
  isPending,
  MARKETING_CELLS,
  marketingOn,
  topicOf,
  type CellKey,
  type Preference,
} from './grid';
import { MyPreferencesQuery, SetPreferenceMutation, UnsubscribeAllMutation } from './queries';

type Prefs = MyPreferencesResult['me']['communicationPreferences'];

/** "Communication preferences": channels × topics, each change saved at once. */
export function Preferences() {
  const { title } = ACCOUNT_PAGE_INFO.preferences;
  useTitle(title);
  const [state, reload] = useLoad((signal) => request(MyPreferencesQuery, {}, { signal }).then((d) => d.me.communicationPreferences), []);
  return (
    <>
      <AccountNav current="preferences" />
      <PageHeading>{title}</PageHeading>
      <p className="lead">
        Choose what we may send you, and how. Each change takes effect straight away, and we keep a record of it.
      </p>
      {state.status === 'loading' && <Loading>Loading your preferences…</Loading>}
      {state.status === 'error' && <LoadError error={state.error} onRetry={reload} />}
      {state.status === 'ready' && <PreferenceGrid prefs={state.data} />}
    </>
  );
}

/** How the grid talks to the server; replaced in tests. */
export interface PreferenceApi {
  set: (key: CellKey, enabled: boolean) => Promise<Preference>;
  unsubscribeAll: () => Promise<Preference[]>;
}

const serverApi: PreferenceApi = {
  set: (key, enabled) =>
    request(SetPreferenceMutation, { channel: channelOf(key), topic: topicOf(key), enabled }).then((d) => d.setCommunicationPreference),
  unsubscribeAll: () => request(UnsubscribeAllMutation, {}).then((d) => d.unsubscribeFromAllMarketing),
};

type Message = { text: string; tone: 'ok' | 'error'; key: number };

/** The grid with optimistic changes: a change shows at once and is undone, saying so, if the server refuses it. */
export function PreferenceGrid({ prefs, api = serverApi }: { prefs: Prefs; api?: PreferenceApi }) {
  const [state, dispatch] = useReducer(gridReducer, prefs, initialGrid);
  const seq = useRef(0);
  const [message, setMessage] = useState<Message | null>(null);
  const [unsubscribing, setUnsubscribing] = useState(false);

  async function change(key: CellKey, enabled: boolean) {
    const s = ++seq.current;
    const label = preferenceLabel(channelOf(key), topicOf(key));
    dispatch({ type: 'change', keys: [key], enabled, seq: s });
    try {
      const saved = await api.set(key, enabled);
      dispatch({ type: 'confirm', keys: [key], prefs: [saved], seq: s });
      setMessage({ text: `Saved: ${label} ${saved.enabled ? 'switched on' : 'switched off'}.`, tone: 'ok', key: s });
    } catch (err) {
      dispatch({ type: 'rollback', keys: [key], seq: s });
      setMessage({
        text: `${label} could not be switched ${enabled ? 'on' : 'off'}, so it is ${enabled ? 'off' : 'on'} again. ${errorMessage(err)}`,
        tone: 'error',
        key: s,
      });
    }
  }

  async function unsubscribeAll() {
    if (unsubscribing) return;
    const s = ++seq.current;
    const wereOn = marketingOn(state.shown);
    setUnsubscribing(true);
    dispatch({ type: 'change', keys: MARKETING_CELLS, enabled: false, seq: s });
    try {
      const saved = await api.unsubscribeAll();
      dispatch({ type: 'confirm', keys: MARKETING_CELLS, prefs: saved, seq: s });
      setMessage({
        text:
          wereOn.length > 0
            ? 'You have been unsubscribed from all marketing. We will still send service messages about your courses and account.'
            : 'You were already unsubscribed from all marketing. We will still send service messages about your courses and account.',
        tone: 'ok',
        key: s,
      });
    } catch (err) {
      dispatch({ type: 'rollback', keys: MARKETING_CELLS, seq: s });
      setMessage({
        text: `We could not unsubscribe you, so your choices are as they were. ${errorMessage(err)}`,
        tone: 'error',
        key: s,
      });
    } finally {
      setUnsubscribing(false);
    }
  }

  return (
    <>
      <section aria-labelledby="unsubscribe-heading" className="card">
        <h2 id="unsubscribe-heading">Stop all marketing</h2>
        <p>One click switches off every newsletter, invitation, survey and partner offer, on every channel.</p>
        <button type="button" className="button" onClick={unsubscribeAll} aria-disabled={unsubscribing || undefined}>
          {unsubscribing ? 'Unsubscribing…' : 'Unsubscribe from all marketing'}
        </button>
      </section>

      <section aria-labelledby="grid-heading">
        <h2 id="grid-heading">What we may send you, and how</h2>
        <p id="service-explanation" className="callout callout--info">
          <strong>Service messages are always on.</strong> Joining instructions, certificates and messages about your
          account are part of our contract with you, so they cannot be switched off.
        </p>
        <LiveMessage message={message} id="preference-result" />
        <div className="table-scroll" role="region" aria-labelledby="grid-caption" tabIndex={0}>
          <table className="table pref-grid">
            <caption id="grid-caption">Communication preferences by topic and channel</caption>
            <thead>
              <tr>
                <th scope="col">Topic</th>
                {CHANNELS.map((c) => (
                  <th scope="col" key={c} className="pref-grid__channel">
                    {channelLabel(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {TOPICS.map((t) => {
                const service = isServiceTopic(t);
                return (
                  <tr key={t} className={service ? 'pref-grid__service' : undefined}>
                    <th scope="row">
                      <span className="pref-grid__topic">{topicLabel(t)}</span>
                      <span className="pref-grid__about">{service ? 'Always on.' : topicAbout(t)}</span>
                    </th>
                    {CHANNELS.map((c) => {
                      const key = cellKey(c, t);
                      const id = `pref-${c.toLowerCase()}-${t.toLowerCase()}`;
                      return (
                        <td key={c} className="pref-grid__cell">
                          <label htmlFor={id} className="pref-grid__label">
                            <input
                              id={id}
                              type="checkbox"
                              checked={state.shown[key]}
                              disabled={service}
                              aria-describedby={service ? 'service-explanation' : undefined}
                              data-pending={isPending(state, key) || undefined}
                              onChange={(e) => void change(key, e.target.checked)}
                            />
                            <span className="visually-hidden">{preferenceLabel(c, t)}</span>
                          </label>
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className="hint">
          Marketing that uses your data in other ways, such as sharing it with partners, needs your consent: see{' '}
          <Link href="/account/consents">Consents and objections</Link>.
        </p>
      </section>
    </>
  );
}
