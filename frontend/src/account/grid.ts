import type { Channel, Topic } from '../gql/graphql';
import { CHANNELS, isServiceTopic, TOPICS } from '../labels';

/** One cell of the communication-preferences grid: "EMAIL:NEWSLETTERS". */
export type CellKey = `${Channel}:${Topic}`;

export function cellKey(channel: Channel, topic: Topic): CellKey {
  return `${channel}:${topic}`;
}

export interface Preference {
  channel: Channel;
  topic: Topic;
  enabled: boolean;
}

/** Every cell of the grid, row by row (topic), column by column (channel). */
export const ALL_CELLS: readonly CellKey[] = TOPICS.flatMap((t) => CHANNELS.map((c) => cellKey(c, t)));

/** The cells "unsubscribe from all marketing" switches off: everything but service messages. */
export const MARKETING_CELLS: readonly CellKey[] = ALL_CELLS.filter((k) => !isServiceTopic(topicOf(k)));

export function topicOf(key: CellKey): Topic {
  return key.slice(key.indexOf(':') + 1) as Topic;
}

export function channelOf(key: CellKey): Channel {
  return key.slice(0, key.indexOf(':')) as Channel;
}

/**
 * The grid's values from the server's list. A missing cell is off (nobody has
 * chosen it), except service messages, which are always on: they are part of
 * the contract and cannot be switched off. Entries for channels or topics the
 * SPA does not know are ignored.
 */
export function toGrid(prefs: ReadonlyArray<Preference> | null | undefined): Record<CellKey, boolean> {
  const grid = {} as Record<CellKey, boolean>;
  for (const k of ALL_CELLS) grid[k] = isServiceTopic(topicOf(k));
  for (const p of prefs ?? []) {
    const k = cellKey(p.channel, p.topic);
    if (!Object.hasOwn(grid, k)) continue;
    grid[k] = isServiceTopic(p.topic) ? true : p.enabled;
  }
  return grid;
}

/** The marketing cells that are on: what "unsubscribe from all marketing" would change. */
export function marketingOn(grid: Record<CellKey, boolean>): CellKey[] {
  return MARKETING_CELLS.filter((k) => grid[k]);
}

// --- optimistic changes ---------------------------------------------------------------------

/**
 * The grid as shown (`shown`) and as the server last confirmed it (`confirmed`).
 * A change shows at once; `latest` remembers, per cell, the change whose answer
 * decides what the cell shows. A refusal puts the cell back to what the server
 * last confirmed, unless a newer change of that cell is still on its way.
 */
export interface GridState {
  shown: Record<CellKey, boolean>;
  confirmed: Record<CellKey, boolean>;
  latest: Partial<Record<CellKey, number>>;
}

export type GridAction =
  /** The person changed these cells; `seq` identifies the change. */
  | { type: 'change'; keys: readonly CellKey[]; enabled: boolean; seq: number }
  /** The server accepted change `seq` of these cells and answered with these preferences. */
  | { type: 'confirm'; keys: readonly CellKey[]; prefs: ReadonlyArray<Preference>; seq: number }
  /** The server refused change `seq` for these cells. */
  | { type: 'rollback'; keys: readonly CellKey[]; seq: number };

export function initialGrid(prefs: ReadonlyArray<Preference> | null | undefined): GridState {
  const grid = toGrid(prefs);
  return { shown: { ...grid }, confirmed: grid, latest: {} };
}

export function gridReducer(state: GridState, action: GridAction): GridState {
  switch (action.type) {
    case 'change': {
      const shown = { ...state.shown };
      const latest = { ...state.latest };
      for (const k of action.keys) {
        if (isServiceTopic(topicOf(k))) continue; // never switched off, not even for a moment
        shown[k] = action.enabled;
        latest[k] = action.seq;
      }
      return { ...state, shown, latest };
    }
    case 'confirm': {
      const shown = { ...state.shown };
      const confirmed = { ...state.confirmed };
      const latest = { ...state.latest };
      for (const p of action.prefs) {
        const k = cellKey(p.channel, p.topic);
        if (!Object.hasOwn(confirmed, k)) continue;
        confirmed[k] = p.enabled;
        if (latest[k] === action.seq) {
          shown[k] = p.enabled;
          delete latest[k];
        }
      }
      // A cell the answer left out stays as the server last said.
      for (const k of action.keys) {
        if (latest[k] !== action.seq) continue;
        shown[k] = confirmed[k];
        delete latest[k];
      }
      return { shown, confirmed, latest };
    }
    case 'rollback': {
      const shown = { ...state.shown };
      const latest = { ...state.latest };
      for (const k of action.keys) {
        if (latest[k] !== action.seq) continue; // a newer change of this cell decides
        shown[k] = state.confirmed[k];
        delete latest[k];
      }
      return { ...state, shown, latest };
    }
  }
}

/** Whether a cell's change is still waiting for the server. */
export function isPending(state: GridState, key: CellKey): boolean {
  return state.latest[key] !== undefined;
}
