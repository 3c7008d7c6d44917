// Plumbing shared by Switchyard's own packages. No stability promise: names and behaviour here may
// change in any release. Users compose and write middlewares with `@switchyard/core` alone.

export { type BodyClock, type BodyLimits, limitBody, startBodyClock } from './body-limits.js';
export {
  type BodyOutcome,
  type BodyTap,
  type BodyTapPoint,
  tapBody,
  tapPoint,
  tapResponse,
} from './body-tap.js';
export { errorOutcome, responseOutcome } from './call-outcome.js';
export { canonicalJson } from './canonical-json.js';
export { chatOrEmbeddingsEndpoint } from './chat-or-embeddings.js';
export {
  circuitOpenProbe,
  forwardCircuitProbe,
  isCircuitOpen,
  type ProbedHandler,
  reportCircuitOfBranches,
} from './circuit-probe.js';
export { type DeriveRequestInit, deriveRequest, replayRequest } from './derive-request.js';
export {
  type DetachedRequestInit,
  detachedRequest,
  isDetached,
  isDetachSafe,
  markDetachSafe,
  setFastPath,
} from './detached-request.js';
export { discardBody } from './discard-body.js';
export { embeddingResponse } from './embedding-response.js';
export { awaitFirstByte, firstByteReady, markFirstByteSettled, needsFirstByte } from './first-byte.js';
export { awaitFirstContent } from './first-content.js';
export { optionHeaderPrefix, requestOptionHeaders, responseHeaders } from './header-names.js';
export {
  connectionHeaderNames,
  isHopByHopHeader,
  isPerHopRequestHeader,
} from './hop-by-hop-headers.js';
export { maxJsonDepth, nestsDeeperThan } from './json-depth.js';
export { isNullBodyStatus } from './null-body-status.js';
export { type OpenAIEndpoint, openaiEndpoint } from './openai-endpoint.js';
export { readModelRequest } from './read-model-request.js';
export { parseBaseURL, rebaseURL } from './rebase-url.js';
export {
  bufferBody,
  isBodyReplayable,
  readBodyText,
  rememberBody,
  sendableBody,
} from './request-body.js';
export { metadataLimits, optionHeaders, validateRequestOptions } from './request-options.js';
export { type RequestURLParts, splitRequestURL } from './request-url.js';
export { knownResponseBytes, rememberResponseBytes } from './response-bytes.js';
export { withResponseHeaders } from './response-headers.js';
export { type SseTranslator, translateSse } from './sse-translation.js';
export { stripOptionHeaders } from './strip-option-headers.js';
export { textContent } from './text-content.js';
export { requestSignal, transportSignal } from './transport-signal.js';
export { passThroughResponse, upstreamHeaders } from './upstream-headers.js';
export { readUpstreamJson } from './upstream-json.js';
export { withOptionHeaders } from './with-option-headers.js';
export { withTimeout } from './with-timeout.js';
