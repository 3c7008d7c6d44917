import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

type Span = { name: string; attributes: Record<string, unknown> };
let spans: Record<'messagesJson' | 'messagesStream' | 'responsesJson' | 'responsesStream', Span>;

// The real @opentelemetry/sdk-trace-base in a plain Node process (see api-spans.fixture.ts).
beforeAll(async () => {
  const fixture = fileURLToPath(new URL('./api-spans.fixture.ts', import.meta.url));
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--conditions=@switchyard/source', '--import', 'tsx', fixture],
    {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      timeout: 30_000,
      env: { ...process.env, NODE_OPTIONS: '' },
    },
  );
  spans = JSON.parse(stdout) as typeof spans;
});

describe('GenAI spans of Messages and Responses API calls', () => {
  it('names a Messages call a chat, with Anthropic’s request settings and cached input counted', () => {
    for (const [span, streaming] of [
      [spans.messagesJson, false],
      [spans.messagesStream, true],
    ] as const) {
      expect(span.name).toBe('chat claude-sonnet-4-5');
      expect(span.attributes).toMatchObject({
        'gen_ai.operation.name': 'chat',
        'gen_ai.provider.name': 'anthropic',
        'gen_ai.request.model': 'claude-sonnet-4-5',
        'gen_ai.request.max_tokens': 256,
        'gen_ai.request.top_k': 5,
        'gen_ai.request.stop_sequences': ['END'],
        'gen_ai.response.model': 'claude-sonnet-4-5-20250929',
        'gen_ai.response.id': 'msg_trace',
        'gen_ai.response.finish_reasons': ['end_turn'],
        'gen_ai.response.streaming': streaming,
        'gen_ai.usage.input_tokens': 45,
        'gen_ai.usage.output_tokens': 6,
        'gen_ai.usage.cache_read.input_tokens': 30,
        'gen_ai.usage.cache_creation.input_tokens': 5,
        'http.response.status_code': 200,
      });
    }
  });

  it('names a Responses call a chat, with max_output_tokens as the token limit', () => {
    for (const [span, streaming] of [
      [spans.responsesJson, false],
      [spans.responsesStream, true],
    ] as const) {
      expect(span.name).toBe('chat gpt-4o-mini');
      expect(span.attributes).toMatchObject({
        'gen_ai.operation.name': 'chat',
        'gen_ai.provider.name': 'openai',
        'gen_ai.request.max_tokens': 100,
        'gen_ai.response.model': 'gpt-4o-mini-2024-07-18',
        'gen_ai.response.id': 'resp_trace',
        'gen_ai.response.finish_reasons': ['completed'],
        'gen_ai.response.streaming': streaming,
        'gen_ai.usage.input_tokens': 20,
        'gen_ai.usage.output_tokens': 4,
        'gen_ai.usage.cache_read.input_tokens': 8,
      });
      expect(span.attributes).not.toHaveProperty('gen_ai.usage.cache_creation.input_tokens');
    }
  });
});
