import type { Middleware } from '@switchyard/core';
import { anthropic } from '@switchyard/providers-anthropic';
import { azureOpenAI } from '@switchyard/providers-azure';
import { bedrock } from '@switchyard/providers-bedrock';
import { gemini } from '@switchyard/providers-google';
import { openai, openaiCompatiblePresets, presetDefaults } from '@switchyard/providers-openai';
import { startMockProvider } from '@switchyard/testing';

/** Where the quickstart sends its requests. */
export interface Provider {
  /** Printed at the start, e.g. `local mock provider`. */
  description: string;
  /** The provider middleware, innermost in the pipeline: it turns OpenAI requests into native ones. */
  middleware: Middleware;
  /** How the pipeline line names the middleware, e.g. `anthropic()`. */
  name: string;
  model: string;
  /** Stops whatever was started for this provider. */
  close(): Promise<void>;
}

type Env = Readonly<Record<string, string | undefined>>;

const nothingToClose = async () => undefined;

/**
 * The first provider whose credentials are in the environment — OpenAI, Anthropic, Gemini, Bedrock,
 * Azure OpenAI, then the OpenAI-compatible presets (Groq, Together, ..., Ollama) — else a mock
 * OpenAI provider on 127.0.0.1. `*_BASE_URL` variables point a provider elsewhere, `*_MODEL` pick
 * the model.
 */
export async function startProvider(env: Env = process.env): Promise<Provider> {
  const real = realProvider(env);
  if (real) return real;
  const mock = await startMockProvider({
    // Streamed words arrive one by one, so the stream is visible in the terminal.
    streamChunkDelayMs: 40,
    reply: (request) =>
      `Hello from the mock provider, answering as ${request.model}. ` +
      'Switchyard composed your middlewares around fetch and sent this request to 127.0.0.1.',
  });
  return {
    description: `local mock provider at ${mock.baseURL} (no provider key in the environment)`,
    middleware: openai({ apiKey: 'mock-key', baseURL: mock.baseURL }),
    name: 'openai()',
    model: 'gpt-4o-mini',
    close: () => mock.close(),
  };
}

function realProvider(env: Env): Provider | undefined {
  const real = (description: string, name: string, middleware: Middleware, model: string): Provider => ({
    description,
    name,
    middleware,
    model,
    close: nothingToClose,
  });
  if (env.OPENAI_API_KEY) {
    const baseURL = env.OPENAI_BASE_URL ?? 'https://api.openai.com/v1';
    return real(
      `OpenAI at ${baseURL} (OPENAI_API_KEY is set)`,
      'openai()',
      openai({ apiKey: env.OPENAI_API_KEY, baseURL }),
      env.OPENAI_MODEL ?? 'gpt-4o-mini',
    );
  }
  if (env.ANTHROPIC_API_KEY) {
    const baseURL = env.ANTHROPIC_BASE_URL ?? 'https://api.anthropic.com';
    return real(
      `Anthropic at ${baseURL} (ANTHROPIC_API_KEY is set)`,
      'anthropic()',
      anthropic({ apiKey: env.ANTHROPIC_API_KEY, baseURL }),
      env.ANTHROPIC_MODEL ?? 'claude-haiku-4-5',
    );
  }
  const geminiKey = env.GEMINI_API_KEY ?? env.GOOGLE_API_KEY;
  if (geminiKey) {
    return real(
      'Gemini API (GEMINI_API_KEY or GOOGLE_API_KEY is set)',
      'gemini()',
      gemini({ apiKey: geminiKey }),
      env.GEMINI_MODEL ?? 'gemini-2.5-flash',
    );
  }
  const region = env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  if (region && (env.AWS_BEARER_TOKEN_BEDROCK || (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY))) {
    return real(
      `Amazon Bedrock in ${region} (AWS credentials are set)`,
      'bedrock()',
      bedrock({
        region,
        ...(env.AWS_BEARER_TOKEN_BEDROCK ? { apiKey: env.AWS_BEARER_TOKEN_BEDROCK } : {}),
        ...(env.AWS_ACCESS_KEY_ID ? { accessKeyId: env.AWS_ACCESS_KEY_ID } : {}),
        ...(env.AWS_SECRET_ACCESS_KEY ? { secretAccessKey: env.AWS_SECRET_ACCESS_KEY } : {}),
        ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
      }),
      env.BEDROCK_MODEL ?? 'us.anthropic.claude-3-5-haiku-20241022-v1:0',
    );
  }
  if (env.AZURE_OPENAI_API_KEY && env.AZURE_OPENAI_ENDPOINT && env.AZURE_OPENAI_DEPLOYMENT) {
    return real(
      `Azure OpenAI at ${env.AZURE_OPENAI_ENDPOINT} (AZURE_OPENAI_* are set)`,
      'azureOpenAI()',
      azureOpenAI({
        endpoint: env.AZURE_OPENAI_ENDPOINT,
        deploymentId: env.AZURE_OPENAI_DEPLOYMENT,
        apiKey: env.AZURE_OPENAI_API_KEY,
        ...(env.OPENAI_API_VERSION ? { apiVersion: env.OPENAI_API_VERSION } : {}),
      }),
      env.AZURE_OPENAI_DEPLOYMENT,
    );
  }
  for (const [slug, defaults] of Object.entries(presetDefaults)) {
    const value = env[defaults.env];
    const preset = openaiCompatiblePresets[slug];
    if (!value || !preset) continue;
    const model = env[`${defaults.env.replace(/_(API_KEY|BASE_URL)$/, '')}_MODEL`];
    if (!model) continue;
    const settings = defaults.requiresApiKey ? { apiKey: value } : { baseURL: value };
    return real(`${slug} (${defaults.env} is set)`, `${slug}()`, preset(settings), model);
  }
  return undefined;
}
