export {
  type ChatCompletionFields,
  chatCompletion,
  chatCompletionChunks,
  jsonResponse,
  openaiErrorResponse,
  sseStreamResponse,
  sseText,
} from './builders.js';
export {
  type RecordedRequest,
  type ScriptedHandler,
  type ScriptedOptions,
  type Step,
  type StepAnswer,
  scripted,
} from './scripted.js';
