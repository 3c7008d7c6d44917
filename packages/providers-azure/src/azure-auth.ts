/** A Microsoft Entra ID access token, or a function returning a fresh one for each request. */
export type EntraToken = string | (() => string | Promise<string>);

/** How requests authenticate: an API key or an Entra ID bearer token. */
export type AzureAuth = { kind: 'apiKey'; apiKey: string } | { kind: 'entra'; token: EntraToken };

/**
 * The auth settings from `apiKey` / `entraToken`, exactly one of which must be given.
 *
 * @throws TypeError naming `where` when neither or both are given, or one is empty.
 */
export function resolveAzureAuth(where: string, apiKey: unknown, entraToken: unknown): AzureAuth {
  if (apiKey !== undefined && entraToken !== undefined) {
    throw new TypeError(`${where}: give apiKey or entraToken, not both`);
  }
  if (apiKey !== undefined) {
    if (typeof apiKey !== 'string' || apiKey === '')
      throw new TypeError(`${where}: apiKey must be a non-empty string`);
    return { kind: 'apiKey', apiKey };
  }
  if (entraToken !== undefined) {
    if ((typeof entraToken !== 'string' || entraToken === '') && typeof entraToken !== 'function') {
      throw new TypeError(`${where}: entraToken must be a non-empty string or a function returning one`);
    }
    return { kind: 'entra', token: entraToken as EntraToken };
  }
  throw new TypeError(`${where}: apiKey or entraToken is required`);
}

/** The bearer value for an Entra token, calling the token function when there is one. */
export async function entraBearer(where: string, token: EntraToken): Promise<string> {
  const value = typeof token === 'function' ? await token() : token;
  if (typeof value !== 'string' || value === '') {
    throw new TypeError(`${where}: entraToken function must return a non-empty string`);
  }
  return `Bearer ${value}`;
}
