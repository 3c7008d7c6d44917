import type { ModelInfo } from '../model-info.js';
import { openaiModels } from './openai.js';

const asOf = '2025-10-01';
const source = 'https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/';

/** Models Azure OpenAI bills at OpenAI's list price on Global Standard deployments (Data Zone and Regional cost more). */
const sameAsOpenAI = [
  'gpt-4.1',
  'gpt-4.1-mini',
  'gpt-4.1-nano',
  'gpt-4o',
  'gpt-4o-mini',
  'o3',
  'o3-mini',
  'o4-mini',
  'o1',
  'gpt-5',
  'gpt-5-mini',
  'gpt-5-nano',
  'text-embedding-3-small',
  'text-embedding-3-large',
  'text-embedding-ada-002',
];

/**
 * Azure OpenAI, Global Standard deployments. Deployments have names of their own, but Azure
 * answers with the underlying model id, which is what these entries match.
 */
export const azureOpenAIModels: readonly ModelInfo[] = openaiModels
  .filter((model) => sameAsOpenAI.includes(model.model))
  .map((model) => ({ ...model, provider: 'azure-openai', pricesAsOf: asOf, source }));
