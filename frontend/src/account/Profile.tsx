import { useState, type FormEvent } from 'react';
import { errorMessage, isSignedOut } from '../errors';
import { fieldProblems, request } from '../graphql';
import type { LearningFieldsFragment, MyProfileQuery as MyProfileResult } from '../gql/graphql';
import { ErrorSummary, Field, LoadError, Loading, PageHeading, useLoad, useTitle } from '../ui';
import { AskForCorrection } from './AskForCorrection';
import { AccountNav, ACCOUNT_PAGE_INFO, LiveMessage, PagedList, Section } from './common';
import { LearningRecordDetails } from './MyData';
import { defaultOrder, LEARNING_ORDERS, PAGE_SIZE } from './orders';
import {
  certificateItem,
  changedProfileInput,
  PROFILE_GROUPS,
  PROFILE_LABELS,
  profileFieldOf,
  toProfileValues,
  type FieldSpec,
  type ProfileField,
  type ProfileValues,
} from './profileForm';
import { LearningPageQuery, MyProfileQuery, UpdateProfileMutation } from './queries';

type MyProfile = MyProfileResult['me'];

function loadProfile(signal: AbortSignal): Promise<MyProfile> {
  return request(MyProfileQuery, { learningOrder: defaultOrder(LEARNING_ORDERS) }, { signal }).then((d) => d.me);
}

/** "Correct my data": the profile edited in place, and corrections asked for what only we can change. */
export function ProfilePage() {
  const { title } = ACCOUNT_PAGE_INFO.profile;
  useTitle(title);
  const [state, reload] = useLoad((signal) => loadProfile(signal), []);
  return (
    <>
      <AccountNav current="profile" />
      <PageHeading>{title}</PageHeading>
      <p className="lead">
        You have the right to have wrong or incomplete data corrected. Change your details here; they are saved when
        you press “Save changes”.
      </p>
      {state.status === 'loading' && <Loading>Loading your details…</Loading>}
      {state.status === 'error' && <LoadError error={state.error} onRetry={reload} />}
      {state.status === 'ready' && <ProfileBody me={state.data} />}
    </>
  );
}

/** The page body for a loaded profile; exported for tests. */
export function ProfileBody({ me }: { me: MyProfile }) {
  return (
    <>
      <ProfileForm initial={toProfileValues(me.profile)} />
      <Section id="only-we" title="Details only we can correct">
        <p>
          Some details come from your sign-in account or from our records, so you cannot change them here. If one is
          wrong, ask us to correct it: this makes a correction request, which you can follow in My requests.
        </p>
        <h3 id="email-heading">Email address</h3>
        <p className="record__title">{me.email}</p>
        <p className="hint">This is the email address of your sign-in account.</p>
        <AskForCorrection id="correct-email" item="Email address" what="email address" subjectId={me.id} />
        <h3 id="certificates-heading">Courses and certificates</h3>
        <PagedList<LearningFieldsFragment, (typeof LEARNING_ORDERS)[number]['order']>
          id="certificates"
          labelledBy="certificates-heading"
          initial={me.learningRecords}
          orders={LEARNING_ORDERS}
          fetchPage={(after, orderBy, signal) =>
            request(LearningPageQuery, { first: PAGE_SIZE.learning, after, orderBy }, { signal }).then((d) => d.me.learningRecords)
          }
          noun={['course', 'courses']}
          moreLabel="Show more courses"
          empty="You have not registered for any courses, so we hold no certificates of yours."
          render={(r) => (
            <LearningRecordDetails r={r}>
              {r.certificateNumber && (
                <AskForCorrection
                  id={`correct-certificate-${r.id}`}
                  item={certificateItem(r.courseTitle, r.certificateNumber)}
                  what={`name on your ${r.courseTitle} certificate`}
                  subjectId={me.id}
                />
              )}
            </LearningRecordDetails>
          )}
        />
      </Section>
    </>
  );
}

type Problem = { attempt: number; message?: string; fields: Partial<Record<ProfileField, string>> };

function ProfileForm({ initial }: { initial: ProfileValues }) {
  const [saved, setSaved] = useState<ProfileValues>(initial);
  const [values, setValues] = useState<ProfileValues>(initial);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ text: string; tone: 'ok' | 'error'; key: number } | null>(null);
  const errors = problem?.fields ?? {};

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const attempt = (problem?.attempt ?? 0) + 1;
    const input = changedProfileInput(saved, values);
    if (Object.keys(input).length === 0) {
      setProblem(null);
      setResult({ text: 'You have not changed anything, so there was nothing to save.', tone: 'ok', key: attempt });
      return;
    }
    setBusy(true);
    setResult(null);
    try {
      const { updateProfile } = await request(UpdateProfileMutation, { input });
      const now = toProfileValues(updateProfile);
      setSaved(now);
      // Keep what the person is typing in fields they did not send; show the server's form of the rest (e.g. "SW1A 1AA").
      setValues((v) => {
        const next = { ...v };
        for (const k of Object.keys(input)) {
          const f = profileFieldOf(k);
          if (f) next[f] = now[f];
        }
        return next;
      });
      setProblem(null);
      setResult({ text: 'Your changes have been saved.', tone: 'ok', key: attempt });
    } catch (err) {
      const fields: Problem['fields'] = {};
      const unplaced: string[] = [];
      for (const p of fieldProblems(err)) {
        const f = profileFieldOf(p.field);
        if (f) fields[f] ??= p.message;
        else unplaced.push(p.message);
      }
      const message =
        unplaced.length > 0 ? unplaced.join(' ') : Object.keys(fields).length > 0 ? 'Nothing has been saved yet. Correct the answers below and save again.' : errorMessage(err);
      setProblem({ attempt, fields, message: isSignedOut(err) ? errorMessage(err) : message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form profile-form" aria-labelledby="profile-form-heading">
      <h2 id="profile-form-heading" className="visually-hidden">
        Your details
      </h2>
      {problem && <ErrorSummary key={problem.attempt} message={problem.message} fields={problem.fields} labels={PROFILE_LABELS} />}
      {PROFILE_GROUPS.map((g) => (
        <fieldset key={g.id} className="card fieldset">
          <legend className="fieldset__legend">{g.legend}</legend>
          {g.fields.map((f) => (
            <ProfileInput
              key={f.name}
              spec={f}
              value={values[f.name]}
              error={errors[f.name]}
              onChange={(v) => setValues((x) => ({ ...x, [f.name]: v }))}
            />
          ))}
        </fieldset>
      ))}
      <div className="form__actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Saving…' : 'Save changes'}
        </button>
      </div>
      <LiveMessage message={result} />
    </form>
  );
}

function ProfileInput({
  spec,
  value,
  error,
  onChange,
}: {
  spec: FieldSpec;
  value: string;
  error: string | undefined;
  onChange: (v: string) => void;
}) {
  const id = spec.name;
  const width = spec.width ? ` input--${spec.width}` : '';
  return (
    <Field id={id} label={spec.label} hint={spec.hint} error={error}>
      {(aria) =>
        spec.kind === 'list' ? (
          <textarea
            id={id}
            name={id}
            value={value}
            {...aria}
            className="textarea"
            rows={Math.min(6, Math.max(2, value.split('\n').length + 1))}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input
            id={id}
            name={id}
            value={value}
            {...aria}
            type={spec.kind === 'date' ? 'date' : spec.inputMode === 'tel' ? 'tel' : 'text'}
            className={`input${width}`}
            autoComplete={spec.autoComplete}
            spellCheck={spec.kind === 'text' && !spec.autoComplete ? undefined : false}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}
