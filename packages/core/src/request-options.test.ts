import { describe, expect, it } from 'vitest';
import { InvalidRequestOptionsError } from './errors/invalid-request-options-error.js';
import { requestOptionHeaders } from './header-names.js';
import { readJsonBody, withJsonBody } from './json-body.js';
import {
  metadataLimits,
  optionHeaders,
  requestOptions,
  validateRequestOptions,
  withRequestOptions,
} from './request-options.js';

const base = () =>
  new Request('http://x.test/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer k' },
    body: '{"model":"m"}',
  });

function invalid(run: () => unknown): InvalidRequestOptionsError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidRequestOptionsError);
    return error as InvalidRequestOptionsError;
  }
  throw new Error('expected an InvalidRequestOptionsError');
}

describe('per-request options', () => {
  it('round-trip through withRequestOptions and requestOptions as x-switchyard-* headers', () => {
    const options = {
      traceId: 'trace-1',
      metadata: { user: 'u-42', plan: 'pro' },
      timeoutMs: 1500,
      cacheForceRefresh: true,
      cacheNamespace: 'tenant-a',
    };
    const request = withRequestOptions(base(), options);
    expect(requestOptions(request)).toEqual(options);
    expect(request.headers.get(requestOptionHeaders.traceId)).toBe('trace-1');
    expect(request.headers.get(requestOptionHeaders.timeoutMs)).toBe('1500');
    expect(request.headers.get(requestOptionHeaders.cacheForceRefresh)).toBe('true');
    expect(request.headers.get('authorization')).toBe('Bearer k');
    // A request built from the headers alone (as a gateway receives it) parses the same options.
    expect(requestOptions(new Request(request.url, { headers: request.headers }))).toEqual(options);
  });

  it('merges over existing options; undefined keeps the old value', () => {
    const first = withRequestOptions(base(), { traceId: 'a', timeoutMs: 10 });
    const second = withRequestOptions(first, { timeoutMs: 20, traceId: undefined });
    expect(requestOptions(second)).toEqual({ traceId: 'a', timeoutMs: 20 });
  });

  it('is memoized per Request: parsed once', () => {
    const request = new Request('http://x.test/', { headers: { [requestOptionHeaders.traceId]: 't' } });
    const first = requestOptions(request);
    request.headers.set(requestOptionHeaders.traceId, 'changed-later');
    expect(requestOptions(request)).toBe(first);
    expect(first.traceId).toBe('t');
  });

  it('keeps body, method and signal on the new request', async () => {
    const controller = new AbortController();
    const request = withRequestOptions(
      new Request('http://x.test/', { method: 'POST', body: '{"a":1}', signal: controller.signal }),
      { traceId: 't' },
    );
    expect(request.method).toBe('POST');
    expect(await readJsonBody(request)).toEqual({ a: 1 });
    controller.abort(new Error('r'));
    expect(request.signal.aborted).toBe(true);
  });

  it('carries the parsed options across withJsonBody', () => {
    const request = withRequestOptions(base(), { traceId: 't' });
    const derived = withJsonBody(request, { model: 'other' });
    expect(requestOptions(derived)).toBe(requestOptions(request));
  });

  it('encodes non-ASCII metadata as an ASCII header and decodes it back', () => {
    const metadata = { city: 'Zürich', greeting: 'こんにちは', emoji: '🚂' };
    const request = withRequestOptions(base(), { metadata });
    const header = request.headers.get(requestOptionHeaders.metadata)!;
    expect(/^[\x20-\x7e]*$/.test(header)).toBe(true);
    expect(requestOptions(new Request('http://x.test/', { headers: request.headers })).metadata).toEqual(
      metadata,
    );
  });

  it('names the option when a value is bad', () => {
    expect(invalid(() => withRequestOptions(base(), { traceId: 'has space' })).option).toBe('traceId');
    expect(invalid(() => withRequestOptions(base(), { traceId: '' })).option).toBe('traceId');
    expect(invalid(() => withRequestOptions(base(), { timeoutMs: -1 })).option).toBe('timeoutMs');
    expect(invalid(() => withRequestOptions(base(), { timeoutMs: 1.5 })).option).toBe('timeoutMs');
    expect(
      invalid(() => withRequestOptions(base(), { cacheForceRefresh: 'yes' as unknown as boolean })).option,
    ).toBe('cacheForceRefresh');
    expect(invalid(() => withRequestOptions(base(), { cacheNamespace: 'a b' })).option).toBe(
      'cacheNamespace',
    );
    const notString = invalid(() =>
      withRequestOptions(base(), { metadata: { user: 42 as unknown as string } }),
    );
    expect(notString.option).toBe('metadata.user');
    expect(notString.message).toBe('metadata.user must be a string; got number');
    expect(
      invalid(() => withRequestOptions(base(), { metadata: ['a'] as unknown as Record<string, string> }))
        .option,
    ).toBe('metadata');
  });

  it('enforces the metadata limits', () => {
    const tooMany = Object.fromEntries(
      Array.from({ length: metadataLimits.maxKeys + 1 }, (_, i) => [`k${i}`, 'v']),
    );
    expect(invalid(() => validateRequestOptions({ metadata: tooMany })).message).toContain(
      `at most ${metadataLimits.maxKeys} keys`,
    );
    const longKey = 'k'.repeat(metadataLimits.maxKeyLength + 1);
    expect(invalid(() => validateRequestOptions({ metadata: { [longKey]: 'v' } })).option).toContain(
      'metadata key',
    );
    expect(invalid(() => validateRequestOptions({ metadata: { '': 'v' } })).option).toContain('metadata key');
    const longValue = 'v'.repeat(metadataLimits.maxValueLength + 1);
    expect(invalid(() => validateRequestOptions({ metadata: { a: longValue } })).option).toBe('metadata.a');
    // Within the per-value limit, but the encoded header would be too large.
    const big = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [`key${i}`, 'v'.repeat(metadataLimits.maxValueLength)]),
    );
    expect(invalid(() => validateRequestOptions({ metadata: big })).message).toMatch(
      /must encode to at most 4096/,
    );
    // Non-ASCII grows sixfold when escaped: the limit is on the header actually sent.
    const wide = Object.fromEntries(Array.from({ length: 2 }, (_, i) => [`key${i}`, 'ü'.repeat(400)]));
    expect(invalid(() => validateRequestOptions({ metadata: wide })).option).toBe('metadata');
    const fits = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`key${i}`, 'v'.repeat(512)]));
    expect(validateRequestOptions({ metadata: fits }).metadata).toEqual(fits);
  });

  it('names the header when an incoming header is malformed', () => {
    const parse = (name: string, value: string) =>
      invalid(() => requestOptions(new Request('http://x.test/', { headers: { [name]: value } })));
    expect(parse(requestOptionHeaders.metadata, '{not json').option).toBe(requestOptionHeaders.metadata);
    expect(parse(requestOptionHeaders.timeoutMs, 'soon').option).toBe(requestOptionHeaders.timeoutMs);
    expect(parse(requestOptionHeaders.cacheForceRefresh, 'maybe').option).toBe(
      requestOptionHeaders.cacheForceRefresh,
    );
    expect(parse(requestOptionHeaders.metadata, '{"a":1}').option).toBe('metadata.a');
  });

  it('parses boolean and number headers leniently as documented', () => {
    const options = requestOptions(
      new Request('http://x.test/', {
        headers: { [requestOptionHeaders.cacheForceRefresh]: '1', [requestOptionHeaders.timeoutMs]: '250' },
      }),
    );
    expect(options).toEqual({ cacheForceRefresh: true, timeoutMs: 250 });
  });
});

describe('optionHeaders', () => {
  it('gives the same headers withRequestOptions writes, and validates', () => {
    const options = { traceId: 't-1', metadata: { city: 'Zürich' }, timeoutMs: 500, cacheForceRefresh: true };
    const request = withRequestOptions(new Request('http://x/'), options);
    const expected = Object.fromEntries(
      [...request.headers].filter(([name]) => name.startsWith('x-switchyard-')),
    );
    expect(optionHeaders(options)).toEqual(expected);
    expect(() => optionHeaders({ traceId: 'has space' })).toThrow(InvalidRequestOptionsError);
  });
});
