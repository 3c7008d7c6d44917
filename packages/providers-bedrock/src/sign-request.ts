import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/core/protocols';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentialsSource } from './aws-credentials.js';

/** What to sign: the request as it will be sent. */
export interface SigningInput {
  method: string;
  url: URL;
  /** Headers to send and sign (lower-case names); `host` is added. */
  headers: Record<string, string>;
  body: string;
  /** Default: now. */
  date?: Date;
}

/** A SigV4 signer for one service in one region. */
export interface RequestSigner {
  /** The headers to send: the given ones plus `host`, `x-amz-date`, `authorization` (and `x-amz-security-token`). */
  sign(input: SigningInput): Promise<Record<string, string>>;
}

/** Signs requests with AWS Signature Version 4 (`@smithy/signature-v4`, SHA-256 from `@aws-crypto`). */
export function requestSigner(service: string, region: string, credentials: AwsCredentialsSource): RequestSigner {
  const signer = new SignatureV4({ service, region, credentials, sha256: Sha256 });
  return {
    async sign(input) {
      const query: Record<string, string> = {};
      for (const [name, value] of input.url.searchParams) query[name] = value;
      const request = new HttpRequest({
        method: input.method,
        protocol: input.url.protocol,
        hostname: input.url.hostname,
        ...(input.url.port === '' ? {} : { port: Number(input.url.port) }),
        path: input.url.pathname,
        query,
        headers: { ...input.headers, host: input.url.host },
        body: input.body,
      });
      const signed = await signer.sign(request, input.date === undefined ? {} : { signingDate: input.date });
      return signed.headers;
    },
  };
}
