import { describe, expect, it } from 'vitest';
import { connectionHeaderNames, isHopByHopHeader, isPerHopRequestHeader } from './hop-by-hop-headers.js';

describe('hop-by-hop headers', () => {
  it('knows the RFC 9110 list and every proxy-* header', () => {
    for (const name of ['connection', 'keep-alive', 'te', 'trailer', 'transfer-encoding', 'upgrade']) {
      expect(isHopByHopHeader(name), name).toBe(true);
    }
    for (const name of ['proxy-authorization', 'proxy-connection', 'proxy-authenticate']) {
      expect(isHopByHopHeader(name), name).toBe(true);
    }
    for (const name of ['content-type', 'authorization', 'x-request-id', 'host', 'content-length']) {
      expect(isHopByHopHeader(name), name).toBe(false);
    }
  });

  it('adds host, content-length and expect for requests', () => {
    for (const name of ['host', 'content-length', 'expect', 'te', 'proxy-authorization']) {
      expect(isPerHopRequestHeader(name), name).toBe(true);
    }
    expect(isPerHopRequestHeader('content-type')).toBe(false);
    expect(isPerHopRequestHeader('accept')).toBe(false);
  });

  it('reads the names a Connection header lists, lower-case, without close and keep-alive', () => {
    expect(connectionHeaderNames('keep-alive')).toBeUndefined();
    expect(connectionHeaderNames('close')).toBeUndefined();
    expect(connectionHeaderNames(null)).toBeUndefined();
    expect(connectionHeaderNames(' Keep-Alive, X-Hop ,,x-other')).toEqual(new Set(['x-hop', 'x-other']));
  });
});
