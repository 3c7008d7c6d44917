import { AllBranchesFailedError, errorResponse, SwitchyardError, TransportError } from '@switchyard/core';

/** What the gateway knows about a failed request when it answers for it. */
export interface ErrorContext {
  /** The id the client quotes and the log line carries; set on every 5xx answer. Default: none. */
  requestId?: string;
  /** What the request named as its target (`provider "openai"`), for messages. Default: none. */
  target?: string;
}

// The error each answer below was made from, so the gateway's front can log it with a request id.
const thrownErrors = new WeakMap<Response, { error: unknown }>();

/**
 * The OpenAI-shaped response for an error thrown by a pipeline: what went wrong in a sentence that
 * names the failing part, never a stack, a secret or an upstream URL (the gateway's log keeps
 * those). With a `requestId`, a 5xx answer carries it in its message and its `x-request-id`.
 */
export function errorToResponse(error: unknown, context: ErrorContext = {}): Response {
  const response = answerFor(error, context);
  thrownErrors.set(response, { error });
  return response;
}

/** The error `response` was made from by `errorToResponse`; `undefined` for any other response. */
export function thrownErrorOf(response: Response): { error: unknown } | undefined {
  return thrownErrors.get(response);
}

function answerFor(error: unknown, context: ErrorContext): Response {
  const refused = refusedAddress(error);
  if (refused !== undefined) {
    // The client chose this host: what the policy says about it is theirs to know.
    const of = context.target === undefined ? '' : ` of ${context.target}`;
    return errorResponse(400, `The host${of} is not allowed: ${refused}`, {
      type: 'invalid_request_error',
      code: 'address_not_allowed',
      param: 'custom_host',
    });
  }
  const clientMistake = sameClientMistake(error);
  if (clientMistake !== undefined) return answerFor(clientMistake, context);
  if (error instanceof SwitchyardError) {
    switch (error.code) {
      case 'ERR_CONFIG':
      case 'ERR_INVALID_REQUEST_OPTIONS':
        return errorResponse(400, error.message, {
          type: 'invalid_request_error',
          code: error.code.toLowerCase(),
        });
      case 'ERR_TIMEOUT':
        return serverError(504, clientMessage(error, context.target), context, {
          type: 'timeout_error',
          code: 'upstream_timeout',
        });
      case 'ERR_UPSTREAM_PROTOCOL':
        // The code every provider's stream translation uses for the same failure.
        return serverError(502, clientMessage(error, context.target), context, {
          type: 'api_error',
          code: 'upstream_protocol_error',
        });
      default:
        return serverError(502, clientMessage(error, context.target), context, {
          type: 'api_error',
          code: error.code.toLowerCase(),
        });
    }
  }
  if (error instanceof SyntaxError) return errorResponse(400, error.message, { code: 'invalid_json' });
  return serverError(500, 'The gateway failed to handle this request', context, {
    type: 'api_error',
    code: 'internal_error',
  });
}

function serverError(
  status: number,
  message: string,
  context: ErrorContext,
  details: { type: string; code: string },
): Response {
  const { requestId } = context;
  if (requestId === undefined) return errorResponse(status, message, details);
  return errorResponse(status, `${message} (request id ${requestId})`, {
    ...details,
    headers: { 'x-request-id': requestId },
  });
}

/** Nested routers nest their errors; deeper than this, a branch's failure is summed up. */
const maxDepth = 4;

/** What failed, for the client: a transport failure names its kind, never the URL it was for. */
function clientMessage(error: SwitchyardError, target: string | undefined, depth = 0): string {
  const of = target === undefined ? '' : ` of ${target}`;
  if (error instanceof TransportError) {
    return `The connection to the upstream${of} failed: ${transportFailure(error.cause)}`;
  }
  if (error instanceof AllBranchesFailedError) {
    const reasons = error.errors.map((branch, index) => {
      const reason =
        branch instanceof SwitchyardError && depth < maxDepth
          ? clientMessage(branch, undefined, depth + 1)
          : 'failed';
      return `[${index}] ${reason}`;
    });
    return `All ${error.errors.length} branches${of} failed: ${reasons.join('; ')}`;
  }
  return target === undefined ? error.message : `${error.message} (${target})`;
}

/** Kinds of network failure by the code Node and undici give them. */
const failureKinds = new Map([
  ['ECONNREFUSED', 'connection refused'],
  ['ECONNRESET', 'connection reset'],
  ['ENOTFOUND', 'host name not found'],
  ['EAI_AGAIN', 'host name lookup failed'],
  ['ETIMEDOUT', 'connect timed out'],
  ['UND_ERR_CONNECT_TIMEOUT', 'connect timed out'],
  ['UND_ERR_HEADERS_TIMEOUT', 'no answer in time'],
  ['UND_ERR_BODY_TIMEOUT', 'the answer stalled'],
  ['UND_ERR_SOCKET', 'the connection closed early'],
  ['ERR_ADDRESS_NOT_ALLOWED', "the upstream's address is not allowed by the gateway's address policy"],
]);

/** The kind of a transport failure from its cause's `code` (looked for three causes deep). */
function transportFailure(cause: unknown): string {
  let current = cause;
  for (let depth = 0; depth < 3 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(code)) {
      const kind = failureKinds.get(code);
      return kind === undefined ? code : `${kind} (${code})`;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return 'network error';
}

/**
 * When every branch of a router threw because of the request itself (a body that is not JSON or
 * nests too deep, a bad option: the same for every branch), the last branch's error, which the
 * client must see as its 400 rather than a 502 "all branches failed"; else `undefined`. As
 * `fallback` answers with its last branch's outcome, so does this.
 */
function sameClientMistake(error: unknown, depth = 0): unknown {
  if (!(error instanceof AllBranchesFailedError) || depth > maxDepth || error.errors.length === 0) {
    return undefined;
  }
  for (const branch of error.errors) {
    const inner = sameClientMistake(branch, depth + 1) ?? branch;
    if (!isClientMistake(inner)) return undefined;
  }
  const last = error.errors.at(-1);
  return sameClientMistake(last, depth + 1) ?? last;
}

/** True for an error thrown because of the request's own shape, which no other branch can fix. */
function isClientMistake(error: unknown): boolean {
  if (error instanceof SyntaxError) return true;
  return (
    error instanceof SwitchyardError &&
    (error.code === 'ERR_CONFIG' || error.code === 'ERR_INVALID_REQUEST_OPTIONS')
  );
}

/**
 * The policy's reason when `error` is a connection refused by an address policy (a host a client
 * chose that resolves to a private or metadata address), at any depth of fallback errors.
 */
function refusedAddress(error: unknown, depth = 0): string | undefined {
  if (depth > maxDepth || typeof error !== 'object' || error === null) return undefined;
  const cause = (error as { cause?: unknown }).cause as
    | { code?: unknown; verdict?: { reason?: unknown } }
    | undefined;
  if (error instanceof TransportError && cause?.code === 'ERR_ADDRESS_NOT_ALLOWED') {
    return typeof cause.verdict?.reason === 'string' ? cause.verdict.reason : 'the address policy refuses it';
  }
  if (error instanceof AllBranchesFailedError) {
    for (const branch of error.errors) {
      const reason = refusedAddress(branch, depth + 1);
      if (reason !== undefined) return reason;
    }
  }
  return undefined;
}
