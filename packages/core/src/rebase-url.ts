/**
 * `url` moved onto `baseURL`: the base's origin replaces the request's, and the base's path (if
 * any) is prefixed to the request's path. `http://10.0.0.2:8080/proxy` + `https://api.x.com/v1/a?b`
 * gives `http://10.0.0.2:8080/proxy/v1/a?b`.
 */
export function rebaseURL(url: string, baseURL: URL): string {
  const target = new URL(url);
  const prefix = baseURL.pathname.endsWith('/') ? baseURL.pathname.slice(0, -1) : baseURL.pathname;
  return `${baseURL.origin}${prefix}${target.pathname}${target.search}`;
}

/**
 * Parses a `baseURL` option, naming the option when it is not an absolute http(s) URL.
 *
 * @throws TypeError naming `where` and the bad value.
 */
export function parseBaseURL(where: string, value: string | URL): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(
      `${where}.baseURL must be an absolute http(s) URL; got ${JSON.stringify(String(value))}`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`${where}.baseURL must use http or https; got ${url.protocol}`);
  }
  return url;
}
