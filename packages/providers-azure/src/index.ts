export { type AzureAIInferenceOptions, azureAIInference } from './azure-ai-inference.js';
export type { EntraToken } from './azure-auth.js';
export { type AzureOpenAIOptions, azureOpenAI } from './azure-openai.js';
