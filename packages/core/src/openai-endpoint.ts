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

/** The endpoint `url` addresses, whatever prefix precedes it, or `undefined` for any other path. */
export function openaiEndpoint(url: URL): OpenAIEndpoint | undefined {
  const path = url.pathname.endsWith('/') ? url.pathname.slice(0, -1) : url.pathname;
  return endings.find((ending) => path.endsWith(`/${ending}`));
}
