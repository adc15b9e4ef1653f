import type { GraphiQLProps } from 'graphiql';
import { GRAPHQL_ENDPOINT } from '../graphql';

type Fetcher = GraphiQLProps['fetcher'];

/**
 * GraphiQL's fetcher, written here rather than taken from @graphiql/toolkit:
 * the portal has no subscriptions, and a plain POST keeps the session cookie
 * same-origin exactly like the SPA. GraphiQL shows the raw JSON, errors included.
 */
export function createPortalFetcher(fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis)): Fetcher {
  return async (params, options) => {
    const response = await fetchImpl(GRAPHQL_ENDPOINT, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        ...options?.headers,
        'Content-Type': 'application/json',
        Accept: 'application/json',
      },
      body: JSON.stringify(params),
    });
    return response.json();
  };
}
