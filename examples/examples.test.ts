import { describe, expect, it } from 'vitest';
import { runExample } from '../test/frameworks/run-example.js';

/** The longest an example may run; one still running then is killed and its test fails. */
const exampleTimeoutMs = 50_000;

/** Runs an example and expects a clean exit. */
async function exampleLines(name: string): Promise<string[]> {
  const { code, stdout, stderr } = await runExample(name, {}, exampleTimeoutMs);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return stdout.split('\n');
}

const port = String.raw`127\.0\.0\.1:\d+`;

// Each example is a separate process, so they run side by side.
describe.concurrent('examples', { timeout: exampleTimeoutMs + 5_000 }, () => {
  it('semantic-cache: a paraphrase is a SEMANTIC_HIT served without a provider call, another country a MISS', async () => {
    const lines = await exampleLines('semantic-cache');
    expect(lines).toEqual([
      'Switchyard semantic cache',
      'provider: openai-key → local mock OpenAI provider (no OPENAI_API_KEY set)',
      'config: {"cache":{"mode":"semantic","max_age":3600},"virtual_key":"openai-key"}',
      '',
      '1. What is the capital of France?',
      '  cache: MISS',
      '  answer: Paris is the capital of France.',
      '  provider calls so far: 1',
      '',
      "2. Tell me France's capital",
      expect.stringMatching(/^ {2}cache: SEMANTIC_HIT \(similarity 0\.\d\d\)$/),
      '  answer: Paris is the capital of France.',
      '  provider calls so far: 1',
      '',
      '3. What is the capital of Germany?',
      '  cache: MISS',
      '  answer: Berlin is the capital of Germany.',
      '  provider calls so far: 2',
      '',
      'done',
      '',
    ]);
    const similarity = Number(/similarity (0\.\d\d)/.exec(lines[10] ?? '')?.[1]);
    expect(similarity).toBeGreaterThanOrEqual(0.7); // the default threshold
  });

  it('error-code-fallback: a prompt too long or filtered falls back to Anthropic, another 400 reaches the caller', async () => {
    expect(await exampleLines('error-code-fallback')).toEqual([
      'Switchyard: fallback on error codes',
      'on_error_codes: ["context_length_exceeded","content_filter"]',
      '1. a short question: 200 from config.targets[0] (azure-openai): "Short and sweet."',
      '2. a prompt too long for the first model: 200 from config.targets[1] (anthropic): "Read it all."',
      '3. a prompt the content filter refuses: 200 from config.targets[1] (anthropic): "Read it all."',
      '4. a bad temperature, a 400 for another reason: 400 from config.targets[0] (azure-openai): error.code invalid_request',
      'calls: azure-openai 4, anthropic 2',
      '',
    ]);
  });

  it('multi-turn: the messages array grows each turn and reaches Anthropic translated', async () => {
    const lines = await exampleLines('multi-turn');
    const turn = (n: number, sent: string, native: string, question: string, answer: string) => [
      '',
      `turn ${n}: sending ${sent}`,
      `  user: ${question}`,
      '  → POST /v1/messages (Anthropic Messages API)',
      '    system: "You are a helpful coding assistant."',
      `    messages: ${native}`,
      `  assistant: ${answer}`,
      '  served by: anthropic, model claude-sonnet-4-5',
    ];
    expect(lines).toEqual([
      'Switchyard multi-turn conversation',
      'provider: anthropic-key → local mock Anthropic provider (no ANTHROPIC_API_KEY set)',
      ...turn(
        1,
        '2 messages (system, user)',
        'user',
        'What is Python?',
        'Python is a high-level programming language known for its readable syntax.',
      ),
      ...turn(
        2,
        '4 messages (system, user, assistant, user)',
        'user, assistant, user',
        'Show me a hello world example.',
        'print("Hello, world!")',
      ),
      ...turn(
        3,
        '6 messages (system, user, assistant, user, assistant, user)',
        'user, assistant, user, assistant, user',
        'And the same in TypeScript?',
        'console.log("Hello, world!");',
      ),
      '',
      'conversation: 7 messages',
      '',
      'done',
      '',
    ]);
  });

  it('json-output: json_object and json_schema answers are parsed', async () => {
    const lines = await exampleLines('json-output');
    expect(lines).toEqual([
      'Switchyard JSON output',
      'provider: openai-key → local mock OpenAI provider (no OPENAI_API_KEY set)',
      '',
      "1. response_format: { type: 'json_object' }",
      '  served by: openai',
      '  content: {"name":"John","age":30}',
      '  parsed: name=John, age=30',
      '',
      "2. response_format: { type: 'json_schema', json_schema: { name: 'person', strict: true, ... } }",
      '  content: {"name":"Maria","age":41,"city":"Lisbon","languages":["Portuguese","English"]}',
      '  parsed: name=Maria, age=41, city=Lisbon, languages=Portuguese + English',
      '',
      'done',
      '',
    ]);
  });

  it('tool-calling: get_weather round trips, plain and streamed, through OpenAI and Anthropic', async () => {
    const lines = await exampleLines('tool-calling');
    const run = (target: string, mode: string, provider: string) => [
      '',
      `${target}, ${mode}`,
      `  served by: ${provider}`,
      ...(mode === 'streamed' ? ['  assembled 1 tool call from 2 deltas'] : []),
      '  model calls: get_weather({"city":"Paris"})',
      '  tool result: {"city":"Paris","temperature_c":18,"conditions":"sunny"}',
      '  answer: It is 18°C and sunny in Paris.',
    ];
    const openai = 'openai-key → local mock OpenAI provider, gpt-4o-mini';
    const anthropic = 'anthropic-key → local mock Anthropic provider, claude-sonnet-4-5';
    expect(lines).toEqual([
      'Switchyard tool calling',
      ...run(openai, 'plain', 'openai'),
      ...run(openai, 'streamed', 'openai'),
      ...run(anthropic, 'plain', 'anthropic'),
      ...run(anthropic, 'streamed', 'anthropic'),
      '',
      'done',
      '',
    ]);
  });

  it('embeddings: one call embeds four texts and the documents are ranked by cosine similarity', async () => {
    const lines = await exampleLines('embeddings');
    expect(lines).toEqual([
      'Switchyard embeddings',
      'provider: openai-key → local mock OpenAI provider (no OPENAI_API_KEY set)',
      'served by: openai, model text-embedding-3-small',
      'vectors: 4 × 64 dimensions, 34 tokens',
      '',
      'question: How do I reset my password?',
      '   0.369  To reset your password, open Settings and choose Security.',
      '   0.000  Our office is open from nine to five on weekdays.',
      '  -0.154  You can change the email address on your account.',
      'best match: To reset your password, open Settings and choose Security.',
      '',
      'done',
      '',
    ]);
  });

  it('openai-sdk: the openai package on a composed pipeline retries a 429 and a 500, then streams', async () => {
    const lines = await exampleLines('openai-sdk');
    const call = (n: number, status: number) =>
      expect.stringMatching(
        new RegExp(`^ {2}upstream call ${n}: POST http://${port}/v1/chat/completions → ${status}$`),
      );
    expect(lines).toEqual([
      'Switchyard with the openai SDK',
      'provider: local mock OpenAI provider: 429, then 500, then answers (no OPENAI_API_KEY set)',
      'pipeline: compose(retry({ attempts: 3 }), timeout(30000), openai(), logUpstreamCalls())(fetchTransport())',
      '',
      '1. Chat completion',
      call(1, 429),
      call(2, 500),
      call(3, 200),
      '  answer: Hello from the mock provider, reached through a Switchyard pipeline.',
      '  provider: openai, retries: 2',
      '',
      '2. Streaming chat completion',
      call(4, 200),
      '  streamed: Hello from the mock provider, reached through a Switchyard pipeline.',
      '  chunks: 12',
      '',
      'done',
      '',
    ]);
  });
});
