/** Routes the gateway serves, all forwarded through the compiled pipeline. */
export const gatewayRoutes: ReadonlyArray<{ method: 'GET' | 'POST'; path: string }> = [
  { method: 'POST', path: '/v1/chat/completions' },
  { method: 'POST', path: '/v1/completions' },
  { method: 'POST', path: '/v1/embeddings' },
  { method: 'POST', path: '/v1/images/generations' },
  { method: 'POST', path: '/v1/audio/transcriptions' },
  { method: 'POST', path: '/v1/audio/translations' },
  { method: 'POST', path: '/v1/audio/speech' },
  { method: 'GET', path: '/v1/models' },
];
