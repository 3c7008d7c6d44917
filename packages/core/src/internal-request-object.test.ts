import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { deriveRequest } from './derive-request.js';
import { internalRequest, isInternalRequest } from './internal-request.js';
import { readJsonBody } from './json-body.js';
import { sendableBody } from './request-body.js';
import { requestSignal } from './transport-signal.js';

const url = 'HTTP://Example.COM:80/v1/chat/completions?key=secret-query';
const make = (method = 'post', headers: Record<string, string> = { authorization: 'Bearer sk-secret' }) =>
  internalRequest(url, { method, headers, body: '{"model":"m"}', signal: null });

describe('internalRequest', () => {
  it('is a Request with the URL and method normalized as new Request() does', () => {
    const request = make();
    const standard = new Request(url, { method: 'post' });
    expect(request).toBeInstanceOf(Request);
    expect(request.url).toBe(standard.url);
    expect(request.method).toBe('POST');
    expect(internalRequest(url, { method: 'patch', headers: {}, body: null, signal: null }).method).toBe(
      'patch',
    );
    expect(request.redirect).toBe('follow');
    expect(request.headers.get('authorization')).toBe('Bearer sk-secret');
  });

  it('rejects what new Request() rejects, naming it', () => {
    const make = (target: string, method: string) => () =>
      internalRequest(target, { method, headers: {}, body: null, signal: null });
    expect(make('/relative', 'GET')).toThrow(TypeError);
    expect(make('https://user:pw@example.com/', 'GET')).toThrow(/credentials/);
    expect(make(url, 'CONNECT')).toThrow(/unsupported/);
    expect(make(url, 'BAD METHOD')).toThrow(/not a valid HTTP method/);
  });

  it('gives the same URL and refusals when a URL comes again (parsed URLs are remembered)', () => {
    const request = (target: string) => () =>
      internalRequest(target, { method: 'GET', headers: {}, body: null, signal: null });
    const dotted = 'HTTP://Example.COM/v1/../v1/models';
    for (let call = 0; call < 2; call++) {
      expect(request(dotted)().url).toBe('http://example.com/v1/models');
      expect(request(url)().url).toBe(new Request(url).url);
      expect(request('https://user:pw@example.com/')).toThrow(/credentials/);
      expect(request('/relative')).toThrow(TypeError);
    }
  });

  it('keeps its body in core, and refuses to be read through the Fetch API', async () => {
    const request = make();
    expect(sendableBody(request)).toBe('{"model":"m"}');
    expect(await readJsonBody(request)).toEqual({ model: 'm' });
    expect(request.body).toBeNull();
    await expect(request.text()).rejects.toThrow(/read its body through @switchyard\/core/);
    await expect(request.json()).rejects.toThrow(TypeError);
    expect(() => request.clone()).toThrow(/readJsonBody/);
  });

  it('has a signal that never aborts, and the caller signal in core', () => {
    const controller = new AbortController();
    const request = internalRequest(url, {
      method: 'GET',
      headers: {},
      body: null,
      signal: controller.signal,
    });
    expect(request.signal.aborted).toBe(false);
    expect(requestSignal(request)).toBe(controller.signal);
    expect(requestSignal(make()).aborted).toBe(false);
  });

  it('never shows its headers or query when inspected', () => {
    const shown = inspect(make());
    expect(shown).toContain('/v1/chat/completions');
    expect(shown).not.toContain('sk-secret');
    expect(shown).not.toContain('secret-query');
  });
});

describe('deriveRequest of an internal request', () => {
  it('gives an internal request with its own copy of the headers', async () => {
    const original = make();
    const derived = deriveRequest(original, { url: 'http://127.0.0.1:1/other' });
    expect(isInternalRequest(derived)).toBe(true);
    expect(derived.url).toBe('http://127.0.0.1:1/other');
    derived.headers.set('x-extra', '1');
    expect(original.headers.has('x-extra')).toBe(false);
    expect(await readJsonBody(derived)).toEqual({ model: 'm' });
  });
});
