/** The OpenAI endpoints a provider recognises, by the ending of the request path. */
export type OpenAIEndpoint =
  | 'chat/completions'
  | 'embeddings'
  | 'images/generations'
  | 'audio/speech'
  | 'audio/transcriptions'
  | 'audio/translations'
  | 'models';

const endings: readonly OpenAIEndpoint[] = [
  'chat/completions',
  'embeddings',
  'images/generations',
  'audio/speech',
  'audio/transcriptions',
  'audio/translations',
  'models',
];

/**
 * The endpoint `url` (a URL, or its path) addresses, whatever prefix precedes it, or `undefined`
 * for any other path.
 */
export function openaiEndpoint(url: URL | string): OpenAIEndpoint | undefined {
  const pathname = typeof url === 'string' ? url : url.pathname;
  const path = pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  return endings.find((ending) => path.endsWith(`/${ending}`));
}
