import { useEffect, useState } from 'react';

/**
 * A part of the SPA in a chunk of its own, loaded once, when first wanted: pages only some
 * people use (the account pages, staff's and employer admins' pages) stay out of the main chunk
 * that every visitor downloads.
 */
export interface Chunk<M> {
  /** The module, once loaded. */
  loaded(): M | null;
  /** Starts loading (once); resolves with the module. A failed load may be tried again. */
  load(): Promise<M>;
}

export function chunk<M>(importer: () => Promise<M>): Chunk<M> {
  let loaded: M | null = null;
  let loading: Promise<M> | null = null;
  return {
    loaded: () => loaded,
    load: () =>
      (loading ??= importer().then(
        (m) => (loaded = m),
        (err: unknown) => {
          loading = null; // let a later attempt try again
          throw err;
        },
      )),
  };
}

export type ChunkState<M> = { status: 'loading' } | { status: 'ready'; module: M } | { status: 'error'; error: unknown };

/**
 * The chunk's module: at once when it is already loaded, or loading it when `wanted`. `retry`
 * tries again after a failed load.
 */
export function useChunk<M>(c: Chunk<M>, wanted = true): [ChunkState<M>, () => void] {
  const [state, setState] = useState<ChunkState<M>>(() => {
    const m = c.loaded();
    return m ? { status: 'ready', module: m } : { status: 'loading' };
  });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!wanted || state.status === 'ready') return;
    let live = true;
    c.load().then(
      (module) => live && setState({ status: 'ready', module }),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [c, wanted, attempt, state.status]);
  return [
    state,
    () => {
      setState({ status: 'loading' });
      setAttempt((n) => n + 1);
    },
  ];
}
