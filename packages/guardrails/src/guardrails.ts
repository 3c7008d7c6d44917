import { type Middleware, readJsonBody, requestOptions, withJsonBody } from '@switchyard/core';
import { requestSignal } from '@switchyard/core/internal';
import { type CompiledHook, compileHooks } from './compile-hooks.js';
import { guardStream } from './guarded-stream.js';
import type {
  CheckContext,
  CheckFunction,
  GuardrailHook,
  GuardrailHookResult,
  HookEventType,
  HookResults,
} from './guardrail-types.js';
import { deniedResponse, hooksFailedStatus, verdictHeaders } from './hook-responses.js';
import { type HooksRun, runHooks } from './run-hooks.js';
import { requestTexts, requestTypeOf, responseTexts, rewriteRequest, rewriteResponse } from './text-parts.js';

/** Options of `guardrails()`. */
export interface GuardrailsOptions {
  /** Hooks run on the request before it is sent (Portkey's `before_request_hooks`). Default: none. */
  before?: GuardrailHook[];
  /** Hooks run on a 200 response before it is returned (Portkey's `after_request_hooks`). Default: none. */
  after?: GuardrailHook[];
  /** Extra check ids usable in hooks, e.g. `{ 'acme.noSecrets': (context) => ... }`. Default: none. */
  checks?: Readonly<Record<string, CheckFunction>>;
  /** Receives the results of `async: true` hooks, which never delay or change a call. Default: ignored. */
  onAsyncResult?: (result: GuardrailHookResult, eventType: HookEventType) => void;
  /** Prefix of paths in setup errors, e.g. `targets[0]` for a config. Default: `guardrails`. */
  path?: string;
}

const noHooks: HooksRun = { results: [], denied: false, failed: false, redact: undefined };

/**
 * Portkey-style guardrails around chat completions, completions, embeddings, Anthropic's Messages
 * API (`POST …/v1/messages`) and OpenAI's Responses API (`POST …/responses`). Before-request hooks
 * check the request (a redacting check rewrites it); after-request hooks check a 200 response. A
 * failed hook with `deny: true` answers 446 (a `hooks_failed` error with `hook_results`, in
 * Anthropic's error shape on the Messages API, else OpenAI's); a failed hook without deny lets the
 * call through with status 246; `hook_results` are attached to JSON bodies (and to the end of a
 * stream) and `x-switchyard-guardrails` says `passed`, `failed` or `denied`. Other endpoints pass
 * through unchecked.
 *
 * @throws TypeError at setup time naming the hook, check or parameter that is invalid.
 */
export function guardrails(options: GuardrailsOptions = {}): Middleware {
  if (typeof options !== 'object' || options === null)
    throw new TypeError('guardrails: options must be an object');
  const path = options.path ?? 'guardrails';
  const custom = options.checks ?? {};
  for (const [id, check] of Object.entries(custom)) {
    if (typeof check !== 'function') throw new TypeError(`${path}.checks["${id}"] must be a check function`);
  }
  const before = compileHooks(options.before, `${path}.before`, 'before_guardrail', custom);
  const after = compileHooks(options.after, `${path}.after`, 'after_guardrail', custom);
  const onAsyncResult = options.onAsyncResult ?? (() => undefined);
  if (before.length === 0 && after.length === 0) return (next) => next;
  return (next) =>
    async function guardrails(request) {
      const requestType = requestTypeOf(request.url);
      if (requestType === undefined || request.method !== 'POST') return next(request);
      let json: Record<string, unknown>;
      try {
        json = await readJsonBody<Record<string, unknown>>(request);
      } catch {
        return next(request);
      }
      if (typeof json !== 'object' || json === null || Array.isArray(json)) return next(request);
      const base = {
        requestType,
        request: { json, url: request.url },
        metadata: requestOptions(request).metadata ?? {},
        signal: requestSignal(request),
      };
      let beforeRun = noHooks;
      let outgoing = request;
      if (before.length > 0) {
        const context: CheckContext = {
          ...base,
          eventType: 'beforeRequestHook',
          ...requestTexts(json, requestType),
        };
        beforeRun = await runHooks(before, context, (result) => onAsyncResult(result, 'beforeRequestHook'));
        if (beforeRun.denied)
          return deniedResponse(
            { before_request_hooks: beforeRun.results, after_request_hooks: [] },
            requestType,
          );
        if (beforeRun.redact) {
          json = rewriteRequest(json, requestType, beforeRun.redact);
          outgoing = withJsonBody(request, json);
          base.request = { json, url: request.url };
        }
      }
      const response = await next(outgoing);
      const applicable: readonly CompiledHook[] =
        response.status === 200 && requestType !== 'embed' ? after : [];
      const type = response.headers.get('content-type') ?? '';
      if (response.body !== null && type.includes('text/event-stream')) {
        return guardStream({
          response,
          before: beforeRun,
          after: applicable,
          context: base,
          onAsyncResult: (result) => onAsyncResult(result, 'afterRequestHook'),
        });
      }
      if (!type.includes('json'))
        return withVerdict(response, beforeRun.failed, beforeRun.results.length > 0);
      const text = await response.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return withVerdict(new Response(text, response), beforeRun.failed, beforeRun.results.length > 0);
      }
      let afterRun = noHooks;
      if (applicable.length > 0) {
        const context: CheckContext = {
          ...base,
          eventType: 'afterRequestHook',
          ...responseTexts(body, requestType),
          response: { json: body, status: response.status },
        };
        afterRun = await runHooks(applicable, context, (result) => onAsyncResult(result, 'afterRequestHook'));
        if (afterRun.denied) {
          return deniedResponse(
            { before_request_hooks: beforeRun.results, after_request_hooks: afterRun.results },
            requestType,
          );
        }
        if (afterRun.redact) body = rewriteResponse(body, requestType, afterRun.redact);
      }
      const results: HookResults = {
        before_request_hooks: beforeRun.results,
        after_request_hooks: afterRun.results,
      };
      const failed = beforeRun.failed || afterRun.failed;
      const hasResults = results.before_request_hooks.length > 0 || results.after_request_hooks.length > 0;
      if (!hasResults) return new Response(text, response);
      const answer =
        typeof body === 'object' && body !== null && !Array.isArray(body)
          ? { ...body, hook_results: results }
          : body;
      return new Response(JSON.stringify(answer), {
        status: failed && response.status === 200 ? hooksFailedStatus : response.status,
        statusText: failed && response.status === 200 ? 'Hooks failed' : response.statusText,
        headers: verdictHeaders(response.headers, failed),
      });
    };
}

/** A body Switchyard does not rewrite (audio, text): only the status and the verdict header change. */
function withVerdict(response: Response, failed: boolean, hasResults: boolean): Response {
  if (!hasResults) return response;
  return new Response(response.body, {
    status: failed && response.status === 200 ? hooksFailedStatus : response.status,
    statusText: response.statusText,
    headers: verdictHeaders(response.headers, failed),
  });
}
