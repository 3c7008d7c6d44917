import type { IncomingMessage } from 'node:http';

/** A file part of a multipart request, as the mock provider recorded it. */
export interface MockUploadedFile {
  /** The part's filename. */
  name: string;
  /** The part's content type. */
  type: string;
  /** Size in bytes. */
  size: number;
}

/** A request as the mock provider received it. */
export interface MockRequest {
  /** 0-based position among all requests this server received. */
  index: number;
  method: string;
  /** The path without the query string, e.g. `/v1/chat/completions`. */
  path: string;
  /** The path with the query string, as sent. */
  url: string;
  /** Headers with lower-case names; repeated headers joined with `, `. */
  headers: Record<string, string>;
  /**
   * The parsed body: the JSON value for JSON bodies, a field map (files as `MockUploadedFile`) for
   * `multipart/form-data`, the text otherwise, `undefined` when empty. A JSON content type with an
   * invalid body records the text.
   */
  body: unknown;
  /** The body exactly as received. */
  rawBody: Uint8Array;
}

/** Largest body the mock accepts; bigger requests are answered 413. */
export const maxBodyBytes = 32 * 1024 * 1024;

/** Reads the whole body of `incoming`; `undefined` when it exceeds `maxBodyBytes`. */
export async function readIncomingBody(incoming: IncomingMessage): Promise<Uint8Array | undefined> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of incoming as AsyncIterable<Buffer>) {
    size += part.length;
    if (size > maxBodyBytes) return undefined;
    parts.push(part);
  }
  return Buffer.concat(parts);
}

/** Builds the record of one request. */
export async function recordRequest(
  incoming: IncomingMessage,
  rawBody: Uint8Array,
  index: number,
): Promise<MockRequest> {
  const url = incoming.url ?? '/';
  const query = url.indexOf('?');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return {
    index,
    method: incoming.method ?? 'GET',
    path: query === -1 ? url : url.slice(0, query),
    url,
    headers,
    body: await parseBody(rawBody, headers['content-type'] ?? ''),
    rawBody,
  };
}

async function parseBody(rawBody: Uint8Array, contentType: string): Promise<unknown> {
  if (rawBody.length === 0) return undefined;
  if (contentType.startsWith('multipart/form-data')) return parseMultipart(rawBody, contentType);
  const text = Buffer.from(rawBody.buffer, rawBody.byteOffset, rawBody.byteLength).toString('utf8');
  if (!contentType.includes('json')) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function parseMultipart(rawBody: Uint8Array, contentType: string): Promise<unknown> {
  let form: FormData;
  try {
    form = await new Response(rawBody, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return Buffer.from(rawBody).toString('utf8');
  }
  const fields: Record<string, string | MockUploadedFile> = {};
  for (const [name, value] of form.entries()) {
    fields[name] =
      typeof value === 'string' ? value : { name: value.name, type: value.type, size: value.size };
  }
  return fields;
}
