// @honoraria/adapters/http: the fetch handler (any runtime) and the REST client.
// The node:http bridge is in @honoraria/adapters/http/node; the client alone in ./http/client.
export { createFetchHandler } from './fetch-handler';
export type { FetchHandler, FetchHandlerOptions, HttpErrorContext, HttpService } from './fetch-handler';
export { negotiateLang } from './accept-language';
export { httpMessages } from './http-messages';
export { createRestClient, createRestClientFor } from './client/rest-client';
export type { HeadersInput, RestClientOptions, RestHeaders } from './client/rest-client';
export { downloadUrl } from './client/download-url';
export { errorFromBody } from './client/error-from-response';
export { DEFAULT_MAX_BODY_BYTES, ENVELOPE_CONTENT_TYPE, IDEMPOTENCY_HEADER, JSON_CONTENT_TYPE, MAX_JSON_DEPTH, operationPath } from './http-protocol';
export type { ErrorBody, HttpErrorBody, OperationKind, SuccessBody } from './http-protocol';
export type { JsonPath } from './binary-json';
