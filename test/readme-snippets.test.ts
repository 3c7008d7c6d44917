/**
 * The snippets of the root, config and client READMEs, run as written. Their providers' real hosts
 * are redirected to local mock providers by replacing the global `fetch` that `fetchTransport` and
 * the `openai` package call. Also core's "Writing a middleware": its middleware and the vitest file
 * testing it, whose tests run here as written.
 */
import { fault, type MockProvider, startMockProvider } from '@switchyard/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readmeSnippetModule } from './support/readme-snippet.js';

let openaiMock: MockProvider;
let anthropicMock: MockProvider;
const realFetch = globalThis.fetch;

beforeAll(async () => {
  openaiMock = await startMockProvider({ reply: 'hello from openai' });
  anthropicMock = await startMockProvider({ dialect: 'anthropic', reply: 'hello from anthropic' });
});

afterAll(async () => {
  await Promise.all([openaiMock.close(), anthropicMock.close()]);
});

beforeEach(() => {
  vi.stubEnv('OPENAI_API_KEY', 'sk-readme-openai');
  vi.stubEnv('ANTHROPIC_API_KEY', 'sk-readme-anthropic');
  globalThis.fetch = ((input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input)
      .replace('https://api.openai.com', openaiMock.url)
      .replace('https://api.anthropic.com', anthropicMock.url);
    return realFetch(url, init);
  }) as typeof fetch;
  openaiMock.requests.length = 0;
  anthropicMock.requests.length = 0;
});

afterEach(() => {
  globalThis.fetch = realFetch;
  vi.unstubAllEnvs();
  openaiMock.setFaults(undefined);
});

function capture(): string[] {
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    lines.push(args.join(' '));
  });
  return lines;
}

describe('README snippets', () => {
  it('root README: the 15-line pipeline falls back from OpenAI to Anthropic', async () => {
    openaiMock.setFaults(() => fault.status(503));
    await import(readmeSnippetModule('README.md'));
    expect(openaiMock.calls).toBe(3);
    expect(anthropicMock.requests[0]?.headers['x-api-key']).toBe('sk-readme-anthropic');
  });

  it('root README: the five-minute client answers, traces and costs', async () => {
    const lines = capture();
    await import(readmeSnippetModule('README.md', 1));
    expect(openaiMock.calls).toBe(2);
    expect(openaiMock.requests[0]?.body).toMatchObject({ model: 'gpt-4o' });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^[\d.e-]+ \d+(\.\d+)?$/);
  });

  it('config README: the compiled fallback config answers', async () => {
    const lines = capture();
    await import(readmeSnippetModule('packages/config/README.md'));
    expect(lines).toEqual(['hello from openai']);
    expect(openaiMock.requests[0]?.headers.authorization).toBe('Bearer sk-readme-openai');
    expect(openaiMock.requests[0]?.body).toMatchObject({ model: 'gpt-4o' });
  });

  it('client README: virtual key, trace id, metadata and withOptions', async () => {
    const lines = capture();
    await import(readmeSnippetModule('packages/client/README.md'));
    expect(lines).toEqual(['hello from openai']);
    expect(openaiMock.calls).toBe(2);
  });
});

// The core README's example middleware (block 1) and its test file (block 2), under the names the
// README gives them; the test file's own `describe`/`it` are collected here and run as written.
describe('core README: writing a middleware', async () => {
  readmeSnippetModule('packages/core/README.md', 1, 'core-readme/retry-once-503.ts');
  await import(
    readmeSnippetModule('packages/core/README.md', 2, 'core-readme/retry-once-503.from-readme.ts')
  );
});
