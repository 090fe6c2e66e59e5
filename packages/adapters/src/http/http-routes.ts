// Matches a request's path and method against the routes of the fetch handler.
import type { OperationKind } from './http-protocol';

/** A route of the handler. */
export type HttpRoute =
  | { readonly type: 'operations' }
  | { readonly type: 'operation'; readonly kind: OperationKind; readonly name: string }
  | { readonly type: 'download'; readonly kind: 'query'; readonly name: string };

/** The methods each kind of route allows. */
export const ALLOWED_METHODS = {
  operations: ['GET'],
  command: ['POST'],
  query: ['GET', 'POST'],
  download: ['GET'],
} as const;

/** The methods a route allows. */
export function allowedMethods(route: HttpRoute): readonly string[] {
  if (route.type === 'operation') return ALLOWED_METHODS[route.kind];
  return ALLOWED_METHODS[route.type];
}

/** Normalizes a base path: `''` or `/segment[/segment…]`, with no trailing slash. */
export function normalizeBasePath(basePath: string | undefined): string {
  const trimmed = (basePath ?? '').trim().replace(/\/+$/, '');
  if (trimmed === '') return '';
  if (!/^\/?[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$/.test(trimmed)) throw new TypeError(`Invalid basePath: ${basePath}`);
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/**
 * Matches a URL path: `{basePath}/operations`, `{basePath}/commands/{name}`,
 * `{basePath}/queries/{name}` or `{basePath}/downloads/{name}` (the name percent-decoded).
 * `null` for any other path.
 */
export function matchRoute(pathname: string, basePath: string): HttpRoute | null {
  if (basePath !== '' && !pathname.startsWith(`${basePath}/`)) return null;
  const segments = pathname.slice(basePath.length).split('/');
  if (segments.length === 2 && segments[1] === 'operations') return { type: 'operations' };
  if (segments.length !== 3) return null;
  const [, group, encoded = ''] = segments;
  if (encoded === '' || (group !== 'commands' && group !== 'queries' && group !== 'downloads')) return null;
  let name: string;
  try {
    name = decodeURIComponent(encoded);
  } catch {
    return null;
  }
  if (group === 'downloads') return { type: 'download', kind: 'query', name };
  return { type: 'operation', kind: group === 'commands' ? 'command' : 'query', name };
}

/** Whether an operation name is safe to repeat in an error's details (an identifier). */
export function isPrintableName(name: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_]{0,99}$/.test(name);
}
