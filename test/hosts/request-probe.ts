import type { ProviderFactory } from '@switchyard/config';
import { chatCompletion, jsonResponse } from '@switchyard/testing';

/** What a provider registered through `compile.providers` saw of one request, read as users read it. */
export interface ProbedRequest {
  /** The request object itself. */
  readonly request: Request;
  /** `request instanceof Request` on arrival. */
  readonly isRequest: boolean;
  /** `request.bodyUsed` on arrival: a provider must get the body unread. */
  readonly bodyUsedOnArrival: boolean;
  /** The body from `request.clone().json()`. */
  readonly clonedBody: unknown;
  /** The body from `request.json()`. */
  readonly body: unknown;
  /** Resolves with the abort reason when `request.signal` aborts. */
  readonly aborted: Promise<unknown>;
}

/** A custom provider that answers by `model`: `probe-echo` at once, `probe-hang` never (it waits for its signal). */
export interface RequestProbe {
  /** The factory to register as `compile: { providers: { [slug]: factory } }`. */
  readonly factory: ProviderFactory;
  /** Every request the provider received, in order. */
  readonly seen: ProbedRequest[];
  /** Resolves with the next request the provider receives. */
  nextArrival(): Promise<ProbedRequest>;
}

/** A provider for tests of what a user's provider receives from the gateway. */
export function requestProbe(): RequestProbe {
  const seen: ProbedRequest[] = [];
  const waiting: Array<(probed: ProbedRequest) => void> = [];
  const factory: ProviderFactory = () => () => async (request) => {
    const isRequest = request instanceof Request;
    const bodyUsedOnArrival = request.bodyUsed;
    const aborted = new Promise<unknown>((resolve) => {
      if (request.signal.aborted) resolve(request.signal.reason);
      else request.signal.addEventListener('abort', () => resolve(request.signal.reason), { once: true });
    });
    const clonedBody: unknown = await request.clone().json();
    const body: unknown = await request.json();
    const probed: ProbedRequest = { request, isRequest, bodyUsedOnArrival, clonedBody, body, aborted };
    seen.push(probed);
    for (const resolve of waiting.splice(0)) resolve(probed);
    if ((body as { model?: unknown }).model === 'probe-hang') {
      throw await aborted; // as a provider whose upstream call was aborted rejects
    }
    return jsonResponse(chatCompletion({ content: 'probe echo' }));
  };
  return {
    factory,
    seen,
    nextArrival: () => new Promise((resolve) => waiting.push(resolve)),
  };
}
