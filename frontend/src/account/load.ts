import { chunk, useChunk, type ChunkState } from '../chunk';

type AccountModule = typeof import('./AccountPages');

const accountPages = chunk<AccountModule>(() => import('./AccountPages'));

export type AccountPagesState = ChunkState<AccountModule>;

/**
 * The account pages' module: at once when it is already loaded (as it usually
 * is: the layout starts loading it when someone signs in), or loading it when
 * `wanted`. `retry` tries again after a failed load.
 */
export function useAccountPages(wanted: boolean): [AccountPagesState, () => void] {
  return useChunk(accountPages, wanted);
}
