export type { AwsCredentials, AwsCredentialsSource } from './aws-credentials.js';
export { type BedrockOptions, bedrock } from './bedrock.js';
