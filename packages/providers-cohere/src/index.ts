export { type CohereOptions, cohere } from './cohere.js';
export { fromCohereEmbed, toCohereEmbed } from './cohere-embed.js';
export { cohereErrorCode, fromCohereError } from './cohere-error.js';
export { fromCohereRerank, type RerankRequest, toCohereRerank } from './cohere-rerank.js';
export { type CohereStreamContext, translateCohereStream } from './cohere-stream.js';
export type * from './cohere-types.js';
export { finishReason, fromCohereChat, openaiUsage } from './from-cohere-chat.js';
export { type TranslatedChat, toCohereChat } from './to-cohere-chat.js';
