import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { compose, fetchTransport, type Middleware, toFetch } from '@switchyard/core';
import { type GuardrailHook, guardrails, type HookResults } from '@switchyard/guardrails';
import { openai } from '@switchyard/providers-openai';
import { type MockProvider, startMockProvider } from '@switchyard/testing';
import { callbackSink, type TraceRecord, trace } from '@switchyard/trace';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let provider: MockProvider;
let webhook: Server;
let webhookURL: string;
let closedURL: string;

/** The assistant repeats the prompt's last word list, so each test picks what the answer contains. */
function reply(request: { messages: Array<{ content: unknown }> }): string {
  const last = request.messages.at(-1)?.content;
  const text = typeof last === 'string' ? last : '';
  return text.startsWith('say:') ? text.slice(4).trim() : 'A plain answer.';
}

beforeAll(async () => {
  provider = await startMockProvider({ reply: (request) => reply(request as never) });
  webhook = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const { request: sent } = JSON.parse(body) as { request: { text?: string } };
      const verdict = !sent.text?.includes('forbidden');
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ verdict }));
    });
  });
  webhook.listen(0, '127.0.0.1');
  await once(webhook, 'listening');
  webhookURL = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/verdict`;
  // A port that was just free: nothing listens there, so the webhook is unreachable.
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  closedURL = `http://127.0.0.1:${(probe.address() as AddressInfo).port}/verdict`;
  await new Promise((resolve) => probe.close(resolve));
});

afterAll(async () => {
  webhook.closeAllConnections();
  await new Promise((resolve) => webhook.close(resolve));
  await provider.close();
});

function client(...middlewares: Middleware[]): OpenAI {
  const pipeline = compose(
    ...middlewares,
    openai({ apiKey: 'sk-guardrails-e2e-key', baseURL: provider.baseURL }),
  )(fetchTransport());
  return new OpenAI({
    apiKey: 'unused',
    baseURL: 'http://switchyard.invalid/v1',
    fetch: toFetch(pipeline),
    maxRetries: 0,
  });
}

const noEmails = (deny: boolean): GuardrailHook => ({
  id: 'no-emails',
  deny,
  checks: [{ id: 'switchyard.pii', parameters: { categories: ['email'] } }],
});
const short = (deny: boolean): GuardrailHook => ({
  id: 'short',
  deny,
  checks: [{ id: 'default.wordCount', parameters: { maxWords: 5 } }],
});
const ask = (content: string) => ({ model: 'gpt-4o-mini', messages: [{ role: 'user' as const, content }] });

type WithHooks = { hook_results?: HookResults };

describe('guardrails end to end through the openai SDK', () => {
  it('gives the SDK a 246 completion carrying hook_results when a check fails without deny', async () => {
    const sdk = client(guardrails({ before: [noEmails(false)], after: [short(false)] }));
    const { data, response } = await sdk.chat.completions
      .create(ask('say: one two three four five six seven'))
      .withResponse();
    expect(response.status).toBe(246);
    expect(response.headers.get('x-switchyard-guardrails')).toBe('failed');
    expect(data.choices[0]?.message.content).toBe('one two three four five six seven');
    const results = (data as WithHooks).hook_results;
    expect(results?.before_request_hooks[0]).toMatchObject({ id: 'no-emails', verdict: true });
    expect(results?.after_request_hooks[0]).toMatchObject({ id: 'short', verdict: false, deny: false });
    expect(results?.after_request_hooks[0]?.checks[0]?.data).toMatchObject({ count: 7 });
  });

  it('makes a 446 the SDK typed error, with the results inside it', async () => {
    const sdk = client(guardrails({ before: [noEmails(true)] }));
    const before = provider.calls;
    const error = await sdk.chat.completions
      .create(ask('my mail is ada@example.com'))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    const apiError = error as InstanceType<typeof OpenAI.APIError>;
    expect(apiError.status).toBe(446);
    expect(apiError.type).toBe('hooks_failed');
    expect(apiError.headers?.get('x-switchyard-guardrails')).toBe('denied');
    const results = (apiError.error as WithHooks).hook_results;
    expect(results?.before_request_hooks[0]).toMatchObject({ id: 'no-emails', verdict: false, deny: true });
    expect(provider.calls).toBe(before);
  });

  it('sends the provider a redacted prompt', async () => {
    const sdk = client(
      guardrails({ before: [{ checks: [{ id: 'switchyard.pii', parameters: { redact: true } }] }] }),
    );
    const completion = await sdk.chat.completions.create(ask('say: card 4111 1111 1111 1111 ok'));
    expect(provider.requests.at(-1)?.body).toMatchObject({
      messages: [{ content: 'say: card [CREDIT_CARD] ok' }],
    });
    expect(completion.choices[0]?.message.content).toBe('card [CREDIT_CARD] ok');
  });

  it('streams to the SDK with the results in a final chunk, or refuses a held stream with 446', async () => {
    const passing = client(guardrails({ after: [short(false)] }));
    const stream = await passing.chat.completions.create({
      ...ask('say: far too many words in this answer'),
      stream: true,
    });
    const chunks: Array<{ choices: Array<{ delta: { content?: string | null } }> } & WithHooks> = [];
    for await (const chunk of stream) chunks.push(chunk);
    const text = chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('');
    expect(text).toBe('far too many words in this answer');
    const last = chunks.at(-1);
    expect(last?.choices).toEqual([]);
    expect(last?.hook_results?.after_request_hooks[0]).toMatchObject({ id: 'short', verdict: false });
    const denying = client(guardrails({ after: [short(true)] }));
    const error = await denying.chat.completions
      .create({ ...ask('say: far too many words in this answer'), stream: true })
      .catch((caught: unknown) => caught);
    expect((error as InstanceType<typeof OpenAI.APIError>).status).toBe(446);
  });

  it('asks a webhook, and fails open or closed as configured when it is unreachable', async () => {
    // A deadline no loaded machine reaches: the webhook that listens answers, the closed port refuses.
    const hook = (url: string, failOnError: boolean): GuardrailHook => ({
      deny: true,
      checks: [{ id: 'default.webhook', parameters: { webhookURL: url, timeout: 30_000, failOnError } }],
    });
    const viaWebhook = client(guardrails({ before: [hook(webhookURL, false)] }));
    expect((await viaWebhook.chat.completions.create(ask('hello'))).choices).toHaveLength(1);
    const refused = await viaWebhook.chat.completions
      .create(ask('something forbidden'))
      .catch((caught: unknown) => caught);
    expect((refused as InstanceType<typeof OpenAI.APIError>).status).toBe(446);
    const open = client(guardrails({ before: [hook(closedURL, false)] }));
    const { response } = await open.chat.completions.create(ask('hello')).withResponse();
    expect(response.status).toBe(200);
    const closed = client(guardrails({ before: [hook(closedURL, true)] }));
    const failedClosed = await closed.chat.completions
      .create(ask('hello'))
      .catch((caught: unknown) => caught);
    expect((failedClosed as InstanceType<typeof OpenAI.APIError>).status).toBe(446);
  });

  it('composes with trace: the record shows the verdict status the caller saw', async () => {
    const records: TraceRecord[] = [];
    const sdk = client(
      trace({ sink: callbackSink((record) => void records.push(record)) }),
      guardrails({ after: [short(false)] }),
    );
    await sdk.chat.completions.create(ask('say: one two three four five six seven'));
    expect(records[0]).toMatchObject({ kind: 'request', status: 246, outcome: 'completed' });
  });
});
