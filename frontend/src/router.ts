import { useSyncExternalStore, type MouseEvent } from 'react';

/**
 * A tiny History-API router: the SPA has a dozen pages, so a route is a small
 * tagged union matched by hand rather than a dependency. The Go server serves
 * index.html for any unknown path, so every route survives a reload.
 */
export type Route =
  | { name: 'home' }
  | { name: 'myRequests' }
  | { name: 'newRequest' }
  | { name: 'request'; id: string }
  | { name: 'queue' }
  | { name: 'organisations' }
  | { name: 'employees' }
  | { name: 'employeesRequest' }
  | { name: 'account'; page: AccountPage }
  | { name: 'notFound'; path: string };

/** The pages of "My account" (`/account/...`); `overview` is `/account` itself. */
export type AccountPage = 'overview' | 'data' | 'profile' | 'preferences' | 'consents' | 'policy' | 'access';

/** The account pages under `/account/`, in the order the sub-navigation lists them. */
export const ACCOUNT_PAGES: readonly Exclude<AccountPage, 'overview'>[] = [
  'data',
  'profile',
  'preferences',
  'consents',
  'policy',
  'access',
];

/** The route for a path (no query string, no hash). A trailing slash is ignored. */
export function matchRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === '/' || path === '') return { name: 'home' };
  if (path === '/requests') return { name: 'myRequests' };
  if (path === '/requests/new') return { name: 'newRequest' };
  if (path === '/staff/requests') return { name: 'queue' };
  if (path === '/staff/organisations') return { name: 'organisations' };
  if (path === '/employees') return { name: 'employees' };
  if (path === '/employees/request') return { name: 'employeesRequest' };
  if (path === '/account') return { name: 'account', page: 'overview' };
  const account = /^\/account\/([a-z]+)$/.exec(path)?.[1];
  if (account && (ACCOUNT_PAGES as readonly string[]).includes(account)) {
    return { name: 'account', page: account as AccountPage };
  }
  const detail = /^\/requests\/([^/]+)$/.exec(path);
  if (detail?.[1]) {
    let id: string;
    try {
      id = decodeURIComponent(detail[1]);
    } catch {
      return { name: 'notFound', path: pathname };
    }
    return { name: 'request', id };
  }
  return { name: 'notFound', path: pathname };
}

/** The path of a route; the inverse of {@link matchRoute}. */
export function routePath(route: Exclude<Route, { name: 'notFound' }>): string {
  switch (route.name) {
    case 'home':
      return '/';
    case 'myRequests':
      return '/requests';
    case 'newRequest':
      return '/requests/new';
    case 'request':
      return `/requests/${encodeURIComponent(route.id)}`;
    case 'queue':
      return '/staff/requests';
    case 'organisations':
      return '/staff/organisations';
    case 'employees':
      return '/employees';
    case 'employeesRequest':
      return '/employees/request';
    case 'account':
      return accountPath(route.page);
  }
}

/** Links to one of the account pages. */
export function accountPath(page: AccountPage): string {
  return page === 'overview' ? '/account' : `/account/${page}`;
}

/** Links to a request's page. */
export function requestPath(id: string): string {
  return routePath({ name: 'request', id });
}

// --- the current location as an external store ---------------------------------------------

const listeners = new Set<() => void>();

function notify(): void {
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0 && typeof window !== 'undefined') window.addEventListener('popstate', notify);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && typeof window !== 'undefined') window.removeEventListener('popstate', notify);
  };
}

function currentLocation(): string {
  return window.location.pathname + window.location.search;
}

/** Server rendering (the unit tests) has no location: it shows the home page. */
function serverLocation(): string {
  return '/';
}

/** The current path and query string ("/staff/requests?type=ACCESS"); re-renders on navigation and on Back/Forward. */
export function useLocation(): { pathname: string; search: string } {
  const loc = useSyncExternalStore(subscribe, currentLocation, serverLocation);
  const q = loc.indexOf('?');
  return q < 0 ? { pathname: loc, search: '' } : { pathname: loc.slice(0, q), search: loc.slice(q) };
}

export function useRoute(): Route {
  return matchRoute(useLocation().pathname);
}

/** Goes to an in-app path without reloading the page. */
export function navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
  const url = new URL(to, window.location.href);
  if (url.origin !== window.location.origin) {
    window.location.assign(url.href);
    return;
  }
  const target = url.pathname + url.search + url.hash;
  if (target === window.location.pathname + window.location.search + window.location.hash) {
    notify();
    return;
  }
  if (replace) window.history.replaceState(null, '', target);
  else window.history.pushState(null, '', target);
  window.scrollTo?.(0, 0);
  notify();
}

/** The parts of a click that decide whether the SPA handles it or the browser does. */
export interface ClickInfo {
  button: number;
  defaultPrevented: boolean;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** The link's target attribute, if any. */
  target?: string | null;
  /** The link's download attribute is present. */
  download?: boolean;
}

/**
 * Whether a click on a same-origin link should become an in-app navigation:
 * a plain primary-button click. Ctrl/Cmd/Shift/middle clicks (new tab or
 * window), target=_blank and downloads stay with the browser.
 */
export function isPlainClick(e: ClickInfo): boolean {
  return (
    e.button === 0 &&
    !e.defaultPrevented &&
    !e.metaKey &&
    !e.ctrlKey &&
    !e.shiftKey &&
    !e.altKey &&
    (!e.target || e.target === '_self') &&
    !e.download
  );
}

/** Only paths the SPA renders itself; /auth, /playground, /dev-idp are server pages. */
export function isAppPath(href: string): boolean {
  if (!href.startsWith('/') || href.startsWith('//')) return false;
  const path = href.split(/[?#]/)[0] ?? '';
  return matchRoute(path).name !== 'notFound';
}

/** onClick for an `<a href>` inside the SPA: keeps the real href for new tabs and no-JS. */
export function followLink(e: MouseEvent<HTMLAnchorElement>): void {
  const a = e.currentTarget;
  const href = a.getAttribute('href') ?? '';
  if (!isAppPath(href)) return;
  if (
    !isPlainClick({
      button: e.button,
      defaultPrevented: e.defaultPrevented,
      metaKey: e.metaKey,
      ctrlKey: e.ctrlKey,
      shiftKey: e.shiftKey,
      altKey: e.altKey,
      target: a.getAttribute('target'),
      download: a.hasAttribute('download'),
    })
  ) {
    return;
  }
  e.preventDefault();
  navigate(href);
}
