import { describe, expect, it } from 'vitest';
import { discardBody } from './discard-body.js';
import { withResponseHeaders } from './response-headers.js';
import { startLocalServer } from './test-support/local-server.js';
import { TextBodyResponse } from './text-body-response.js';

const text = '{"greeting":"héllo, wörld"}';
const json = () =>
  new TextBodyResponse(text, {
    status: 201,
    statusText: 'Created',
    headers: { 'content-type': 'application/json' },
  });

describe('TextBodyResponse', () => {
  it('is a Response with the given status and headers, and a string body’s default type', () => {
    const response = json();
    expect(response).toBeInstanceOf(Response);
    expect([response.status, response.statusText, response.ok, response.type]).toEqual([
      201,
      'Created',
      true,
      'default',
    ]);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(new TextBodyResponse('hi').headers.get('content-type')).toBe('text/plain;charset=UTF-8');
  });

  it('hands over the text and the parsed JSON once, as any body', async () => {
    const first = json();
    expect(first.bodyUsed).toBe(false);
    expect(await first.text()).toBe(text);
    expect(first.bodyUsed).toBe(true);
    await expect(first.text()).rejects.toThrow(TypeError);
    await expect(first.json()).rejects.toThrow(TypeError);
    await expect(first.arrayBuffer()).rejects.toThrow(TypeError);

    const second = json();
    expect(await second.json()).toEqual({ greeting: 'héllo, wörld' });
    expect(second.bodyUsed).toBe(true);
    await expect(second.json()).rejects.toThrow(TypeError);
    await expect(new TextBodyResponse('not json').json()).rejects.toThrow(SyntaxError);
  });

  it('lets the body be peeked as JSON without reading it, and hands that value to the first json()', async () => {
    const response = json();
    const peeked = response.peekJson();
    expect(peeked).toEqual({ greeting: 'héllo, wörld' });
    expect(response.peekJson()).toBe(peeked);
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toBe(peeked);
    await expect(response.json()).rejects.toThrow(TypeError);
    expect(response.peekJson()).not.toBe(peeked);

    const copy = json();
    const first = copy.peekJson();
    expect(await copy.clone().json()).not.toBe(first);
    expect(() => new TextBodyResponse('not json').peekJson()).toThrow(SyntaxError);
  });

  it('replaces a spent response, taking over its status and very headers', async () => {
    const original = new Response(text, {
      status: 202,
      statusText: 'Accepted',
      headers: { 'content-type': 'application/json', 'x-request-id': 'r-1' },
    });
    const held = TextBodyResponse.replacing(original, await original.text());
    expect([held.status, held.statusText]).toEqual([202, 'Accepted']);
    expect(held.headers).toBe(original.headers);
    expect(withResponseHeaders(held, { 'x-extra': '1' })).toBe(held);
    expect(held.headers.get('x-extra')).toBe('1');
    expect(held.clone().headers.get('x-request-id')).toBe('r-1');
    expect((await held.blob()).type).toBe('application/json');
    const untyped = new Response('plain');
    untyped.headers.delete('content-type');
    expect(TextBodyResponse.replacing(untyped, 'plain').headers.get('content-type')).toBe(
      'text/plain;charset=UTF-8',
    );
    expect(new TextBodyResponse('x').headers).not.toBe(held.headers);
    expect(() => TextBodyResponse.replacing(new Response(null, { status: 204 }), '')).toThrow(TypeError);
    expect(new TextBodyResponse('next').headers.get('x-request-id')).toBeNull();
  });

  it('copies the headers of a fetched answer, which cannot change, so the held one can', async () => {
    const server = await startLocalServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'r-2' });
      response.end(text);
    });
    try {
      const fetched = await fetch(server.origin);
      expect(() => fetched.headers.set('x-extra', '1')).toThrow(TypeError);
      const held = TextBodyResponse.replacing(fetched, await fetched.text());
      expect(held.headers).not.toBe(fetched.headers);
      expect(held.headers.get('x-request-id')).toBe('r-2');
      expect(withResponseHeaders(held, { 'x-extra': '1' })).toBe(held);
      expect(held.headers.get('x-extra')).toBe('1');
      expect(await held.json()).toEqual({ greeting: 'héllo, wörld' });
    } finally {
      await server.close();
    }
  });

  it('streams the same UTF-8 bytes through body, after which it is used like any response', async () => {
    const response = json();
    const body = response.body;
    expect(body).toBeInstanceOf(ReadableStream);
    expect(response.body).toBe(body);
    expect(await new Response(body).text()).toBe(text);
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
  });

  it('gives the body as bytes, an ArrayBuffer and a Blob', async () => {
    const bytes = new TextEncoder().encode(text);
    expect(await json().bytes()).toEqual(bytes);
    const asBuffer = json();
    expect(new Uint8Array(await asBuffer.arrayBuffer())).toEqual(bytes);
    expect(asBuffer.bodyUsed).toBe(true);
    await expect(asBuffer.text()).rejects.toThrow(TypeError);
    const blob = await json().blob();
    expect(await blob.text()).toBe(text);
    expect(blob.type).toBe('application/json');
    const form = await new TextBodyResponse('a=1&b=two', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    }).formData();
    expect([form.get('a'), form.get('b')]).toEqual(['1', 'two']);
  });

  it('hands out a locked, empty body once the text was read', async () => {
    const response = json();
    await response.text();
    expect(response.body.locked).toBe(true);
    expect(response.bodyUsed).toBe(true);
  });

  it('clones before and after the stream was made, and refuses once read', async () => {
    const unread = json();
    const copy = unread.clone();
    expect(copy).toBeInstanceOf(TextBodyResponse);
    expect([copy.status, copy.headers.get('content-type')]).toEqual([201, 'application/json']);
    expect(await copy.text()).toBe(text);
    expect(await unread.text()).toBe(text);

    const streamed = json();
    expect(streamed.body.locked).toBe(false);
    const streamedCopy = streamed.clone();
    expect(await streamedCopy.text()).toBe(text);
    expect(await streamed.text()).toBe(text);
    expect(() => streamed.clone()).toThrow(TypeError);
  });

  it('refuses a status that cannot have a body', () => {
    expect(() => new TextBodyResponse('', { status: 204 })).toThrow(/204 response cannot have a body/);
    expect(() => new TextBodyResponse('', { status: 304 })).toThrow(TypeError);
    expect(() => new TextBodyResponse('', { status: 101 })).toThrow(RangeError);
  });

  it('takes headers set in place, and needs no release when discarded', async () => {
    const response = json();
    expect(withResponseHeaders(response, { 'x-marked': '1' })).toBe(response);
    expect(response.headers.get('x-marked')).toBe('1');
    discardBody(response);
    expect(response.bodyUsed).toBe(false);
    expect(await response.text()).toBe(text);
  });
});
