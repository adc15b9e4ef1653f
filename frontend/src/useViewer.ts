import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { GraphQLRequestError, request } from './graphql';
import type { MeQuery as MeResult } from './gql/graphql';
import { MeQuery } from './queries';

export type Viewer = MeResult['me'];

export type ViewerState =
  | { status: 'loading' }
  | { status: 'signedOut' }
  | { status: 'signedIn'; viewer: Viewer }
  | { status: 'error'; message: string };

/** Turns the result of the `me` query into what the page shows. */
export async function loadViewer(signal?: AbortSignal, fetchImpl?: typeof fetch): Promise<ViewerState> {
  try {
    const data = await request(MeQuery, {}, { signal, fetch: fetchImpl });
    return { status: 'signedIn', viewer: data.me };
  } catch (err) {
    // Being signed out is a normal state of the page, not an error.
    if (err instanceof GraphQLRequestError && err.code === 'UNAUTHENTICATED') {
      return { status: 'signedOut' };
    }
    if (err instanceof GraphQLRequestError && err.code === 'NETWORK') {
      return { status: 'error', message: err.message };
    }
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    return { status: 'error', message: 'Something went wrong while loading your account.' };
  }
}

/**
 * Loads the signed-in person once; `retry` loads again after an error.
 * `refresh` loads again in the background after a change that affects the
 * layout (accepting the privacy policy ends its banner), keeping the page as
 * it is until the answer arrives and if it fails.
 */
export function useViewer(): { state: ViewerState; retry: () => void; refresh: () => void } {
  const [state, setState] = useState<ViewerState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const refreshing = useRef<AbortController | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    loadViewer(controller.signal).then(setState, () => {
      // Only an abort gets here, after the component has gone: nothing to show.
    });
    return () => controller.abort();
  }, [attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const refresh = useCallback(() => {
    refreshing.current?.abort();
    const controller = new AbortController();
    refreshing.current = controller;
    loadViewer(controller.signal).then(
      (next) => {
        if (!controller.signal.aborted && next.status === 'signedIn') setState(next);
      },
      () => {},
    );
  }, []);
  useEffect(() => () => refreshing.current?.abort(), []);
  return { state, retry, refresh };
}

const RefreshViewerContext = createContext<() => void>(() => {});

/** Provides the layout's `refresh` to pages. */
export const RefreshViewerProvider = RefreshViewerContext.Provider;

/** Loads the signed-in person again in the background (see {@link useViewer}). */
export function useRefreshViewer(): () => void {
  return useContext(RefreshViewerContext);
}
