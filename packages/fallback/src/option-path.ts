import { responseHeaders, withResponseHeaders } from '@switchyard/core/internal';

const root = 'config';

/**
 * `response` marked as served by branch `index`, in Portkey's path form for
 * `x-switchyard-last-used-option-index`: `config.targets[1]`. When a router nested inside that
 * branch already marked the response (`config.targets[0]`), the paths join into
 * `config.targets[1].targets[0]`, so every level of nesting composes without knowing the others.
 */
export function withOptionIndex(response: Response, index: number): Response {
  const inner = response.headers.get(responseHeaders.lastUsedOptionIndex);
  const path = inner?.startsWith(`${root}.`)
    ? `${root}.targets[${index}]${inner.slice(root.length)}`
    : pathOfIndex(index);
  return withResponseHeaders(response, { [responseHeaders.lastUsedOptionIndex]: path });
}

/** `config.targets[index]`, made once per index rather than on every response. */
const indexPaths: string[] = [];

function pathOfIndex(index: number): string {
  let path = indexPaths[index];
  if (path === undefined) {
    path = `${root}.targets[${index}]`;
    if (index < 1024) indexPaths[index] = path;
  }
  return path;
}
