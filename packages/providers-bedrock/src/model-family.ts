/** The model providers Bedrock hosts that the translation knows about. */
export type ModelFamily = 'anthropic' | 'meta' | 'mistral' | 'amazon' | 'cohere' | 'other';

// Cross-region inference profiles prefix the model id with a geography: `us.anthropic.claude-...`.
const profilePrefix = /^(?:us|eu|apac|us-gov|ca|jp|au|global)\./;

/**
 * The family of a Bedrock model id, inference profile id or ARN
 * (`anthropic.claude-3-5-sonnet-20240620-v1:0`, `us.meta.llama3-1-8b-instruct-v1:0`, ...).
 */
export function modelFamily(modelId: string): ModelFamily {
  const name = (modelId.slice(modelId.lastIndexOf('/') + 1) || modelId).replace(profilePrefix, '');
  const vendor = name.slice(0, name.indexOf('.'));
  if (vendor === 'anthropic' || vendor === 'meta' || vendor === 'mistral' || vendor === 'cohere')
    return vendor;
  if (vendor === 'amazon') return 'amazon';
  return 'other';
}

/**
 * Whether Converse accepts `toolChoice: any | tool` for the model. Bedrock documents forced tool
 * choice for Anthropic, Mistral Large and Amazon Nova; Meta and Cohere models only take `auto`.
 */
export function supportsForcedToolChoice(modelId: string): boolean {
  const family = modelFamily(modelId);
  return family === 'anthropic' || family === 'mistral' || family === 'amazon';
}
