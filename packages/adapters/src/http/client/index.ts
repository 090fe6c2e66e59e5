// @honoraria/adapters/http/client: the REST client alone (for browsers), without the handler.
export { createRestClient, createRestClientFor } from './rest-client';
export type { HeadersInput, RestClientOptions, RestHeaders } from './rest-client';
export { downloadUrl } from './download-url';
export { errorFromBody } from './error-from-response';
export { ENVELOPE_CONTENT_TYPE, IDEMPOTENCY_HEADER, operationPath } from '../http-protocol';
export type { ErrorBody, HttpErrorBody, OperationKind, SuccessBody } from '../http-protocol';
export type { JsonPath } from '../binary-json';
