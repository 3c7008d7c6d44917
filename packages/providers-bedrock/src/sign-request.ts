import { AwsV4Signer } from 'aws4fetch';
import type { AwsCredentials, AwsCredentialsSource } from './aws-credentials.js';

/** What to sign: the request as it will be sent. */
export interface SigningInput {
  method: string;
  url: URL;
  /** Headers to send; `host` is signed from the URL. */
  headers: Record<string, string>;
  body: string;
  /** Default: now. */
  date?: Date;
}

/** The signed request's headers, and the credentials that signed it (for redaction). */
export interface SignedHeaders {
  headers: Headers;
  credentials: AwsCredentials;
}

/** A SigV4 signer for one service in one region. */
export interface RequestSigner {
  /** The headers to send: the given ones plus `x-amz-date`, `authorization` (and `x-amz-security-token`). */
  sign(input: SigningInput): Promise<SignedHeaders>;
}

/**
 * Signs requests with AWS Signature Version 4 (aws4fetch's `AwsV4Signer`, on Web Crypto). Paths are
 * encoded twice in the canonical request, as AWS requires for every service but S3.
 */
export function requestSigner(service: string, region: string, source: AwsCredentialsSource): RequestSigner {
  // Derived signing keys, reused for the day they are valid.
  const cache = new Map<string, ArrayBuffer>();
  return {
    async sign(input) {
      const credentials = typeof source === 'function' ? await source() : source;
      const signer = new AwsV4Signer({
        method: input.method,
        url: input.url.href,
        headers: input.headers,
        body: input.body,
        accessKeyId: credentials.accessKeyId,
        secretAccessKey: credentials.secretAccessKey,
        ...(credentials.sessionToken === undefined ? {} : { sessionToken: credentials.sessionToken }),
        service,
        region,
        cache,
        ...(input.date === undefined ? {} : { datetime: amzDate(input.date) }),
      });
      const signed = await signer.sign();
      return { headers: signed.headers, credentials };
    },
  };
}

/** `2015-08-30T12:36:00.000Z` → `20150830T123600Z`. */
function amzDate(date: Date): string {
  return date.toISOString().replace(/[:-]|\.\d{3}/g, '');
}
