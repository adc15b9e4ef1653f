import { describe, expect, it, vi } from 'vitest';
import { loadViewer } from './useViewer';

function respond(body: unknown, status = 200): typeof fetch {
  return vi
    .fn<typeof fetch>()
    .mockResolvedValue(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
}

describe('loadViewer', () => {
  it('is signed in when me answers', async () => {
    const me = { id: 'u1', email: 'a@b.c', displayName: 'Adam Admin', role: 'EMPLOYER_ADMIN', organisation: { id: 'o1', name: 'Acme Ltd' } };

    expect(await loadViewer(undefined, respond({ data: { me } }))).toEqual({ status: 'signedIn', viewer: me });
  });

  it('treats UNAUTHENTICATED as signed out, not as an error', async () => {
    const fetch = respond({ data: null, errors: [{ message: 'sign in', extensions: { code: 'UNAUTHENTICATED' } }] });

    expect(await loadViewer(undefined, fetch)).toEqual({ status: 'signedOut' });
  });

  it('shows a generic message for server errors rather than their text', async () => {
    const fetch = respond({ data: null, errors: [{ message: 'pq: relation does not exist', extensions: { code: 'INTERNAL' } }] });

    const state = await loadViewer(undefined, fetch);

    expect(state.status).toBe('error');
    expect(state).not.toMatchObject({ message: expect.stringContaining('pq:') });
  });

  it('explains a network failure', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>().mockRejectedValue(new TypeError('Failed to fetch'));

    expect(await loadViewer(undefined, fetch)).toMatchObject({ status: 'error', message: expect.stringContaining('connection') });
  });
});
