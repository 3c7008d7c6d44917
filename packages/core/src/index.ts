export {
  type BodyOutcome,
  type BodyTap,
  type BodyTapPoint,
  tapBody,
  tapPoint,
  tapResponse,
} from './body-tap.js';
export { BytePattern } from './byte-pattern.js';
export { ByteWriter, utf8 } from './byte-writer.js';
export { canonicalJson } from './canonical-json.js';
export { chatOrEmbeddingsEndpoint } from './chat-or-embeddings.js';
export {
  circuitOpenProbe,
  forwardCircuitProbe,
  isCircuitOpen,
  type ProbedHandler,
  reportCircuitOfBranches,
} from './circuit-probe.js';
export { compose, type MiddlewareEntry } from './compose.js';
export { type DeriveRequestInit, deriveRequest } from './derive-request.js';
export { discardBody } from './discard-body.js';
export { embeddingResponse } from './embedding-response.js';
export { type ErrorResponseDetails, errorResponse } from './error-response.js';
export { AllBranchesFailedError } from './errors/all-branches-failed-error.js';
export { ConfigError } from './errors/config-error.js';
export { InvalidRequestOptionsError } from './errors/invalid-request-options-error.js';
export { SwitchyardError, type SwitchyardErrorCode } from './errors/switchyard-error.js';
export { TimeoutError } from './errors/timeout-error.js';
export { TransportError } from './errors/transport-error.js';
export { UpstreamProtocolError } from './errors/upstream-protocol-error.js';
export { type FetchTransportOptions, fetchTransport } from './fetch-transport.js';
export { awaitFirstByte, firstByteReady, markFirstByteSettled, needsFirstByte } from './first-byte.js';
export type { Handler, Middleware } from './handler.js';
export { optionHeaderPrefix, requestOptionHeaders, responseHeaders } from './header-names.js';
export {
  handlesInternalRequests,
  type InternalRequestInit,
  internalRequest,
  isInternalRequest,
  markHandlesInternalRequests,
  markHandlesInternalRequestsLike,
  passesInternalRequests,
} from './internal-request.js';
export { readJsonBody, withJsonBody } from './json-body.js';
export { jsonStringLiteralEnd } from './json-string-literal.js';
export { isNullBodyStatus } from './null-body-status.js';
export { type OpenAIEndpoint, openaiEndpoint } from './openai-endpoint.js';
export type * from './openai-types.js';
export { overrideParams } from './override-params.js';
export { readModelRequest } from './read-model-request.js';
export { parseBaseURL, rebaseURL } from './rebase-url.js';
export {
  bufferBody,
  isBodyReplayable,
  readBodyText,
  rememberBody,
  sendableBody,
} from './request-body.js';
export {
  metadataLimits,
  optionHeaders,
  type RequestOptions,
  requestOptions,
  validateRequestOptions,
  withRequestOptions,
} from './request-options.js';
export { RequestTranslationError } from './request-translation-error.js';
export { type RequestURLParts, splitRequestURL } from './request-url.js';
export { withResponseHeaders } from './response-headers.js';
export { type SseEvent, sseDone } from './sse-event.js';
export { readSseEvents, readSseJson } from './sse-read.js';
export { formatSseEvent, type SseResponseInit, sseResponse } from './sse-write.js';
export { stripOptionHeaders } from './strip-option-headers.js';
export { TextBodyResponse } from './text-body-response.js';
export { textContent } from './text-content.js';
export { timeout } from './timeout.js';
export { type FetchFunction, toFetch } from './to-fetch.js';
export { requestSignal, transportSignal } from './transport-signal.js';
export { passThroughResponse, upstreamHeaders } from './upstream-headers.js';
export { readUpstreamJson } from './upstream-json.js';
export { withOptionHeaders } from './with-option-headers.js';
