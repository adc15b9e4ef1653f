import { describe, expect, it, vi } from 'vitest';
import { GraphQLRequestError, request } from './graphql';
import { MeQuery } from './queries';

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

async function failure(promise: Promise<unknown>): Promise<GraphQLRequestError> {
  const err = await promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(GraphQLRequestError);
  return err as GraphQLRequestError;
}

const me = {
  id: 'u1',
  email: 'learner@example.com',
  displayName: 'Lucy Learner',
  role: 'LEARNER',
  organisation: null,
};

describe('request', () => {
  it('POSTs the operation as same-origin JSON and returns data', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(jsonResponse({ data: { me } }));

    const data = await request(MeQuery, {}, { fetch });

    expect(data.me.displayName).toBe('Lucy Learner');
    expect(fetch).toHaveBeenCalledOnce();
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.headers).toMatchObject({ 'Content-Type': 'application/json' });
    const body = JSON.parse(String(init?.body)) as { query: string; variables: unknown };
    expect(body.query).toContain('query Me');
    expect(body.variables).toEqual({});
  });

  it.each([
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'NOT_FOUND',
    'VALIDATION',
    'CONFLICT',
    'INTERNAL',
    'DUPLICATE_REQUEST',
    'TRANSITION_NOT_ALLOWED',
    'EXTENSION_TOO_LONG',
    'EXTENSION_TOO_LATE',
    'SERVICE_MESSAGES_REQUIRED',
    'NOT_CONSENT_BASED',
    'NOT_OBJECTABLE',
    'LEGAL_HOLD',
    'EXPORT_IN_PROGRESS',
    'NOT_RESTRICTED',
  ] as const)(
    'exposes extensions.code %s',
    async (code) => {
      const fetch = vi
        .fn<typeof globalThis.fetch>()
        .mockResolvedValue(jsonResponse({ data: null, errors: [{ message: 'nope', path: ['me'], extensions: { code } }] }));

      const err = await failure(request(MeQuery, {}, { fetch }));

      expect(err.code).toBe(code);
      expect(err.message).toBe('nope');
      expect(err.errors).toHaveLength(1);
    },
  );

  it('fails on errors even when partial data came back', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(
      jsonResponse({ data: { me }, errors: [{ message: 'boom', extensions: { code: 'INTERNAL' } }] }),
    );

    expect((await failure(request(MeQuery, {}, { fetch }))).code).toBe('INTERNAL');
  });

  it('reads GraphQL errors from a non-2xx JSON response', async () => {
    // gqlgen rejects an invalid document with 422 and a normal errors array.
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockResolvedValue(jsonResponse({ errors: [{ message: 'bad field', extensions: { code: 'VALIDATION' } }] }, 422));

    const err = await failure(request(MeQuery, {}, { fetch }));

    expect(err.code).toBe('VALIDATION');
    expect(err.status).toBe(422);
  });

  it('maps an unknown or missing code to UNKNOWN', async () => {
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockResolvedValueOnce(jsonResponse({ errors: [{ message: 'x', extensions: { code: 'GRAPHQL_PARSE_FAILED' } }] }))
      .mockResolvedValueOnce(jsonResponse({ errors: [{ message: 'y' }] }));

    expect((await failure(request(MeQuery, {}, { fetch }))).code).toBe('UNKNOWN');
    expect((await failure(request(MeQuery, {}, { fetch }))).code).toBe('UNKNOWN');
  });

  it('reports NETWORK when fetch itself fails', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>().mockRejectedValue(new TypeError('Failed to fetch'));

    expect((await failure(request(MeQuery, {}, { fetch }))).code).toBe('NETWORK');
  });

  it('reports NETWORK for a non-JSON answer such as a proxy error page', async () => {
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockResolvedValue(new Response('<h1>Bad gateway</h1>', { status: 502, headers: { 'Content-Type': 'text/html' } }));

    const err = await failure(request(MeQuery, {}, { fetch }));

    expect(err.code).toBe('NETWORK');
    expect(err.status).toBe(502);
  });

  it('lets an abort through unchanged so callers can ignore it', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>().mockRejectedValue(new DOMException('aborted', 'AbortError'));

    await expect(request(MeQuery, {}, { fetch })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
