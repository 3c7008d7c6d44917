export { type AssembledChatStream, assembleChatStream } from './assemble-chat-stream.js';
export {
  type ChatCompletionFields,
  chatCompletion,
  chatCompletionChunks,
  jsonResponse,
  openaiErrorResponse,
  sseStreamResponse,
  sseText,
} from './builders.js';
export { collectSse } from './collect-sse.js';
export { eventStreamResponse } from './event-stream-response.js';
export { type FixtureFiles, fixtureFiles } from './fixture-files.js';
export { type MessagesAnswer, type MessagesAnswerFields, messagesAnswer } from './messages-answer.js';
export { type MockProvider, startMockProvider } from './mock-provider.js';
export { mockEmbedding } from './mock-provider-embeddings.js';
export {
  type CutStreamFault,
  type FaultChance,
  fault,
  type HangFault,
  type MalformedJsonFault,
  type MockFault,
  type MockFaultFunction,
  type MockFaultPlan,
  type NoFault,
  type RandomFaultPlan,
  type ResetFault,
  type StatusFault,
} from './mock-provider-faults.js';
export { mockImagePng, mockSpeechBytes } from './mock-provider-media.js';
export type {
  MockChatReply,
  MockProviderOptions,
  MockReply,
  MockToolCall,
} from './mock-provider-options.js';
export type { MockRequest, MockUploadedFile } from './mock-provider-request.js';
export {
  type NativeAnswer,
  type NativeServer,
  type NativeServerRequest,
  nativeJson,
  nativeSse,
  startNativeServer,
} from './native-server.js';
export { type RecordingFetch, recordingFetch } from './recording-fetch.js';
export {
  type ResponsesAnswer,
  type ResponsesAnswerFields,
  type ResponsesAnswerMessage,
  type ResponsesAnswerText,
  responsesAnswer,
} from './responses-answer.js';
export {
  type RecordedRequest,
  type ScriptedHandler,
  type ScriptedOptions,
  type Step,
  type StepAnswer,
  scripted,
} from './scripted.js';
export { seededRandom } from './seeded-random.js';
export { type WrongShapeAnswer, wrongShapeProblems } from './wrong-shape-problems.js';
export { wrongShapeVariants } from './wrong-shape-variants.js';
