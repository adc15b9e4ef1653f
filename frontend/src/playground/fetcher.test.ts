import { describe, expect, it, vi } from 'vitest';
import { createPortalFetcher } from './fetcher';

describe('createPortalFetcher', () => {
  it('POSTs to /graphql same-origin and returns the raw JSON', async () => {
    const answer = { data: { me: { email: 'dpo@provider.example' } } };
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(new Response(JSON.stringify(answer)));

    const result = await createPortalFetcher(fetch)({ query: '{ me { email } }', operationName: null }, { headers: { 'X-Trace': '1' } });

    expect(result).toEqual(answer);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(init?.headers).toMatchObject({ 'Content-Type': 'application/json', 'X-Trace': '1' });
    expect(JSON.parse(String(init?.body))).toEqual({ query: '{ me { email } }', operationName: null });
  });
});
