import { InvalidRequestOptionsError } from '@switchyard/core';
import { describe, expect, it } from 'vitest';
import { readGatewayHeaders } from './request-headers.js';

const sent: Record<string, string> = {
  authorization: 'Bearer sk-provider',
  'x-portkey-provider': 'openai',
  'x-switchyard-provider': 'anthropic',
  'x-portkey-custom-host': 'http://127.0.0.1:1/v1',
  'x-portkey-trace-id': 'trace-1',
  'x-switchyard-timeout-ms': '2500',
  'x-portkey-metadata': '{"user_id":"u1"}',
  'x-portkey-api-key': 'gw-key',
  'x-switchyard-api-key': 'other-key',
  'x-portkey-forward-headers': 'x-a, x-b',
  'content-type': 'application/json',
};

describe('readGatewayHeaders', () => {
  it('reads the same from Headers, Node headers and a lookup: ours before Portkey, the Portkey key first', () => {
    const expected = {
      provider: 'anthropic',
      apiKey: 'sk-provider',
      gatewayKey: 'gw-key',
      settings: { custom_host: 'http://127.0.0.1:1/v1', forward_headers: ['x-a', 'x-b'] },
      options: { traceId: 'trace-1', timeoutMs: 2500, metadata: { user_id: 'u1' } },
    };
    expect(readGatewayHeaders(new Headers(sent), true)).toEqual(expected);
    expect(readGatewayHeaders({ ...sent, 'x-repeated': ['a', 'b'] }, true)).toEqual(expected);
    expect(readGatewayHeaders((name) => sent[name], true)).toEqual(expected);
  });

  it("takes an Anthropic SDK's x-api-key as it takes Authorization, from every kind of headers", () => {
    const keyed = { 'x-api-key': 'sk-gateway' };
    for (const source of [new Headers(keyed), keyed, (name: string) => keyed[name as keyof typeof keyed]]) {
      expect(readGatewayHeaders(source, true).gatewayKey).toBe('sk-gateway');
      expect(readGatewayHeaders(source, false).apiKey).toBe('sk-gateway');
    }
    // Authorization, when both are sent, is the one read.
    const both = { authorization: 'Bearer sk-bearer', 'x-api-key': 'sk-x' };
    expect(readGatewayHeaders(both, true).gatewayKey).toBe('sk-bearer');
  });

  it('joins repeated Node header values and names the header at fault', () => {
    expect(readGatewayHeaders({ 'x-portkey-config': ['pc-a', 'pc-b'] }, false).config).toBe('pc-a, pc-b');
    expect(() => readGatewayHeaders({ 'x-portkey-request-timeout': 'soon' }, false)).toThrow(
      InvalidRequestOptionsError,
    );
    expect(() => readGatewayHeaders({ 'x-portkey-request-timeout': 'soon' }, false)).toThrow(
      /x-portkey-request-timeout/,
    );
  });
});
