/** What a downstream answers to one call: a status, or waiting until the caller gives up. */
export type Answer = 200 | 503 | 'hang';

/** How a call the downstream received ended. */
export type CallEnd = 'answered' | 'aborted';

/** One call as a downstream received it, read with the standard Fetch API (or by the server). */
export interface ReceivedCall {
  method: string;
  url: string;
  /** The body as each reader got it, parsed as JSON (or what reading it threw), in reading order. */
  bodies: unknown[];
  /** Whether `request.signal` was an `AbortSignal` (`undefined` where no `Request` is seen: the server). */
  signalIsAbortSignal?: boolean;
  /** Settles once the call is answered, or given up by the caller while the downstream waited. */
  ended: Promise<CallEnd>;
}

/**
 * How long a `hang` answer waits for the caller to give up before answering 200 anyway: a missing
 * abort then fails its case (`ended` is `answered`) instead of stalling the suite.
 */
export const hangLimitMs = 2_000;

/** The answers one case's downstream gives, in order, and the calls it received. */
export class Script {
  readonly calls: ReceivedCall[] = [];
  readonly #answers: readonly Answer[];
  readonly #waiters: Array<{ count: number; resolve: () => void }> = [];

  constructor(answers: readonly Answer[]) {
    this.#answers = answers;
  }

  /** Records `call` and returns its answer: a 500 past the end of the script, so an extra call shows. */
  receive(call: ReceivedCall): Answer | 500 {
    this.calls.push(call);
    for (const waiter of this.#waiters.filter((waiter) => waiter.count <= this.calls.length)) {
      this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
    return this.#answers[this.calls.length - 1] ?? 500;
  }

  /** Resolves once `count` calls have been received. */
  arrived(count: number): Promise<void> {
    if (this.calls.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push({ count, resolve }));
  }
}

/** The answer body for `status`: a chat completion, or an OpenAI-shaped error. */
export function answerText(status: 200 | 500 | 503): string {
  if (status !== 200) {
    const message = status === 503 ? 'Overloaded, try again' : 'The script had no answer for this call';
    return JSON.stringify({ error: { message, type: 'server_error', code: null, param: null } });
  }
  return JSON.stringify({
    id: 'chatcmpl-contract',
    object: 'chat.completion',
    created: 1,
    model: 'gpt-4o-mini',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: answerContent, refusal: null },
        finish_reason: 'stop',
        logprobs: null,
      },
    ],
    usage: { prompt_tokens: 9, completion_tokens: 2, total_tokens: 11 },
  });
}

/** The assistant's reply in every 200 answer. */
export const answerContent = 'Paris.';

/** A header every answer carries, so callers can check headers made it through. */
export const answerHeader = { name: 'x-contract-upstream', value: 'answered' } as const;

/** The headers of every answer. */
export function answerHeaders(): Record<string, string> {
  return { 'content-type': 'application/json', [answerHeader.name]: answerHeader.value };
}

/** Parses a body read as text; a body that is not JSON is kept as it came, so the diff shows it. */
export function parsedBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { notJson: text };
  }
}
