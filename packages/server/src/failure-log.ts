import { isConfigId } from '@switchyard/config';
import { SwitchyardError, TransportError } from '@switchyard/core';
import { errorToResponse, thrownErrorOf } from './error-to-response.js';
import type { GatewayOptions } from './gateway-options.js';
import { type AnyHeaders, headerValue, scrubForLog, secretsFor } from './log-secrets.js';
import type { GatewayHeaders } from './request-headers.js';

/** What the gateway logs about a request it failed with a 5xx of its own making. */
export interface GatewayLogEntry {
  level: 'error';
  /** ISO 8601. */
  time: string;
  /** The id the client received in `x-request-id` and in its error message. */
  requestId: string;
  method: string;
  /** The request's path, without its query. */
  path: string;
  status: number;
  /** The error code the client received (`internal_error`, `err_transport`, `upstream_timeout`...). */
  code: string;
  /** `Name: message` of the error, with secrets, key-shaped tokens and URL queries removed. */
  error: string;
  /** What the request named as its target (`provider "openai"`, `config "pc-..."`), when it named one. */
  target?: string;
  /** The upstream URL a transport failure was for, without its query. */
  upstream?: string;
  /** The stack of an unexpected error (a 500), scrubbed as `error` is. */
  stack?: string;
}

/** Receives one entry per failed request. */
export type GatewayLogger = (entry: GatewayLogEntry) => void;

/** The default `logger`: each entry as one line of JSON on stderr (JSON, so no value can forge a line). */
export const defaultGatewayLogger: GatewayLogger = (entry) => {
  console.error(JSON.stringify(entry));
};

/** The request a failure is reported for. */
export interface FailedRequest {
  method: string;
  /** The path, without its query. */
  path: string;
  headers: AnyHeaders;
  /** Its routing headers, when they could be read. */
  gateway?: GatewayHeaders;
}

/** Reports an answer; see `failureReporter`. */
export type FailureReporter = (response: Response, request: FailedRequest) => Response;

/** An incoming `x-request-id` the gateway reuses: a short token of safe characters. */
const safeRequestId = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/**
 * For the gateway's fronts: when `response` is a 5xx the gateway made from a thrown error, logs it
 * to `options.logger` with a request id (the client's own `x-request-id` when it is a short safe
 * token, else a new UUID) and returns the same answer with that id in its message and in its
 * `x-request-id` header; any other response is returned as it is. A logger that throws is ignored.
 */
export function failureReporter(options: GatewayOptions): FailureReporter {
  const logger = options.logger ?? defaultGatewayLogger;
  return (response, request) => {
    if (response.status < 500) return response;
    const thrown = thrownErrorOf(response);
    if (thrown === undefined) return response;
    const incoming = headerValue(request.headers, 'x-request-id')?.trim();
    const requestId = incoming !== undefined && safeRequestId.test(incoming) ? incoming : crypto.randomUUID();
    const target = targetOf(request.gateway);
    const answer = errorToResponse(thrown.error, { requestId, ...(target ? { target } : {}) });
    try {
      logger(logEntry(thrown.error, answer.status, requestId, request, target, options));
    } catch {
      // The client's answer does not depend on the log.
    }
    return answer;
  };
}

function logEntry(
  error: unknown,
  status: number,
  requestId: string,
  request: FailedRequest,
  target: string | undefined,
  options: GatewayOptions,
): GatewayLogEntry {
  const secrets = secretsFor(request.headers, options);
  const scrub = (text: string) => scrubForLog(text, secrets);
  const entry: GatewayLogEntry = {
    level: 'error',
    time: new Date().toISOString(),
    requestId,
    method: request.method,
    path: request.path,
    status,
    code: error instanceof SwitchyardError ? error.code.toLowerCase() : 'internal_error',
    error: scrub(error instanceof Error ? `${error.name}: ${error.message}` : String(error)),
  };
  if (target !== undefined) entry.target = scrub(target);
  if (error instanceof TransportError) entry.upstream = scrub(error.url);
  if (!(error instanceof SwitchyardError) && error instanceof Error && error.stack !== undefined) {
    entry.stack = scrub(error.stack);
  }
  return entry;
}

/** What a request named as its target, for messages: a config id, a virtual key or a provider. */
function targetOf(headers: GatewayHeaders | undefined): string | undefined {
  if (headers === undefined) return undefined;
  const { config, virtualKey, provider } = headers;
  if (config !== undefined) return isConfigId(config) ? `config ${quoted(config)}` : undefined;
  if (virtualKey !== undefined) return `virtual key ${quoted(virtualKey)}`;
  if (provider !== undefined) return `provider ${quoted(provider)}`;
  return undefined;
}

function quoted(name: string): string {
  return JSON.stringify(name.length > 64 ? `${name.slice(0, 64)}...` : name);
}
