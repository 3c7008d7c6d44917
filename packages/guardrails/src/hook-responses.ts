import { responseHeaders } from '@switchyard/core/internal';
import type { HookResults, RequestType } from './guardrail-types.js';

/**
 * Response header saying what the guardrails decided: `passed`, `failed` (the call went through with
 * status 246) or `denied` (446).
 */
export const guardrailsHeader = responseHeaders.guardrails;

/** Portkey's status for a call whose checks failed without `deny`. */
export const hooksFailedStatus = 246;

/** Portkey's status for a call a failed `deny` hook stopped. */
export const hooksDeniedStatus = 446;

const deniedMessage =
  'The guardrail checks defined in the config failed. You can find more information in the `hook_results` object.';

/**
 * The 446 answer: an OpenAI-shaped error of type `hooks_failed` with `hook_results` beside it, as
 * Portkey sends it, and inside `error` too, because OpenAI SDKs keep only `error` in their typed
 * errors (`err.error.hook_results`). On Anthropic's Messages API the body is Anthropic's error
 * shape, `{ type: 'error', error: { type: 'hooks_failed', message, hook_results }, hook_results,
 * request_id: null }`, which Anthropic's SDK reads the same way (`err.type`, `err.error`).
 */
export function deniedResponse(results: HookResults, requestType?: RequestType): Response {
  const body =
    requestType === 'messages'
      ? {
          type: 'error',
          error: { type: 'hooks_failed', message: deniedMessage, hook_results: results },
          hook_results: results,
          request_id: null,
        }
      : {
          error: {
            message: deniedMessage,
            type: 'hooks_failed',
            code: null,
            param: null,
            hook_results: results,
          },
          hook_results: results,
        };
  return new Response(JSON.stringify(body), {
    status: hooksDeniedStatus,
    headers: { 'content-type': 'application/json', [guardrailsHeader]: 'denied' },
  });
}

/** The response headers with the verdict set and the (now wrong) length dropped. */
export function verdictHeaders(headers: Headers, failed: boolean): Headers {
  const copy = new Headers(headers);
  copy.delete('content-length');
  copy.set(guardrailsHeader, failed ? 'failed' : 'passed');
  return copy;
}
