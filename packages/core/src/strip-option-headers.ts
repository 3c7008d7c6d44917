import { optionHeaderPrefix } from './header-names.js';

/**
 * The headers to send upstream: `headers` itself when it carries no `x-switchyard-*` option
 * header (the common case, no copy), else a copy without them, so options never reach a provider.
 */
export function stripOptionHeaders(headers: Headers): Headers {
  let found = false;
  for (const name of headers.keys()) {
    if (name.startsWith(optionHeaderPrefix)) {
      found = true;
      break;
    }
  }
  if (!found) return headers;
  const stripped = new Headers();
  for (const [name, value] of headers) {
    if (!name.startsWith(optionHeaderPrefix)) stripped.append(name, value);
  }
  return stripped;
}
