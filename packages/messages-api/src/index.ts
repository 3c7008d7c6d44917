export { chatStreamToMessages, formatMessagesEvent, messageEvents } from './chat-stream-to-messages.js';
export {
  type AnswerContext,
  messageId,
  messagesStopReason,
  messagesUsage,
  toMessagesMessage,
} from './from-chat-completion.js';
export { chatCompletionsURL, type MessagesEndpoint, messagesEndpoint } from './messages-endpoint.js';
export {
  type MessagesErrorDetails,
  messagesErrorResponse,
  messagesErrorType,
} from './messages-error.js';
export { type MessagesOverChatOptions, messagesOverChat } from './messages-over-chat.js';
export {
  lastUserText,
  type MessagesTokenCounts,
  messageFromEvents,
  messageText,
  messageUsage,
  systemText,
} from './messages-text.js';
export type * from './messages-types.js';
export { type ChatTranslation, type MaxTokensParam, toChatRequest } from './to-chat-request.js';
