import { useCallback, useEffect, useRef, useState } from 'react';
import { isAbort } from '../errors';

/** What every Relay connection of the API answers with (the fields the SPA asks for). */
export interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: unknown };
  edges?: ReadonlyArray<{ node?: T | null } | null> | null;
}

/** A list shown a page at a time: the pages loaded so far, in one order. */
export interface Paged<T> {
  nodes: T[];
  total: number;
  hasMore: boolean;
  /** Where the next page starts; opaque to the SPA. */
  cursor: unknown;
}

/** The nodes of a connection, without the nulls GraphQL allows in it. */
export function connectionNodes<T>(c: Connection<T>): T[] {
  const out: T[] = [];
  for (const e of c.edges ?? []) if (e?.node) out.push(e.node);
  return out;
}

/** A list of one page. */
export function firstPage<T>(c: Connection<T>): Paged<T> {
  return { nodes: connectionNodes(c), total: c.totalCount, hasMore: c.pageInfo.hasNextPage, cursor: c.pageInfo.endCursor ?? null };
}

/**
 * The list with the next page added. The total is the server's latest count;
 * a node that is already shown (the list changed between pages) is not shown twice.
 */
export function appendPage<T extends { id: string }>(list: Paged<T>, c: Connection<T>): Paged<T> {
  const seen = new Set(list.nodes.map((n) => n.id));
  const more = connectionNodes(c).filter((n) => !seen.has(n.id));
  return {
    nodes: [...list.nodes, ...more],
    total: c.totalCount,
    hasMore: c.pageInfo.hasNextPage,
    cursor: c.pageInfo.endCursor ?? list.cursor,
  };
}

/** "Showing 20 of 61." */
export function showingText(shown: number, total: number, noun: [one: string, many: string]): string {
  if (total === 0) return `No ${noun[1]}.`;
  if (shown >= total) return total === 1 ? `1 ${noun[0]}.` : `All ${total} ${noun[1]}.`;
  return `Showing ${shown} of ${total} ${noun[1]}.`;
}

export type PagedStatus = 'idle' | 'more' | 'reordering' | 'error';

/**
 * A long list of the page: starts from the first page the page's query already
 * brought (in `order`), loads the next page on demand, and loads the first page
 * again when the order changes. Nothing is ever loaded whole.
 */
export function usePaged<T extends { id: string }, O>(
  initial: Connection<T>,
  initialOrder: O,
  fetchPage: (after: unknown, order: O, signal: AbortSignal) => Promise<Connection<T>>,
) {
  const [list, setList] = useState<Paged<T>>(() => firstPage(initial));
  const [order, setOrderState] = useState<O>(initialOrder);
  const [status, setStatus] = useState<PagedStatus>('idle');
  const [error, setError] = useState<unknown>(null);
  const controller = useRef<AbortController | null>(null);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(async (kind: 'more' | 'reordering', after: unknown, o: O, apply: (c: Connection<T>) => void) => {
    controller.current?.abort();
    const c = new AbortController();
    controller.current = c;
    setStatus(kind);
    setError(null);
    try {
      const page = await fetchRef.current(after, o, c.signal);
      if (c.signal.aborted) return;
      apply(page);
      setStatus('idle');
    } catch (err) {
      if (c.signal.aborted || isAbort(err)) return;
      setError(err);
      setStatus('error');
    }
  }, []);

  const lastFailed = useRef<() => void>(() => {});

  const loadMore = useCallback(() => {
    if (!list.hasMore || status === 'more') return;
    const attempt = () => void run('more', list.cursor, order, (page) => setList((l) => appendPage(l, page)));
    lastFailed.current = attempt;
    attempt();
  }, [list.hasMore, list.cursor, order, run, status]);

  const setOrder = useCallback(
    (o: O) => {
      setOrderState(o);
      const attempt = () => void run('reordering', null, o, (page) => setList(firstPage(page)));
      lastFailed.current = attempt;
      attempt();
    },
    [run],
  );

  /** Tries the failed load again. */
  const retry = useCallback(() => lastFailed.current(), []);

  return { list, order, setOrder, loadMore, retry, status, error };
}
