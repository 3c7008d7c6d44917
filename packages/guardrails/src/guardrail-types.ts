/** When a hook runs: on the request before it is sent, or on the response before it is returned. */
export type HookEventType = 'beforeRequestHook' | 'afterRequestHook';

/**
 * The kind of call, in Portkey's names: chat completions, text completions, embeddings, Anthropic's
 * Messages API (`messages`) and OpenAI's Responses API (`createModelResponse`).
 */
export type RequestType = 'chatComplete' | 'complete' | 'embed' | 'messages' | 'createModelResponse';

/** What a check sees. Request headers are never exposed: they carry credentials. */
export interface CheckContext {
  eventType: HookEventType;
  requestType: RequestType;
  /**
   * The text under check, as Portkey picks it: the last message (request) or choice 0 (response).
   * Messages API: the last message's texts; the answer's text blocks. Responses API: the last input
   * item's texts (or the `input` string); the answer's `output_text`.
   */
  text: string;
  /**
   * Every text part: all messages' texts (request) or all choices' contents (response). Messages
   * API: `system` and every message text (tool results too); each text block of the answer.
   * Responses API: `instructions` and every input text; each `output_text` part of the answer.
   */
  texts: string[];
  /** The request body, in the API it was sent in (chat completions, Messages, Responses, ...). */
  request: { json: Record<string, unknown>; url: string };
  /**
   * The response body and status, for after-request hooks: a chat completion, a Messages answer or
   * a Response (for a stream, the answer its events describe).
   */
  response?: { json: unknown; status: number };
  /** Portkey metadata of the request (`requestOptions(request).metadata`). */
  metadata: Readonly<Record<string, string>>;
  /** Aborts when the caller gives up; long checks (webhooks) should pass it on. */
  signal: AbortSignal;
}

/** What a check decides. `data` is shown in `hook_results`; `redact` rewrites every text under check. */
export interface CheckOutcome {
  verdict: boolean;
  /** Details for the caller (explanation, matches). Default: null. */
  data?: unknown;
  /** Rewrites each text part (the request messages or response choices); the check then counts as transformed. */
  redact?: (text: string) => string;
}

/**
 * A check in code: returns a verdict (or an outcome with details) for the context. Throwing counts as
 * an errored check: it fails the hook only with `failOnError: true` in its parameters (Portkey's rule).
 */
export type CheckFunction = (
  context: CheckContext,
  parameters: Readonly<Record<string, unknown>>,
) => boolean | CheckOutcome | Promise<boolean | CheckOutcome>;

/** A check by id, in Portkey's JSON shape: `{ id: 'default.regexMatch', parameters: { rule: '\\d' } }`. */
export interface CheckSpec {
  id: string;
  parameters?: Record<string, unknown>;
  /** `false` skips the check. Default: true. */
  is_enabled?: boolean;
}

/** A check written in code, with an id for `hook_results`. */
export interface CodeCheck {
  id: string;
  check: CheckFunction;
  parameters?: Record<string, unknown>;
}

/** Feedback Portkey attaches to a hook result on failure or success. */
export interface HookFeedback {
  value?: number;
  weight?: number;
  metadata?: Record<string, unknown>;
}

/** A guardrail hook in Portkey's JSON shape (`before_request_hooks` / `after_request_hooks` entries). */
export interface GuardrailHook {
  /** Default: `'guardrail'` (the only type supported). */
  type?: 'guardrail';
  /** Shown in `hook_results`. Default: `before_guardrail_<n>` / `after_guardrail_<n>`. */
  id?: string;
  /** A failed hook answers 446 instead of letting the call through. Default: false. */
  deny?: boolean;
  /** Runs without delaying the call; its result goes to `onAsyncResult` only. Default: false. */
  async?: boolean;
  /** Runs the checks one after another (a redaction is seen by later checks). Default: false (in parallel). */
  sequential?: boolean;
  on_fail?: { feedback?: HookFeedback };
  on_success?: { feedback?: HookFeedback };
  /** The checks; all must pass for the hook to pass. */
  checks: Array<CheckSpec | CodeCheck | CheckFunction>;
}

/** One check's result, as Portkey reports it in `hook_results`. */
export interface GuardrailCheckResult {
  id: string;
  verdict: boolean;
  data: unknown;
  error?: { name: string; message: string };
  transformed: boolean;
  fail_on_error: boolean;
  execution_time: number;
  created_at: string;
}

/** One hook's result, as Portkey reports it in `hook_results`. */
export interface GuardrailHookResult {
  id: string;
  type: 'guardrail';
  verdict: boolean;
  deny: boolean;
  async: boolean;
  transformed: boolean;
  checks: GuardrailCheckResult[];
  feedback: HookFeedback | null;
  execution_time: number;
  created_at: string;
}

/** The `hook_results` body field (and final stream event) of a guarded call. */
export interface HookResults {
  before_request_hooks: GuardrailHookResult[];
  after_request_hooks: GuardrailHookResult[];
}
