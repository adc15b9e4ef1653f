import { describe, expect, it } from 'vitest';
import { appendPage, connectionNodes, firstPage, showingText, type Connection } from './paging';

type N = { id: string };
const page = (ids: string[], total: number, hasNextPage: boolean, endCursor: string | null): Connection<N> => ({
  totalCount: total,
  pageInfo: { hasNextPage, endCursor },
  edges: ids.map((id) => ({ node: { id } })),
});

describe('paging', () => {
  it('skips the nulls a connection may hold', () => {
    expect(connectionNodes({ totalCount: 2, pageInfo: { hasNextPage: false }, edges: [null, { node: null }, { node: { id: 'a' } }] })).toEqual([{ id: 'a' }]);
    expect(connectionNodes({ totalCount: 0, pageInfo: { hasNextPage: false }, edges: null })).toEqual([]);
  });

  it('adds the next page after the ones shown, without repeating a node', () => {
    let list = firstPage(page(['a', 'b'], 5, true, 'c2'));
    expect(list).toEqual({ nodes: [{ id: 'a' }, { id: 'b' }], total: 5, hasMore: true, cursor: 'c2' });
    list = appendPage(list, page(['b', 'c', 'd'], 6, true, 'c4'));
    expect(list.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(list.total).toBe(6);
    expect(list.cursor).toBe('c4');
    list = appendPage(list, page(['e'], 6, false, null));
    expect(list.hasMore).toBe(false);
    expect(list.cursor).toBe('c4');
  });

  it('says how much is shown', () => {
    expect(showingText(10, 61, ['activity record', 'activity records'])).toBe('Showing 10 of 61 activity records.');
    expect(showingText(61, 61, ['activity record', 'activity records'])).toBe('All 61 activity records.');
    expect(showingText(1, 1, ['entry', 'entries'])).toBe('1 entry.');
    expect(showingText(0, 0, ['entry', 'entries'])).toBe('No entries.');
  });
});
