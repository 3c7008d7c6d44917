export { defaultResponseStore, setDefaultResponseStore } from './default-response-store.js';
export { fromChatCompletion } from './from-chat-completion.js';
export {
  type MemoryResponseStore,
  type MemoryResponseStoreOptions,
  memoryResponseStore,
} from './memory-response-store.js';
export {
  type RedisResponseStore,
  type RedisResponseStoreClient,
  type RedisResponseStoreOptions,
  redisResponseStore,
} from './redis-response-store.js';
export { responseEvents, responseFromEvents } from './response-events.js';
export type { ResponseContext } from './response-object.js';
export type { ResponseStore, StoredResponse } from './response-store.js';
export { type ResponsesOverChatOptions, responsesOverChat } from './responses-over-chat.js';
export { type ResponsesRoute, responsesRoute } from './responses-route.js';
export { ResponsesStreamWriter } from './responses-stream.js';
export {
  inputTexts,
  lastUserInputText,
  responseOutputText,
  rewriteInputTexts,
} from './responses-text.js';
export type * from './responses-types.js';
export { chatUsageFromResponses, responsesUsage } from './responses-usage.js';
export { toChatRequest } from './to-chat-request.js';
