import { describe, expect, it } from 'vitest';
import { preferenceLabel } from '../labels';
import {
  ALL_CELLS,
  cellKey,
  channelOf,
  gridReducer,
  initialGrid,
  isPending,
  MARKETING_CELLS,
  marketingOn,
  toGrid,
  topicOf,
  type GridState,
  type Preference,
} from './grid';

const prefs: Preference[] = [
  { channel: 'EMAIL', topic: 'NEWSLETTERS', enabled: true },
  { channel: 'SMS', topic: 'SURVEYS', enabled: false },
  { channel: 'POST', topic: 'SERVICE', enabled: false },
];

describe('the preference grid', () => {
  it('has one cell per channel and topic, service messages excluded from marketing', () => {
    expect(ALL_CELLS).toHaveLength(20);
    expect(new Set(ALL_CELLS).size).toBe(20);
    expect(MARKETING_CELLS).toHaveLength(16);
    expect(MARKETING_CELLS.some((k) => topicOf(k) === 'SERVICE')).toBe(false);
    expect(cellKey('SMS', 'PARTNER_OFFERS')).toBe('SMS:PARTNER_OFFERS');
    expect(channelOf('SMS:PARTNER_OFFERS')).toBe('SMS');
    expect(topicOf('SMS:PARTNER_OFFERS')).toBe('PARTNER_OFFERS');
  });

  it('maps the server’s list to cells: missing is off, service is always on', () => {
    const grid = toGrid(prefs);
    expect(grid['EMAIL:NEWSLETTERS']).toBe(true);
    expect(grid['SMS:SURVEYS']).toBe(false);
    expect(grid['PHONE:TRAINING_EVENTS']).toBe(false);
    // Service messages cannot be off, even if a stored row says so.
    expect(grid['POST:SERVICE']).toBe(true);
    expect(grid['EMAIL:SERVICE']).toBe(true);
    expect(toGrid(null)['EMAIL:NEWSLETTERS']).toBe(false);
    // An unknown channel from a newer server is ignored rather than shown.
    expect(Object.keys(toGrid([{ channel: 'FAX' as never, topic: 'NEWSLETTERS', enabled: true }]))).toHaveLength(20);
  });

  it('lists the marketing that is on', () => {
    expect(marketingOn(toGrid(prefs))).toEqual(['EMAIL:NEWSLETTERS']);
  });

  it('names each checkbox by topic and channel', () => {
    expect(preferenceLabel('SMS', 'NEWSLETTERS')).toBe('Newsletters by SMS');
    expect(preferenceLabel('EMAIL', 'SERVICE')).toBe('Service messages by email');
    expect(preferenceLabel('POST', 'TRAINING_EVENTS')).toBe('Training and events by post');
  });
});

describe('gridReducer: optimistic changes', () => {
  const start = (): GridState => initialGrid(prefs);

  it('shows a change at once and keeps it when the server confirms', () => {
    let s = gridReducer(start(), { type: 'change', keys: ['SMS:SURVEYS'], enabled: true, seq: 1 });
    expect(s.shown['SMS:SURVEYS']).toBe(true);
    expect(s.confirmed['SMS:SURVEYS']).toBe(false);
    expect(isPending(s, 'SMS:SURVEYS')).toBe(true);

    s = gridReducer(s, { type: 'confirm', keys: ['SMS:SURVEYS'], prefs: [{ channel: 'SMS', topic: 'SURVEYS', enabled: true }], seq: 1 });
    expect(s.shown['SMS:SURVEYS']).toBe(true);
    expect(s.confirmed['SMS:SURVEYS']).toBe(true);
    expect(isPending(s, 'SMS:SURVEYS')).toBe(false);
  });

  it('rolls a refused change back to what the server last confirmed', () => {
    let s = gridReducer(start(), { type: 'change', keys: ['EMAIL:NEWSLETTERS'], enabled: false, seq: 1 });
    expect(s.shown['EMAIL:NEWSLETTERS']).toBe(false);
    s = gridReducer(s, { type: 'rollback', keys: ['EMAIL:NEWSLETTERS'], seq: 1 });
    expect(s.shown['EMAIL:NEWSLETTERS']).toBe(true);
    expect(isPending(s, 'EMAIL:NEWSLETTERS')).toBe(false);
  });

  it('lets the newest change of a cell decide, whatever order the answers come in', () => {
    let s = start();
    s = gridReducer(s, { type: 'change', keys: ['SMS:SURVEYS'], enabled: true, seq: 1 });
    s = gridReducer(s, { type: 'change', keys: ['SMS:SURVEYS'], enabled: false, seq: 2 });
    // The first change's refusal arrives late: the second change still shows.
    s = gridReducer(s, { type: 'rollback', keys: ['SMS:SURVEYS'], seq: 1 });
    expect(s.shown['SMS:SURVEYS']).toBe(false);
    expect(isPending(s, 'SMS:SURVEYS')).toBe(true);
    // The first change's acceptance updates what the server holds but not what shows.
    s = gridReducer(s, { type: 'confirm', keys: ['SMS:SURVEYS'], prefs: [{ channel: 'SMS', topic: 'SURVEYS', enabled: true }], seq: 1 });
    expect(s.shown['SMS:SURVEYS']).toBe(false);
    expect(s.confirmed['SMS:SURVEYS']).toBe(true);
    // The second is refused: back to what the server holds now.
    s = gridReducer(s, { type: 'rollback', keys: ['SMS:SURVEYS'], seq: 2 });
    expect(s.shown['SMS:SURVEYS']).toBe(true);
  });

  it('never shows service messages off, not even for a moment', () => {
    const s = gridReducer(start(), { type: 'change', keys: ['EMAIL:SERVICE'], enabled: false, seq: 1 });
    expect(s.shown['EMAIL:SERVICE']).toBe(true);
    expect(isPending(s, 'EMAIL:SERVICE')).toBe(false);
  });

  it('unsubscribes from everything at once, and undoes all of it if refused', () => {
    const before = start();
    let s = gridReducer(before, { type: 'change', keys: MARKETING_CELLS, enabled: false, seq: 7 });
    expect(marketingOn(s.shown)).toEqual([]);
    expect(s.shown['EMAIL:SERVICE']).toBe(true);
    s = gridReducer(s, { type: 'rollback', keys: MARKETING_CELLS, seq: 7 });
    expect(s.shown).toEqual(before.shown);

    s = gridReducer(before, { type: 'change', keys: MARKETING_CELLS, enabled: false, seq: 8 });
    const answer = MARKETING_CELLS.map((k) => ({ channel: channelOf(k), topic: topicOf(k), enabled: false }));
    s = gridReducer(s, { type: 'confirm', keys: MARKETING_CELLS, prefs: answer, seq: 8 });
    expect(marketingOn(s.shown)).toEqual([]);
    expect(marketingOn(s.confirmed)).toEqual([]);
    expect(MARKETING_CELLS.some((k) => isPending(s, k))).toBe(false);
  });

  it('shows what the server holds for a cell its answer left out', () => {
    let s = gridReducer(start(), { type: 'change', keys: ['EMAIL:NEWSLETTERS', 'SMS:SURVEYS'], enabled: false, seq: 3 });
    s = gridReducer(s, { type: 'confirm', keys: ['EMAIL:NEWSLETTERS', 'SMS:SURVEYS'], prefs: [], seq: 3 });
    expect(s.shown['EMAIL:NEWSLETTERS']).toBe(true);
    expect(isPending(s, 'EMAIL:NEWSLETTERS')).toBe(false);
  });
});
