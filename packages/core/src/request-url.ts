/** The parts of a `Request`'s URL a pipeline routes by. */
export interface RequestURLParts {
  /** `http://host:port`. */
  origin: string;
  /** The path, as `URL.pathname` gives it. */
  pathname: string;
  /** The query with its `?`, or `''` when there is none or it is empty, as `URL.search` gives it. */
  search: string;
}

/**
 * Splits an absolute URL that `Request` normalised (so it always has a path) into origin, path and
 * query, dropping the fragment, without parsing it again as `new URL` would.
 */
export function splitRequestURL(url: string): RequestURLParts {
  const hash = url.indexOf('#');
  const end = hash === -1 ? url.length : hash;
  const pathStart = url.indexOf('/', url.indexOf('//') + 2);
  if (pathStart === -1 || pathStart > end) return { origin: url.slice(0, end), pathname: '/', search: '' };
  const origin = url.slice(0, pathStart);
  const query = url.indexOf('?', pathStart);
  if (query === -1 || query > end) return { origin, pathname: url.slice(pathStart, end), search: '' };
  return {
    origin,
    pathname: url.slice(pathStart, query),
    search: end - query > 1 ? url.slice(query, end) : '',
  };
}
