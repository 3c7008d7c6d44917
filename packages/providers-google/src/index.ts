export { type GeminiOptions, gemini } from './gemini.js';
export {
  type AccessTokenSource,
  type ServiceAccountKey,
  type VertexOptions,
  vertex,
} from './vertex.js';
