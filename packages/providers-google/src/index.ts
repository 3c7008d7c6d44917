export { type GeminiOptions, gemini } from './gemini.js';
export {
  type AccessTokenSource,
  type ServiceAccountKey,
  type VertexOptions,
  vertex,
} from './vertex.js';
export {
  isVertexClaudeModel,
  routeVertexModels,
  type VertexAnthropicTarget,
  vertexAnthropicChat,
  vertexAnthropicVersion,
} from './vertex-anthropic.js';
export { fromVertexAnthropicError, vertexAnthropicErrorCode } from './vertex-anthropic-error.js';
