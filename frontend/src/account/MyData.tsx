import type { ReactNode } from 'react';
import { request } from '../graphql';
import type {
  ActivityFieldsFragment,
  DataCategory,
  FinancialFieldsFragment,
  LearningFieldsFragment,
  MyDataQuery as MyDataResult,
  NotificationFieldsFragment,
  SurveyFieldsFragment,
} from '../gql/graphql';
import {
  accountStatusLabel,
  activityLabel,
  categoryAbout,
  categoryLabel,
  CHANNELS,
  consentStateLabel,
  DATA_CATEGORIES,
  financialKindLabel,
  formatCalendarDate,
  formatDate,
  formatDateTime,
  formatMoney,
  hours,
  learningStatusLabel,
  notificationStatusLabel,
  preferenceLabel,
  TOPICS,
} from '../labels';
import { Detail, Link, LoadError, Loading, PageHeading, useLoad, useTitle } from '../ui';
import { AccountNav, ACCOUNT_PAGE_INFO, Basis, PagedList, Section } from './common';
import { addressLines, describeUserAgent, listOf } from './format';
import { cellKey, toGrid } from './grid';
import {
  ACTIVITY_ORDERS,
  defaultOrder,
  FINANCIAL_ORDERS,
  LEARNING_ORDERS,
  NOTIFICATION_ORDERS,
  PAGE_SIZE,
  SURVEY_ORDERS,
} from './orders';
import type { Connection } from './paging';
import {
  ActivityPageQuery,
  FinancialPageQuery,
  LearningPageQuery,
  MyDataQuery,
  NotificationPageQuery,
  SurveyPageQuery,
} from './queries';

export type MyDataMe = MyDataResult['me'];
type Held = MyDataMe['dataHeld'][number];

export function loadMyData(signal?: AbortSignal): Promise<MyDataMe> {
  return request(
    MyDataQuery,
    {
      activityOrder: defaultOrder(ACTIVITY_ORDERS),
      learningOrder: defaultOrder(LEARNING_ORDERS),
      financialOrder: defaultOrder(FINANCIAL_ORDERS),
      surveyOrder: defaultOrder(SURVEY_ORDERS),
      notificationOrder: defaultOrder(NOTIFICATION_ORDERS),
    },
    { signal },
  ).then((d) => d.me);
}

/** "My data": every category held about the viewer, each with why, on which basis and until when. */
export function MyData() {
  const { title, about } = ACCOUNT_PAGE_INFO.data;
  useTitle(title);
  const [state, reload] = useLoad((signal) => loadMyData(signal), []);
  return (
    <>
      <AccountNav current="data" />
      <PageHeading>{title}</PageHeading>
      <p className="lead">{about}</p>
      {state.status === 'loading' && <Loading>Loading your data…</Loading>}
      {state.status === 'error' && <LoadError error={state.error} onRetry={reload} />}
      {state.status === 'ready' && <MyDataBody me={state.data} />}
    </>
  );
}

/** The page body for loaded data; exported for tests. */
export function MyDataBody({ me }: { me: MyDataMe }) {
  const held = new Map(me.dataHeld.map((h) => [h.category, h]));
  return (
    <>
      <nav aria-label="Categories on this page" className="toc">
        <ul>
          {DATA_CATEGORIES.map((c) => (
            <li key={c}>
              <a href={`#${categoryId(c)}`}>{categoryLabel(c)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {DATA_CATEGORIES.map((c) => (
        <CategorySection key={c} category={c} held={held.get(c)}>
          <CategoryItems category={c} me={me} />
        </CategorySection>
      ))}
    </>
  );
}

export function categoryId(c: DataCategory): string {
  return `category-${c.toLowerCase()}`;
}

function CategorySection({ category, held, children }: { category: DataCategory; held: Held | undefined; children: ReactNode }) {
  const id = categoryId(category);
  return (
    <Section id={id} title={categoryLabel(category)} className="card category">
      <p className="hint">{categoryAbout(category)}</p>
      <h3 id={`${id}-why`}>Why we hold it</h3>
      <Purposes held={held} labelledBy={`${id}-why`} />
      <h3>What we hold</h3>
      {children}
    </Section>
  );
}

/** The registry's purposes for one category: purpose, lawful basis, retention, recipients. */
export function Purposes({ held, labelledBy }: { held: Held | undefined; labelledBy: string }) {
  const purposes = held?.purposes ?? [];
  if (purposes.length === 0) return <p>We do not use this kind of data for any purpose.</p>;
  return (
    <ul className="purposes" aria-labelledby={labelledBy}>
      {purposes.map(({ purpose: p, retention, keptUntil }) => {
        const recipients = listOf(p.recipients);
        return (
          <li key={p.id} className="purpose">
            <p className="purpose__name">{p.name}</p>
            <p className="purpose__about">{p.description}</p>
            <dl className="details details--compact">
              <Detail term="Lawful basis">
                <Basis basis={p.lawfulBasis} />
              </Detail>
              <Detail term="How long">{retention}</Detail>
              {formatCalendarDate(keptUntil) !== '' && <Detail term="Kept until">{formatCalendarDate(keptUntil)}</Detail>}
              <Detail term="Shared with">{recipients.length > 0 ? recipients.join('; ') : 'Nobody outside our organisation'}</Detail>
            </dl>
            {p.lawfulBasis === 'CONSENT' && (
              <p className="purpose__action">
                <Link href="/account/consents">Give or withdraw consent</Link>
              </p>
            )}
            {p.objectable && (
              <p className="purpose__action">
                <Link href="/account/consents">Object to this use of your data</Link>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function CategoryItems({ category, me }: { category: DataCategory; me: MyDataMe }) {
  const p = me.profile;
  const correct = (
    <p>
      <Link href="/account/profile">Correct these details</Link>
    </p>
  );
  switch (category) {
    case 'IDENTITY':
      return (
        <>
          <dl className="details">
            <Detail term="First name">{p?.firstName || <NotHeld />}</Detail>
            <Detail term="Last name">{p?.lastName || <NotHeld />}</Detail>
            <Detail term="Username">{p?.username || <NotHeld />}</Detail>
            <Detail term="Date of birth">{formatCalendarDate(p?.dateOfBirth) || <NotHeld />}</Detail>
            <Detail term="Gender">{p?.gender || <NotHeld />}</Detail>
            <Detail term="Account">
              {accountStatusLabel(me.status)}
              <span className="detail-note">Opened {formatDate(me.createdAt)}</span>
            </Detail>
          </dl>
          {correct}
        </>
      );
    case 'CONTACT': {
      const address = addressLines([p?.addressLine1, p?.addressLine2, p?.town, p?.postcode, p?.country]);
      return (
        <>
          <dl className="details">
            <Detail term="Email">{me.email}</Detail>
            <Detail term="Phone">{p?.phone || <NotHeld />}</Detail>
            <Detail term="Address">
              {address.length === 0 ? (
                <NotHeld />
              ) : (
                address.map((line, i) => (
                  <span key={i} className="address-line">
                    {line}
                  </span>
                ))
              )}
            </Detail>
          </dl>
          {correct}
        </>
      );
    }
    case 'PROFILE':
      return (
        <>
          <dl className="details">
            <Detail term="Job title">{p?.jobTitle || <NotHeld />}</Detail>
            <Detail term="Qualifications">
              <ListValue values={p?.qualifications} />
            </Detail>
            <Detail term="Subjects taught">
              <ListValue values={p?.subjectsTaught} />
            </Detail>
            <Detail term="Age groups taught">
              <ListValue values={p?.ageGroupsTaught} />
            </Detail>
            <Detail term="Interests">
              <ListValue values={p?.interests} />
            </Detail>
          </dl>
          {correct}
          <h4 id="surveys-heading">Survey answers</h4>
          <SurveyList initial={me.surveyAnswers} />
        </>
      );
    case 'LEARNING':
      return <LearningList initial={me.learningRecords} />;
    case 'TRANSACTIONS':
      return <FinancialList initial={me.financialRecords} />;
    case 'TECHNICAL':
      return (
        <>
          <dl className="details">
            <Detail term="Last sign-in">{formatDateTime(me.lastLoginAt) || 'Never'}</Detail>
          </dl>
          <h4 id="activity-heading">Sign-ins and pages used</h4>
          <ActivityList initial={me.activityEvents} />
        </>
      );
    case 'MARKETING':
      return <Marketing me={me} />;
  }
}

function NotHeld() {
  return <span className="muted">Not held</span>;
}

function ListValue({ values }: { values: ReadonlyArray<string> | null | undefined }) {
  const list = listOf(values);
  return list.length === 0 ? <NotHeld /> : <>{list.join(', ')}</>;
}

// --- long lists ------------------------------------------------------------------------------

function ActivityList({ initial }: { initial: Connection<ActivityFieldsFragment> }) {
  return (
    <PagedList
      id="activity"
      labelledBy="activity-heading"
      initial={initial}
      orders={ACTIVITY_ORDERS}
      fetchPage={(after, orderBy, signal) =>
        request(ActivityPageQuery, { first: PAGE_SIZE.activity, after, orderBy }, { signal }).then((d) => d.me.activityEvents)
      }
      noun={['activity record', 'activity records']}
      moreLabel="Show more activity"
      empty="We hold no record of your activity."
      render={(a) => (
        <>
          <p className="record__title">
            {activityLabel(a.kind)}
            {a.detail && a.detail !== 'Signed in' && `: ${a.detail}`}
          </p>
          <p className="record__meta">
            <time dateTime={String(a.occurredAt)}>{formatDateTime(a.occurredAt)}</time>
            {a.ipAddress && <>, from IP address {a.ipAddress}</>}
          </p>
          {a.userAgent && (
            <p className="record__meta">
              {describeUserAgent(a.userAgent)} <span className="user-agent">({a.userAgent})</span>
            </p>
          )}
        </>
      )}
    />
  );
}

function LearningList({ initial }: { initial: Connection<LearningFieldsFragment> }) {
  return (
    <>
      <h4 id="learning-heading" className="visually-hidden">
        Your courses
      </h4>
      <PagedList
        id="learning"
        labelledBy="learning-heading"
        initial={initial}
        orders={LEARNING_ORDERS}
        fetchPage={(after, orderBy, signal) =>
          request(LearningPageQuery, { first: PAGE_SIZE.learning, after, orderBy }, { signal }).then((d) => d.me.learningRecords)
        }
        noun={['course', 'courses']}
        moreLabel="Show more courses"
        empty="You have not registered for any courses."
        render={(r) => <LearningRecordDetails r={r} />}
      />
    </>
  );
}

export function LearningRecordDetails({ r, children }: { r: LearningFieldsFragment; children?: ReactNode }) {
  return (
    <>
      <p className="record__title">
        {r.courseTitle} <span className="muted">({r.courseCode})</span>
      </p>
      <dl className="details details--compact">
        <Detail term="Status">{learningStatusLabel(r.status)}</Detail>
        <Detail term="Registered">{formatDate(r.registeredAt)}</Detail>
        {r.completedAt != null && <Detail term="Completed">{formatDate(r.completedAt)}</Detail>}
        {r.cpdHours > 0 && <Detail term="CPD">{hours(r.cpdHours)}</Detail>}
        {r.certificateNumber && <Detail term="Certificate">{r.certificateNumber}</Detail>}
        {r.certificateName && <Detail term="Name on certificate">{r.certificateName}</Detail>}
      </dl>
      {children}
    </>
  );
}

function FinancialList({ initial }: { initial: Connection<FinancialFieldsFragment> }) {
  return (
    <>
      <h4 id="financial-heading" className="visually-hidden">
        Your purchases and payments
      </h4>
      <PagedList
        id="financial"
        labelledBy="financial-heading"
        initial={initial}
        orders={FINANCIAL_ORDERS}
        fetchPage={(after, orderBy, signal) =>
          request(FinancialPageQuery, { first: PAGE_SIZE.financial, after, orderBy }, { signal }).then((d) => d.me.financialRecords)
        }
        noun={['record', 'records']}
        moreLabel="Show more purchases and payments"
        empty="We hold no purchases or payments of yours. If your employer paid for your training, the invoices are theirs."
        render={(f) => (
          <>
            <p className="record__title">
              {financialKindLabel(f.kind)} {f.reference}: {formatMoney(f.amountPence, f.currency)}
            </p>
            <p className="record__meta">
              {f.description}, <time dateTime={String(f.occurredAt)}>{formatDate(f.occurredAt)}</time>
            </p>
            {(f.billingName || f.billingAddress) && (
              <p className="record__meta">Billed to {[f.billingName, f.billingAddress].filter(Boolean).join(', ')}</p>
            )}
          </>
        )}
      />
    </>
  );
}

function SurveyList({ initial }: { initial: Connection<SurveyFieldsFragment> }) {
  return (
    <PagedList
      id="surveys"
      labelledBy="surveys-heading"
      initial={initial}
      orders={SURVEY_ORDERS}
      fetchPage={(after, orderBy, signal) =>
        request(SurveyPageQuery, { first: PAGE_SIZE.survey, after, orderBy }, { signal }).then((d) => d.me.surveyAnswers)
      }
      noun={['answer', 'answers']}
      moreLabel="Show more survey answers"
      empty="You have not answered any of our surveys."
      render={(s) => (
        <>
          <p className="record__title">{s.question}</p>
          <p className="record__body">{s.answer}</p>
          <p className="record__meta">
            {s.survey}, <time dateTime={String(s.answeredAt)}>{formatDate(s.answeredAt)}</time>
          </p>
        </>
      )}
    />
  );
}

function NotificationList({ initial }: { initial: Connection<NotificationFieldsFragment> }) {
  return (
    <PagedList
      id="notifications"
      labelledBy="notifications-heading"
      initial={initial}
      orders={NOTIFICATION_ORDERS}
      fetchPage={(after, orderBy, signal) =>
        request(NotificationPageQuery, { first: PAGE_SIZE.notification, after, orderBy }, { signal }).then((d) => d.me.notifications)
      }
      noun={['email', 'emails']}
      moreLabel="Show more emails"
      empty="We have not sent you any emails from this portal."
      render={(n) => (
        <>
          <p className="record__title">{n.subject}</p>
          <p className="record__meta">
            {notificationStatusLabel(n.status)},{' '}
            <time dateTime={String(n.sentAt ?? n.createdAt)}>{formatDateTime(n.sentAt ?? n.createdAt)}</time>
          </p>
        </>
      )}
    />
  );
}

function Marketing({ me }: { me: MyDataMe }) {
  const grid = toGrid(me.communicationPreferences);
  const on = TOPICS.filter((t) => t !== 'SERVICE').flatMap((t) =>
    CHANNELS.filter((c) => grid[cellKey(c, t)]).map((c) => preferenceLabel(c, t)),
  );
  const purposes = me.dataHeld.flatMap((h) => h.purposes).filter((h) => h.purpose.lawfulBasis === 'CONSENT' || h.purpose.objectable);
  const consentOf = new Map((me.consents ?? []).map((c) => [c.purpose.id, c]));
  return (
    <>
      <dl className="details">
        <Detail term="Messages you receive">
          Service messages on every channel
          {on.length > 0 ? `; ${on.join(', ')}` : '; no marketing'}
          <span className="detail-note">
            <Link href="/account/preferences">Change your communication preferences</Link>
          </span>
        </Detail>
        {purposes.map((h) => {
          const c = consentOf.get(h.purpose.id);
          const objection = h.purpose.lawfulBasis !== 'CONSENT';
          return (
            <Detail key={h.purpose.id} term={h.purpose.name}>
              {consentStateLabel(c?.state ?? null, objection)}
              {c && <span className="detail-note">Since {formatDate(c.changedAt)}</span>}
            </Detail>
          );
        })}
      </dl>
      <p>
        <Link href="/account/consents">See the history of your consents and objections</Link>
      </p>
      <h4 id="notifications-heading">Emails we sent you</h4>
      <NotificationList initial={me.notifications} />
    </>
  );
}
