/** Routes the gateway serves, all forwarded through the compiled pipeline (`:id`: one path segment). */
export const gatewayRoutes: ReadonlyArray<{ method: 'GET' | 'POST'; path: string }> = [
  { method: 'POST', path: '/v1/chat/completions' },
  { method: 'POST', path: '/v1/completions' },
  { method: 'POST', path: '/v1/embeddings' },
  { method: 'POST', path: '/v1/rerank' },
  { method: 'POST', path: '/v1/moderations' },
  { method: 'POST', path: '/v1/images/generations' },
  { method: 'POST', path: '/v1/audio/transcriptions' },
  { method: 'POST', path: '/v1/audio/translations' },
  { method: 'POST', path: '/v1/audio/speech' },
  { method: 'GET', path: '/v1/models' },
  // OpenAI's Responses API and Anthropic's Messages API, as fronts to every provider.
  { method: 'POST', path: '/v1/responses' },
  { method: 'GET', path: '/v1/responses/:id' },
  { method: 'POST', path: '/v1/messages' },
  { method: 'POST', path: '/v1/messages/count_tokens' },
];

/**
 * Whether `method` and `path` (without query) name a gateway route under `basePath`: a Set lookup
 * for the fixed routes, a pattern for those with an `:id` segment.
 */
export function gatewayRouteMatcher(basePath: string): (method: string, path: string) => boolean {
  const fixed = new Set<string>();
  const patterns: { method: string; pattern: RegExp }[] = [];
  for (const route of gatewayRoutes) {
    if (!route.path.includes('/:')) {
      fixed.add(`${route.method} ${basePath}${route.path}`);
      continue;
    }
    const source = `${basePath}${route.path}`
      .split('/')
      .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/');
    patterns.push({ method: route.method, pattern: new RegExp(`^${source}$`) });
  }
  return (method, path) =>
    fixed.has(`${method} ${path}`) ||
    patterns.some((route) => route.method === method && route.pattern.test(path));
}
