import { describe, expect, it } from 'vitest';
import { requestSigner } from './sign-request.js';

// AWS's published SigV4 test-suite credentials and clock.
const credentials = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
};
const date = new Date('2015-08-30T12:36:00Z');
const credential =
  'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date';

describe('requestSigner', () => {
  it('reproduces the AWS test-suite signature for get-vanilla', async () => {
    const { headers } = await requestSigner('service', 'us-east-1', credentials).sign({
      method: 'GET',
      url: new URL('https://example.amazonaws.com/'),
      headers: {},
      body: '',
      date,
    });
    expect(headers.get('x-amz-date')).toBe('20150830T123600Z');
    expect(headers.get('authorization')).toBe(
      `${credential}, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31`,
    );
  });

  it('reproduces the AWS test-suite signature for get-vanilla-query-order-key-case', async () => {
    const { headers } = await requestSigner('service', 'us-east-1', credentials).sign({
      method: 'GET',
      url: new URL('https://example.amazonaws.com/?Param2=value2&Param1=value1'),
      headers: {},
      body: '',
      date,
    });
    expect(headers.get('authorization')).toBe(
      `${credential}, Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500`,
    );
  });

  it('signs the session token and takes fresh credentials from a provider function', async () => {
    let calls = 0;
    const signer = requestSigner('bedrock', 'eu-west-1', async () => {
      calls++;
      return { ...credentials, sessionToken: `session-${calls}` };
    });
    const sign = () =>
      signer.sign({
        method: 'POST',
        url: new URL('https://bedrock-runtime.eu-west-1.amazonaws.com/model/x/converse'),
        headers: {},
        body: '{}',
        date,
      });
    const first = (await sign()).headers;
    expect(first.get('x-amz-security-token')).toBe('session-1');
    expect(first.get('authorization')).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20150830\/eu-west-1\/bedrock\/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=[0-9a-f]{64}$/,
    );
    expect((await sign()).headers.get('x-amz-security-token')).toBe('session-2');
  });
});
