import { ConfigError, type Middleware } from '@switchyard/core';
import { parseBaseURL } from '@switchyard/core/internal';
import type { GoogleAuthOptions } from 'google-auth-library';
import { vertexEmbeddingCall } from './embeddings.js';
import { googleProvider } from './google-provider.js';
import { routeVertexModels, vertexAnthropicChat } from './vertex-anthropic.js';

/** Anything that hands out Google OAuth access tokens, such as a google-auth-library client. */
export interface AccessTokenSource {
  getAccessToken(): Promise<{ token?: string | null } | string | null | undefined>;
}

/** A service-account key as downloaded from Google Cloud (the fields google-auth-library reads). */
export interface ServiceAccountKey {
  client_email: string;
  private_key: string;
  [field: string]: unknown;
}

/** Options of `vertex`. Give at most one of `credentials`, `authClient` and `accessToken`. */
export interface VertexOptions {
  /** The Google Cloud project id. Default: `GOOGLE_CLOUD_PROJECT` from the environment. */
  project?: string;
  /** The region (location), or `global`. Default: `GOOGLE_CLOUD_LOCATION` from the environment, else `us-central1`. */
  region?: string;
  /** A service-account key; tokens come from google-auth-library. Default: none (Application Default Credentials). */
  credentials?: ServiceAccountKey;
  /** A ready auth client (e.g. google-auth-library's `GoogleAuth`, `JWT`). Default: none. */
  authClient?: AccessTokenSource;
  /** A fixed OAuth access token, or a function returning one per request. Default: none. */
  accessToken?: string | (() => string | Promise<string>);
  /** Extra options for the `GoogleAuth` made when no `authClient`/`accessToken` is given. Default: none. */
  googleAuthOptions?: GoogleAuthOptions;
  /** The API root. Default: `https://{region}-aiplatform.googleapis.com` (`https://aiplatform.googleapis.com` for `global`). */
  baseURL?: string | URL;
  /** The API version path segment. Default: `v1`. */
  apiVersion?: string;
  /** For Claude models: `max_tokens` sent when the request has none (Anthropic requires one). Default: 4096. */
  defaultMaxTokens?: number;
}

const cloudPlatformScope = 'https://www.googleapis.com/auth/cloud-platform';

/**
 * Gemini models on Vertex AI as a Switchyard provider: the same translation as `gemini()`, sent
 * to `projects/{project}/locations/{region}/publishers/google/models/{model}` with an OAuth
 * bearer token (service account, Application Default Credentials, an auth client or a fixed
 * token); embeddings through `predict`. Anthropic's Claude models (`claude-*`) go to
 * `publishers/anthropic/models/{model}:rawPredict` (`:streamRawPredict`) with the Anthropic
 * translation (`vertexAnthropicChat`). OpenAI's Responses API (`/responses`) is answered through
 * the chat translation (`responsesOverChat`).
 *
 * @throws TypeError when the project is missing or options are malformed; ConfigError when
 *   `defaultMaxTokens` is not an integer >= 1.
 */
export function vertex(options: VertexOptions = {}): Middleware {
  const project = options.project ?? process.env['GOOGLE_CLOUD_PROJECT'];
  if (typeof project !== 'string' || !/^[\w.:-]+$/.test(project)) {
    throw new TypeError(
      `vertex: project must be a Google Cloud project id (or set GOOGLE_CLOUD_PROJECT); got ${JSON.stringify(project)}`,
    );
  }
  const region = options.region ?? process.env['GOOGLE_CLOUD_LOCATION'] ?? 'us-central1';
  if (typeof region !== 'string' || !/^[a-z0-9-]+$/.test(region)) {
    throw new TypeError(`vertex: region must look like us-central1; got ${JSON.stringify(region)}`);
  }
  const given = (['credentials', 'authClient', 'accessToken'] as const).filter(
    (name) => options[name] !== undefined,
  );
  if (given.length > 1) throw new TypeError(`vertex: give only one of ${given.join(', ')}`);
  if (options.authClient !== undefined && typeof options.authClient?.getAccessToken !== 'function') {
    throw new TypeError('vertex: authClient must have a getAccessToken() method');
  }
  if (
    options.accessToken !== undefined &&
    typeof options.accessToken !== 'function' &&
    (typeof options.accessToken !== 'string' || options.accessToken === '')
  ) {
    throw new TypeError('vertex: accessToken must be a non-empty string or a function');
  }
  if (
    options.credentials !== undefined &&
    (typeof options.credentials?.client_email !== 'string' ||
      typeof options.credentials?.private_key !== 'string')
  ) {
    throw new TypeError(
      'vertex: credentials must be a service-account key with client_email and private_key',
    );
  }
  const defaultMaxTokens = options.defaultMaxTokens ?? 4096;
  if (!Number.isInteger(defaultMaxTokens) || defaultMaxTokens < 1) {
    throw new ConfigError([
      `vertex: defaultMaxTokens must be an integer >= 1; got ${String(defaultMaxTokens)}`,
    ]);
  }
  const apiVersion = options.apiVersion ?? 'v1';
  if (!/^v\w+$/.test(apiVersion)) {
    throw new TypeError(`vertex: apiVersion must look like v1; got ${JSON.stringify(apiVersion)}`);
  }
  const host = region === 'global' ? 'aiplatform.googleapis.com' : `${region}-aiplatform.googleapis.com`;
  const base = parseBaseURL('vertex', options.baseURL ?? `https://${host}`);
  const root = `${base.origin}${base.pathname.replace(/\/$/, '')}/${apiVersion}`;
  const location = `projects/${project}/locations/${region}`;
  const token = tokenSource(options);
  const google = googleProvider({
    name: 'vertex',
    modelURL: (model) => `${root}/${modelPath(model, location)}`,
    authenticate: async () => {
      const value = await token();
      return { headers: { authorization: `Bearer ${value}` }, secrets: [value] };
    },
    embeddingCall: vertexEmbeddingCall,
  });
  const claude = vertexAnthropicChat({ name: 'vertex', root, location, token, defaultMaxTokens });
  return routeVertexModels(claude, google);
}

/** `gemini-2.0-flash` → the Google publisher's model; full resource names are kept. */
function modelPath(model: string, location: string): string {
  if (model.startsWith('projects/')) return model;
  if (model.startsWith('publishers/')) return `${location}/${model}`;
  return `${location}/publishers/google/models/${encodeURIComponent(model)}`;
}

function tokenSource(options: VertexOptions): () => Promise<string> {
  const { accessToken } = options;
  if (typeof accessToken === 'string') return async () => accessToken;
  if (typeof accessToken === 'function') return async () => checkToken(await accessToken());
  let client: Promise<AccessTokenSource> | undefined;
  const source = (): Promise<AccessTokenSource> => {
    if (options.authClient) return Promise.resolve(options.authClient);
    // Loaded on first use, so Gemini-only users never load google-auth-library.
    client ??= import('google-auth-library').then(
      ({ GoogleAuth }) =>
        new GoogleAuth({
          scopes: [cloudPlatformScope],
          ...options.googleAuthOptions,
          ...(options.credentials ? { credentials: options.credentials } : {}),
        }),
    );
    return client;
  };
  return async () => {
    const answer = await (await source()).getAccessToken();
    return checkToken(typeof answer === 'object' && answer !== null ? answer.token : answer);
  };
}

function checkToken(token: string | null | undefined): string {
  if (typeof token !== 'string' || token === '') throw new Error('the auth client returned no access token');
  return token;
}
