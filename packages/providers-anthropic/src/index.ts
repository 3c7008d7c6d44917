export { RequestTranslationError } from '@switchyard/core';
export { type AnthropicOptions, anthropic } from './anthropic.js';
export { anthropicErrorCode, fromAnthropicError } from './anthropic-error.js';
export { type AnthropicStreamContext, translateAnthropicStream } from './anthropic-stream.js';
export type * from './anthropic-types.js';
export { chatAnswerOfClaude } from './chat-answer.js';
export {
  finishReason,
  fromAnthropicMessage,
  fromAnthropicModelList,
  openaiUsage,
} from './from-anthropic-message.js';
export { jsonObjectToolName, type TranslatedRequest, toAnthropicRequest } from './to-anthropic-request.js';
