import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type AnchorHTMLAttributes,
  type DependencyList,
  type ReactNode,
} from 'react';
import { errorMessage, isAbort, isSignedOut } from './errors';
import type { RequestState } from './gql/graphql';
import { stateLabel, stateTone } from './labels';
import { followLink } from './router';

/** An in-app link: a real `<a href>` (new tab, copy link, no-JS all work) that navigates without a reload. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return (
    <a
      href={href}
      onClick={(e) => {
        onClick?.(e);
        followLink(e);
      }}
      {...rest}
    />
  );
}

const SITE = 'Learner Privacy Portal';

/** Sets the document title for the page: "My requests – Learner Privacy Portal". */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} – ${SITE}` : SITE;
  }, [title]);
}

/**
 * Set by the layout after an in-app navigation until a page heading has taken focus: a page
 * whose code arrives in a chunk of its own has no heading when the navigation happens.
 */
export const HeadingFocusPending = createContext<{ current: boolean } | null>(null);

/**
 * The page's one h1. It can take focus (tabIndex -1), so that after an in-app
 * navigation the layout moves focus here, as a full page load would; a heading
 * that appears later (its page's code was still loading) takes focus itself.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const pending = useContext(HeadingFocusPending);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (pending?.current) {
      pending.current = false;
      ref.current?.focus();
    }
  }, [pending]);
  return (
    <h1 id="page-heading" tabIndex={-1} ref={ref}>
      {children}
    </h1>
  );
}

export function Loading({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="loading">
      {children}
    </p>
  );
}

/** A view that failed to load: what went wrong and a way to try again (or sign in again). */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <div role="alert" className="callout callout--error">
      <p>{errorMessage(error)}</p>
      {isSignedOut(error) ? (
        <a className="button" href="/auth/login">
          Sign in again
        </a>
      ) : (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function StateBadge({ state }: { state: RequestState }) {
  return <span className={`badge badge--${stateTone(state)}`}>{stateLabel(state)}</span>;
}

/** Overdue / due soon (and, for staff, possibly repetitive) as text badges, never colour alone. */
export function Flags({
  overdue,
  dueSoon,
  possiblyRepetitive,
}: {
  overdue: boolean;
  dueSoon: boolean;
  possiblyRepetitive?: boolean;
}) {
  if (!overdue && !dueSoon && !possiblyRepetitive) return null;
  return (
    <span className="flags">
      {overdue && <span className="badge badge--overdue">Overdue</span>}
      {!overdue && dueSoon && <span className="badge badge--soon">Due soon</span>}
      {possiblyRepetitive && <span className="badge badge--repeat">Possibly repetitive</span>}
    </span>
  );
}

// --- loading data ------------------------------------------------------------------------

export type Load<T> =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | {
      status: 'ready';
      data: T;
      /** How many background refreshes in a row have failed since the data arrived (see `refresh`). */
      refreshFailures?: number;
    };

/**
 * Runs `load` when deps change, aborting the previous run. `reload()` runs it
 * again but keeps showing the current data until the new data arrives, so a
 * page does not flash "Loading" after an action. `refresh()` is the same for a
 * background check (polling): a failure keeps the data on the page and only
 * counts in `refreshFailures`, unless it means the person was signed out.
 */
export function useLoad<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: DependencyList,
): [Load<T>, () => void, () => void] {
  const [state, setState] = useState<Load<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const soft = useRef<'reload' | 'refresh' | null>(null);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const controller = new AbortController();
    const mode = soft.current;
    soft.current = null;
    setState((s) => (mode && s.status === 'ready' ? s : { status: 'loading' }));
    loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbort(error)) return;
        setState((s) =>
          mode === 'refresh' && s.status === 'ready' && !isSignedOut(error)
            ? { ...s, refreshFailures: (s.refreshFailures ?? 0) + 1 }
            : { status: 'error', error },
        );
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- deps are the caller's
  }, [...deps, attempt]);

  const reload = useCallback(() => {
    soft.current = 'reload';
    setAttempt((n) => n + 1);
  }, []);
  const refresh = useCallback(() => {
    soft.current ??= 'refresh';
    setAttempt((n) => n + 1);
  }, []);
  return [state, reload, refresh];
}

// --- announcements -------------------------------------------------------------------------

export interface Notice {
  id: number;
  text: string;
  /** The page the notice belongs to; it is hidden on every other page. */
  path: string;
  /** Move focus to the notice: after an action whose form has gone. */
  focus?: boolean;
}

type Announce = (text: string, options?: { path?: string; focus?: boolean }) => void;

const AnnounceContext = createContext<Announce>(() => {});

/** Shows a short result ("The request is completed.") in the layout's live region. */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}

export function AnnounceProvider({ value, children }: { value: Announce; children: ReactNode }) {
  return <AnnounceContext.Provider value={value}>{children}</AnnounceContext.Provider>;
}

/**
 * A polite live region that is always in the page (so screen readers notice
 * when text appears in it) and shows the notice of the current page.
 */
export function NoticeRegion({ notice, pathname }: { notice: Notice | null; pathname: string }) {
  const shown = notice && notice.path === pathname ? notice : null;
  const ref = useRef<HTMLParagraphElement>(null);
  const focusId = shown?.focus ? shown.id : null;
  useEffect(() => {
    if (focusId !== null) ref.current?.focus();
  }, [focusId]);
  return (
    <div className="notice-region" aria-live="polite" aria-atomic="true">
      {shown && (
        <p key={shown.id} ref={ref} className="notice" tabIndex={-1} data-testid="notice">
          {shown.text}
        </p>
      )}
    </div>
  );
}

// --- forms ---------------------------------------------------------------------------------

/** The id of a field's error message, for aria-describedby. */
export function errorId(field: string): string {
  return `${field}-error`;
}

/** A field's error, read out with the field through aria-describedby. */
export function FieldError({ field, message }: { field: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="field-error" id={errorId(field)}>
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  );
}

/** aria-describedby for a field with an optional hint and an optional error. */
export function describedBy(...ids: Array<string | false | null | undefined>): string | undefined {
  const s = ids.filter(Boolean).join(' ');
  return s || undefined;
}

/** What ties a field's control to its hint and error. */
export interface FieldAria {
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * A form field: its label, its hint and error when it has them, and its control, which
 * `children` renders with the attributes that tie it to them. `id` is the control's.
 */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: (aria: FieldAria) => ReactNode;
}) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id} className="label">
        {label}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldError field={id} message={error} />
      {children({
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy(hint ? `${id}-hint` : undefined, error && errorId(id)),
      })}
    </div>
  );
}

/**
 * The list of problems at the top of a form (GOV.UK pattern): each links to its
 * field. It takes focus when it appears, so keyboard and screen-reader users
 * land on it after a failed submit.
 */
export function ErrorSummary({
  title = 'There is a problem',
  message,
  fields,
  labels,
  children,
}: {
  title?: string;
  message?: string;
  fields: Partial<Record<string, string>>;
  labels?: Partial<Record<string, string>>;
  children?: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // Focus on mount only: callers give each failed submit its own key.
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const entries = Object.entries(fields).filter((e): e is [string, string] => !!e[1]);
  return (
    <div ref={ref} className="callout callout--error" role="alert" tabIndex={-1}>
      <h2 className="callout__title">{title}</h2>
      {message && <p>{message}</p>}
      {entries.length > 0 && (
        <ul>
          {entries.map(([field, text]) => (
            <li key={field}>
              <a
                href={`#${field}`}
                onClick={(e) => {
                  const el = document.getElementById(field);
                  if (el) {
                    e.preventDefault();
                    el.focus();
                  }
                }}
              >
                {labels?.[field] ? `${labels[field]}: ${text}` : text}
              </a>
            </li>
          ))}
        </ul>
      )}
      {children}
    </div>
  );
}

/** One row of a `<dl className="details">`. */
export function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="details__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
