import { useEffect, useState } from 'react';

type AccountModule = typeof import('./AccountPages');

let loaded: AccountModule | null = null;
let loading: Promise<AccountModule> | null = null;

/** Starts loading the account pages' chunk (once); resolves with it. */
export function loadAccountPages(): Promise<AccountModule> {
  loading ??= import('./AccountPages').then(
    (m) => (loaded = m),
    (err: unknown) => {
      loading = null; // let a later attempt try again
      throw err;
    },
  );
  return loading;
}

export type AccountPagesState = { status: 'loading' } | { status: 'ready'; module: AccountModule } | { status: 'error'; error: unknown };

/**
 * The account pages' module: at once when it is already loaded (as it usually
 * is: the layout starts loading it when someone signs in), or loading it when
 * `wanted`. `retry` tries again after a failed load.
 */
export function useAccountPages(wanted: boolean): [AccountPagesState, () => void] {
  const [state, setState] = useState<AccountPagesState>(() => (loaded ? { status: 'ready', module: loaded } : { status: 'loading' }));
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!wanted || state.status === 'ready') return;
    let live = true;
    loadAccountPages().then(
      (module) => live && setState({ status: 'ready', module }),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [wanted, attempt, state.status]);
  return [state, () => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }];
}
