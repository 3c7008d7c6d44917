import {
  type BuiltinCheck,
  describe,
  optionalBoolean,
  optionalNumber,
  requireString,
} from './builtin-check.js';

/**
 * `default.webhook`: POSTs the call (request and response bodies, metadata, event type; never
 * headers) as JSON to `webhookURL` with `headers`, and takes `{ verdict, data }` from the answer.
 * `timeout` is in milliseconds (default 3000). A webhook that cannot be reached, times out or answers
 * non-2xx is an errored check: it passes (fails open) unless `failOnError: true` (fails closed).
 */
export const webhook: BuiltinCheck = {
  validate(parameters, path) {
    requireString(parameters, 'webhookURL', path);
    let url: URL;
    try {
      url = new URL(parameters.webhookURL as string);
    } catch {
      throw new TypeError(
        `${path}.webhookURL must be an absolute http(s) URL; got ${describe(parameters.webhookURL)}`,
      );
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new TypeError(`${path}.webhookURL must use http or https; got ${url.protocol}`);
    }
    const headers = parameters.headers;
    if (
      headers !== undefined &&
      (typeof headers !== 'object' ||
        headers === null ||
        Object.values(headers).some((value) => typeof value !== 'string'))
    ) {
      throw new TypeError(`${path}.headers must be an object of strings; got ${describe(headers)}`);
    }
    optionalNumber(parameters, 'timeout', path);
    optionalBoolean(parameters, 'failOnError', path);
  },
  async run(context, parameters) {
    const url = parameters.webhookURL as string;
    const timeout = (parameters.timeout as number | undefined) ?? 3000;
    const body = {
      eventType: context.eventType,
      requestType: context.requestType,
      request: {
        json: context.request.json,
        text: context.eventType === 'beforeRequestHook' ? context.text : undefined,
      },
      response: context.response
        ? { json: context.response.json, text: context.text, statusCode: context.response.status }
        : undefined,
      metadata: context.metadata,
    };
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(parameters.headers as Record<string, string> | undefined),
        },
        body: JSON.stringify(body),
        signal: AbortSignal.any([context.signal, AbortSignal.timeout(timeout)]),
      });
    } catch (error) {
      const reason =
        (error as Error).name === 'TimeoutError' ? `timed out after ${timeout} ms` : (error as Error).message;
      throw new Error(`Webhook ${originOf(url)} failed: ${reason}`);
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new Error(`Webhook ${originOf(url)} answered ${response.status}`);
    }
    const answer = (await response.json()) as { verdict?: unknown; data?: unknown };
    if (typeof answer?.verdict !== 'boolean') {
      throw new Error(`Webhook ${originOf(url)} answered without a boolean verdict`);
    }
    return { verdict: answer.verdict, data: answer.data ?? null };
  },
};

function originOf(url: string): string {
  return new URL(url).origin;
}
