import type { CompiledCheck, CompiledHook } from './compile-hooks.js';
import type {
  CheckContext,
  CheckOutcome,
  GuardrailCheckResult,
  GuardrailHookResult,
  HookFeedback,
} from './guardrail-types.js';

/** The outcome of the hooks of one event. */
export interface HooksRun {
  /** Results of the hooks that ran synchronously, in configuration order. */
  results: GuardrailHookResult[];
  /** A failed hook has `deny: true`. */
  denied: boolean;
  /** Some hook failed (denied or not). */
  failed: boolean;
  /** The redactions the passing checks asked for, composed in order; undefined when none. */
  redact: ((text: string) => string) | undefined;
}

/**
 * Runs `hooks` on `context`: synchronous hooks in parallel (their checks in parallel, or in order when
 * `sequential`), async hooks in the background with their result handed to `onAsyncResult`.
 */
export async function runHooks(
  hooks: readonly CompiledHook[],
  context: CheckContext,
  onAsyncResult: (result: GuardrailHookResult) => void,
): Promise<HooksRun> {
  const sync = hooks.filter((hook) => !hook.async);
  for (const hook of hooks) {
    if (hook.async)
      void runHook(hook, context).then(
        ({ result }) => onAsyncResult(result),
        () => undefined,
      );
  }
  const runs = await Promise.all(sync.map((hook) => runHook(hook, context)));
  const redactions = runs.flatMap((run) => run.redactions);
  return {
    results: runs.map((run) => run.result),
    denied: runs.some((run) => run.result.deny),
    failed: runs.some((run) => !run.result.verdict),
    redact:
      redactions.length === 0
        ? undefined
        : (text) => redactions.reduce((value, redact) => redact(value), text),
  };
}

async function runHook(
  hook: CompiledHook,
  context: CheckContext,
): Promise<{ result: GuardrailHookResult; redactions: Array<(text: string) => string> }> {
  const createdAt = new Date().toISOString();
  const started = performance.now();
  const redactions: Array<(text: string) => string> = [];
  const checks: GuardrailCheckResult[] = [];
  if (hook.sequential) {
    let current = context;
    for (const check of hook.checks) {
      const { result, redact } = await runCheck(check, current);
      checks.push(result);
      if (redact) {
        redactions.push(redact);
        current = { ...current, text: redact(current.text), texts: current.texts.map(redact) };
      }
    }
  } else {
    const runs = await Promise.all(hook.checks.map((check) => runCheck(check, context)));
    for (const { result, redact } of runs) {
      checks.push(result);
      if (redact) redactions.push(redact);
    }
  }
  // Portkey's rule: an errored check fails the hook only when it asked to (`failOnError`).
  const verdict = checks.every(
    (check) => check.verdict || (check.error !== undefined && !check.fail_on_error),
  );
  const result: GuardrailHookResult = {
    id: hook.id,
    type: 'guardrail',
    verdict,
    deny: hook.deny && !verdict,
    async: hook.async,
    transformed: checks.some((check) => check.transformed),
    checks,
    feedback: feedbackFor(verdict ? hook.onSuccess : hook.onFail, checks),
    execution_time: Math.round(performance.now() - started),
    created_at: createdAt,
  };
  return { result, redactions };
}

async function runCheck(
  check: CompiledCheck,
  context: CheckContext,
): Promise<{ result: GuardrailCheckResult; redact: ((text: string) => string) | undefined }> {
  const createdAt = new Date().toISOString();
  const started = performance.now();
  const result: GuardrailCheckResult = {
    id: check.id,
    verdict: false,
    data: null,
    transformed: false,
    fail_on_error: check.failOnError,
    execution_time: 0,
    created_at: createdAt,
  };
  let redact: ((text: string) => string) | undefined;
  try {
    const answer = await check.run(context, check.parameters);
    const outcome: CheckOutcome = typeof answer === 'boolean' ? { verdict: answer } : answer;
    if (typeof outcome?.verdict !== 'boolean')
      throw new TypeError(`check ${check.id} returned no boolean verdict`);
    result.verdict = outcome.verdict;
    result.data = outcome.data ?? null;
    if (outcome.redact) {
      redact = outcome.redact;
      result.transformed = true;
    }
  } catch (error) {
    result.error = {
      name: error instanceof Error ? error.name : 'Error',
      message: error instanceof Error ? error.message : String(error),
    };
  }
  result.execution_time = Math.round(performance.now() - started);
  return { result, redact };
}

function feedbackFor(
  feedback: HookFeedback | undefined,
  checks: GuardrailCheckResult[],
): HookFeedback | null {
  if (!feedback) return null;
  const ids = (keep: (check: GuardrailCheckResult) => boolean) =>
    checks
      .filter(keep)
      .map((check) => check.id)
      .join(', ');
  return {
    ...feedback,
    metadata: {
      ...feedback.metadata,
      successfulChecks: ids((check) => check.verdict),
      failedChecks: ids((check) => !check.verdict && check.error === undefined),
      erroredChecks: ids((check) => check.error !== undefined),
    },
  };
}
