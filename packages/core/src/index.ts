// The public API: what a user composes a pipeline with or writes a middleware with. The plumbing of
// Switchyard's own packages is in `@switchyard/core/internal`, which carries no stability promise.
export type { CallOutcome } from './call-outcome.js';
export { compose, type MiddlewareEntry } from './compose.js';
export { type DeadlineOptions, deadline } from './deadline.js';
export { type ErrorCode, errorCodeForStatus, errorCodes, isErrorCode } from './error-codes.js';
export { type ErrorResponseDetails, errorResponse } from './error-response.js';
export { AllBranchesFailedError } from './errors/all-branches-failed-error.js';
export { ConfigError } from './errors/config-error.js';
export { InvalidRequestOptionsError } from './errors/invalid-request-options-error.js';
export { SwitchyardError, type SwitchyardErrorCode } from './errors/switchyard-error.js';
export { TimeoutError } from './errors/timeout-error.js';
export { TransportError } from './errors/transport-error.js';
export { UpstreamProtocolError } from './errors/upstream-protocol-error.js';
export { type FetchTransportOptions, fetchTransport } from './fetch-transport.js';
export type { Handler, Middleware } from './handler.js';
export { readJsonBody, withJsonBody } from './json-body.js';
export type * from './openai-types.js';
export { overrideParams } from './override-params.js';
export { type RequestOptions, requestOptions, withRequestOptions } from './request-options.js';
export { RequestTranslationError } from './request-translation-error.js';
export { type SseEvent, sseDone } from './sse-event.js';
export { readSseEvents, readSseJson } from './sse-read.js';
export { formatSseEvent, type SseResponseInit, sseResponse } from './sse-write.js';
export { timeout } from './timeout.js';
export { type FetchFunction, toFetch } from './to-fetch.js';
