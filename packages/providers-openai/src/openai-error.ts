import { errorCodeForStatus, errorResponse } from '@switchyard/core';

/**
 * An error answer in OpenAI's shape `{ error: { message, type, code, param } }`, same status.
 * OpenAI-compatible servers differ: vLLM answers `{ object: 'error', message, type, code }`, Azure
 * leaves out `type`, some proxies send `{ error: 'text' }`, `{ detail }` or HTML. A body already
 * in OpenAI's shape with a `code` is returned as it is: OpenAI's own codes pass through
 * (`context_length_exceeded`, `insufficient_quota`, ...). A body without a code, or with an HTTP
 * status for one (Azure's `"429"`), gets the code of core's `errorCodes` its status means. The body is read and normalised only when the answer is
 * read: a fallback or retry that discards the answer just cancels the upstream body.
 */
export async function normalizeErrorResponse(
  response: Response,
  headers: Headers,
  provider: string,
): Promise<Response> {
  headers.set('content-type', 'application/json');
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const normalized = await normalizedNow(response, new Headers(), provider);
        controller.enqueue(new Uint8Array(await normalized.arrayBuffer()));
        controller.close();
      },
      cancel(reason) {
        return drain(response, reason);
      },
    },
    { highWaterMark: 0 },
  );
  return new Response(body, { status: response.status, headers });
}

/** Error bodies are small; a larger one is not worth reading only to keep its connection. */
const drainLimitBytes = 64 * 1024;

/**
 * Reads an unwanted error body to its end, so the upstream connection can be reused (cancelling it
 * would close the connection); one longer than `drainLimitBytes` is cancelled instead.
 */
async function drain(response: Response, reason: unknown): Promise<void> {
  const reader = response.body?.getReader();
  if (!reader) return;
  let read = 0;
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      read += next.value.byteLength;
      if (read > drainLimitBytes) {
        await reader.cancel(reason);
        return;
      }
    }
  } catch {
    // A body that fails while draining has released its connection already.
  }
}

/** The normalised answer, built at once from the whole upstream body. */
async function normalizedNow(response: Response, headers: Headers, provider: string): Promise<Response> {
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return errorResponse(response.status, `${provider} answered ${response.status} without an error body`, {
      code: errorCodeForStatus(response.status),
      headers,
    });
  }
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const error = record.error;
  if (typeof error === 'object' && error !== null) {
    const fields = error as Record<string, unknown>;
    if (
      typeof fields.message === 'string' &&
      typeof fields.type === 'string' &&
      typeof fields.code === 'string' &&
      !isStatusText(fields.code) &&
      'param' in fields
    ) {
      headers.set('content-type', 'application/json');
      return new Response(text, { status: response.status, headers });
    }
    return errorResponse(response.status, messageOf(fields.message, provider, response.status), {
      type: stringOf(fields.type),
      code: codeOf(fields.code, response.status),
      param: stringOf(fields.param) ?? null,
      headers,
    });
  }
  const message = typeof error === 'string' ? error : (record.message ?? record.detail);
  return errorResponse(response.status, messageOf(message, provider, response.status), {
    type: stringOf(record.type),
    code: codeOf(record.code, response.status),
    headers,
  });
}

function messageOf(value: unknown, provider: string, status: number): string {
  if (typeof value === 'string' && value !== '') return value;
  if (value !== undefined && value !== null) return JSON.stringify(value);
  return `${provider} answered ${status}`;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The server's own code, or the one its status means when it gave none (or only a status). */
function codeOf(value: unknown, status: number): string {
  if (typeof value === 'string' && value !== '' && !isStatusText(value)) return value;
  return errorCodeForStatus(status);
}

function isStatusText(code: string): boolean {
  return /^\d{3}$/.test(code);
}
