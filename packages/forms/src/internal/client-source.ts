import type { HonorariaClient } from '@honoraria/core';
import { createRestClient } from '@honoraria/adapters/http/client';

/**
 * The client a composite talks to: the `client` property when set (any `HonorariaClient`: the
 * in-page service's `service.as(actor)` or a REST client), otherwise a REST client on the
 * `endpoint` attribute (same-origin cookies sent), otherwise none.
 */
export function clientFrom(client: HonorariaClient | undefined, endpoint: string, cache: { endpoint?: string; client?: HonorariaClient }): HonorariaClient | undefined {
  if (client !== undefined) return client;
  if (endpoint === '') return undefined;
  if (cache.endpoint !== endpoint || cache.client === undefined) {
    cache.endpoint = endpoint;
    cache.client = createRestClient({ baseUrl: new URL(endpoint, document.baseURI), credentials: 'same-origin' });
  }
  return cache.client;
}

/** Whether an error is the network's (offline, DNS, CORS), not an answer of the service. */
export function isNetworkError(error: unknown): boolean {
  return error instanceof TypeError || (typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'network_failure');
}

/** A new idempotency key. */
export function newKey(): string {
  return crypto.randomUUID();
}
