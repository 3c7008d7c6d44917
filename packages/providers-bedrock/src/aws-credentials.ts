/** AWS credentials as the signer needs them. */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** For temporary credentials (STS, SSO, instance roles). Default: none. */
  sessionToken?: string;
}

/** Credentials, or a function that returns fresh ones for each request (rotating credentials). */
export type AwsCredentialsSource = AwsCredentials | (() => Promise<AwsCredentials>);

/** The parts of `bedrock()` options that name credentials. */
export interface AwsCredentialOptions {
  apiKey?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  sessionToken?: string;
  credentials?: AwsCredentialsSource;
}

/** How requests are authorised: an Amazon Bedrock API key (bearer token) or SigV4 credentials. */
export type BedrockAuth = { apiKey: string } | { credentials: AwsCredentialsSource };

/**
 * The authorisation to use, first found wins: `apiKey` in the options; SigV4 credentials in the
 * options; `AWS_BEARER_TOKEN_BEDROCK` (as the AWS SDKs read it); `AWS_ACCESS_KEY_ID` /
 * `AWS_SECRET_ACCESS_KEY` / `AWS_SESSION_TOKEN`.
 *
 * @throws TypeError naming what is missing or given twice.
 */
export function resolveAuth(
  options: AwsCredentialOptions,
  env: NodeJS.ProcessEnv = process.env,
): BedrockAuth {
  const sigV4InOptions =
    options.credentials !== undefined ||
    options.accessKeyId !== undefined ||
    options.secretAccessKey !== undefined;
  if (options.apiKey !== undefined) {
    if (sigV4InOptions) throw new TypeError('bedrock: give either apiKey or AWS credentials, not both');
    if (typeof options.apiKey !== 'string' || options.apiKey === '') {
      throw new TypeError('bedrock: apiKey must be a non-empty string');
    }
    return { apiKey: options.apiKey };
  }
  if (!sigV4InOptions && env['AWS_BEARER_TOKEN_BEDROCK']) return { apiKey: env['AWS_BEARER_TOKEN_BEDROCK'] };
  return { credentials: resolveCredentials(options, env) };
}

/**
 * Credentials from the options, else from `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` /
 * `AWS_SESSION_TOKEN`. Options and environment are never mixed: a session token from the
 * environment does not attach itself to keys given in code.
 *
 * @throws TypeError naming what is missing.
 */
export function resolveCredentials(
  options: AwsCredentialOptions,
  env: NodeJS.ProcessEnv = process.env,
): AwsCredentialsSource {
  if (options.credentials !== undefined) {
    if (options.accessKeyId !== undefined || options.secretAccessKey !== undefined) {
      throw new TypeError('bedrock: give either credentials or accessKeyId/secretAccessKey, not both');
    }
    if (typeof options.credentials === 'function') return options.credentials;
    return checked(options.credentials, 'credentials');
  }
  if (options.accessKeyId !== undefined || options.secretAccessKey !== undefined) {
    return checked(
      {
        accessKeyId: options.accessKeyId as string,
        secretAccessKey: options.secretAccessKey as string,
        ...(options.sessionToken === undefined ? {} : { sessionToken: options.sessionToken }),
      },
      'options',
    );
  }
  const fromEnv = {
    accessKeyId: env['AWS_ACCESS_KEY_ID'] as string,
    secretAccessKey: env['AWS_SECRET_ACCESS_KEY'] as string,
    ...(env['AWS_SESSION_TOKEN'] ? { sessionToken: env['AWS_SESSION_TOKEN'] } : {}),
  };
  if (!fromEnv.accessKeyId && !fromEnv.secretAccessKey) {
    throw new TypeError(
      'bedrock: no AWS credentials; pass apiKey, or accessKeyId and secretAccessKey (or credentials), or set AWS_BEARER_TOKEN_BEDROCK, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY',
    );
  }
  return checked(fromEnv, 'the environment (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY)');
}

function checked(credentials: AwsCredentials, where: string): AwsCredentials {
  if (typeof credentials.accessKeyId !== 'string' || credentials.accessKeyId === '') {
    throw new TypeError(`bedrock: accessKeyId is missing in ${where}`);
  }
  if (typeof credentials.secretAccessKey !== 'string' || credentials.secretAccessKey === '') {
    throw new TypeError(`bedrock: secretAccessKey is missing in ${where}`);
  }
  if (credentials.sessionToken !== undefined && typeof credentials.sessionToken !== 'string') {
    throw new TypeError(`bedrock: sessionToken in ${where} must be a string`);
  }
  return credentials;
}

/** The region from the option, else `AWS_REGION`, else `AWS_DEFAULT_REGION`. */
export function resolveRegion(region: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const value = region ?? env['AWS_REGION'] ?? env['AWS_DEFAULT_REGION'];
  if (typeof value !== 'string' || !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(value)) {
    throw new TypeError(
      `bedrock: region must be an AWS region like us-east-1 (or set AWS_REGION); got ${JSON.stringify(value)}`,
    );
  }
  return value;
}
