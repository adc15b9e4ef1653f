import { useEffect, useRef, type ReactNode } from 'react';
import { errorMessage } from '../errors';
import type { LawfulBasis } from '../gql/graphql';
import { lawfulBasisExplanation, lawfulBasisLabel } from '../labels';
import { ACCOUNT_PAGES, accountPath, type AccountPage } from '../router';
import { Link } from '../ui';
import { showingText, usePaged, type Connection, type PagedStatus } from './paging';

/** The account pages' titles (their h1 and sub-navigation) and what each is for. */
export const ACCOUNT_PAGE_INFO: Record<Exclude<AccountPage, 'overview'>, { title: string; about: string }> = {
  data: { title: 'My data', about: 'Everything we hold about you: why, on which lawful basis, who receives it and until when.' },
  profile: { title: 'Correct my data', about: 'Correct your details, or ask us to correct what you cannot change yourself.' },
  preferences: { title: 'Communication preferences', about: 'Choose what we may send you, and how.' },
  consents: { title: 'Consents and objections', about: 'Give or withdraw consent, or object to how we use your data.' },
  policy: { title: 'Privacy policy', about: 'The current privacy policy, earlier versions and what you accepted.' },
  access: { title: 'Who accessed my data', about: 'When someone else looked at or changed your data, and who.' },
};

/** The sub-navigation among the account pages. */
export function AccountNav({ current }: { current: AccountPage }) {
  return (
    <nav aria-label="My account" className="sub-nav">
      <ul className="sub-nav__list">
        {ACCOUNT_PAGES.map((page) => (
          <li key={page}>
            <Link href={accountPath(page)} aria-current={page === current ? 'page' : undefined}>
              {ACCOUNT_PAGE_INFO[page].title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * A message that must be heard where it appears: a polite live region that is
 * always in the page (so screen readers notice what appears in it). A failure
 * reads as an error, and is not conveyed by colour alone.
 */
export function LiveMessage({
  message,
  id,
}: {
  message: { text: string; tone: 'ok' | 'error'; key?: number } | null;
  id?: string;
}) {
  return (
    <div className="live-message" aria-live="polite" aria-atomic="true" id={id}>
      {message && (
        <p key={message.key} className={message.tone === 'error' ? 'form-error' : 'notice notice--inline'}>
          {message.tone === 'error' && <span className="visually-hidden">Error: </span>}
          {message.text}
        </p>
      )}
    </div>
  );
}

export interface SortOption<O> {
  value: string;
  label: string;
  order: O;
}

/** The order of a long list; changing it loads the first page in the new order. */
export function SortSelect<O>({
  id,
  options,
  value,
  onChange,
}: {
  id: string;
  options: ReadonlyArray<SortOption<O>>;
  value: O;
  onChange: (order: O) => void;
}) {
  const current = options.find((o) => o.order === value)?.value ?? options[0]?.value ?? '';
  return (
    <div className="sort">
      <label htmlFor={id} className="sort__label">
        Order
      </label>
      <select
        id={id}
        className="select select--inline"
        value={current}
        onChange={(e) => {
          const chosen = options.find((o) => o.value === e.target.value);
          if (chosen) onChange(chosen.order);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Under a long list: how much of it is shown, "Show more" while there is more,
 * and what went wrong when a page did not load. When the last page arrives the
 * button goes, so focus moves to the count rather than being lost.
 */
export function PagedControls({
  id,
  shown,
  total,
  noun,
  hasMore,
  status,
  error,
  onMore,
  onRetry,
  moreLabel,
}: {
  id: string;
  shown: number;
  total: number;
  noun: [one: string, many: string];
  hasMore: boolean;
  status: PagedStatus;
  error: unknown;
  onMore: () => void;
  onRetry: () => void;
  moreLabel: string;
}) {
  const countRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const hadFocus = useRef(false);
  const busy = status === 'more' || status === 'reordering';

  useEffect(() => {
    if (!hasMore && hadFocus.current) countRef.current?.focus();
    hadFocus.current = false;
  }, [hasMore, shown]);

  return (
    <div className="paged">
      <p className="paged__count" id={`${id}-count`} ref={countRef} tabIndex={-1} aria-live="polite">
        {status === 'reordering' ? 'Loading…' : showingText(shown, total, noun)}
      </p>
      {status === 'error' && (
        <div role="alert" className="callout callout--error">
          <p>{errorMessage(error)}</p>
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      )}
      {hasMore && (
        <button
          ref={buttonRef}
          type="button"
          className="button button--plain"
          aria-describedby={`${id}-count`}
          aria-disabled={busy || undefined}
          onClick={() => {
            if (busy) return;
            hadFocus.current = document.activeElement === buttonRef.current;
            onMore();
          }}
        >
          {status === 'more' ? 'Loading…' : moreLabel}
        </button>
      )}
    </div>
  );
}

/** A lawful basis in words, with what it means. */
export function Basis({ basis }: { basis: LawfulBasis }) {
  return (
    <>
      {lawfulBasisLabel(basis)}
      <span className="detail-note">{lawfulBasisExplanation(basis)}</span>
    </>
  );
}

/** A card section with an h2, labelled by it. */
export function Section({
  id,
  title,
  children,
  className = 'card',
}: {
  id: string;
  title: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className={className} id={id}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * A long list a page at a time: its order (when there is more than one item),
 * the items, and the controls to show more.
 */
export function PagedList<T extends { id: string }, O>({
  id,
  labelledBy,
  initial,
  orders,
  fetchPage,
  noun,
  moreLabel,
  empty,
  render,
}: {
  id: string;
  labelledBy: string;
  initial: Connection<T>;
  orders: ReadonlyArray<SortOption<O>>;
  fetchPage: (after: unknown, order: O, signal: AbortSignal) => Promise<Connection<T>>;
  noun: [string, string];
  moreLabel: string;
  empty: string;
  render: (node: T) => ReactNode;
}) {
  const paged = usePaged(initial, orders[0]!.order, fetchPage);
  const { list } = paged;
  if (list.total === 0 && list.nodes.length === 0) return <p>{empty}</p>;
  return (
    <div className="paged-list" id={id}>
      {list.total > 1 && <SortSelect id={`${id}-order`} options={orders} value={paged.order} onChange={paged.setOrder} />}
      <ol className="record-list" aria-labelledby={labelledBy} aria-busy={paged.status === 'reordering' || undefined}>
        {list.nodes.map((n) => (
          <li key={n.id} className="record">
            {render(n)}
          </li>
        ))}
      </ol>
      <PagedControls
        id={id}
        shown={list.nodes.length}
        total={list.total}
        noun={noun}
        hasMore={list.hasMore}
        status={paged.status}
        error={paged.error}
        onMore={paged.loadMore}
        onRetry={paged.retry}
        moreLabel={moreLabel}
      />
    </div>
  );
}
