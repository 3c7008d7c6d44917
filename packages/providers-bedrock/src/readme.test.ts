import { compose, toFetch } from '@switchyard/core';
import { fixtureFiles, scripted } from '@switchyard/testing';
import OpenAI from 'openai';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { bedrock } from './index.js';

const { json: fixtureJson } = fixtureFiles(new URL('./fixtures/', import.meta.url));

const saved = { ...process.env };
beforeEach(() => {
  process.env['AWS_ACCESS_KEY_ID'] = 'AKIAREADMEEXAMPLE123';
  process.env['AWS_SECRET_ACCESS_KEY'] = 'readme-secret';
  process.env['AWS_REGION'] = 'us-east-1';
  delete process.env['AWS_SESSION_TOKEN'];
});
afterEach(() => {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  Object.assign(process.env, saved);
});

it('runs the README snippet against a scripted Bedrock', async () => {
  const upstream = scripted([
    new Response(
      JSON.stringify(fixtureJson<{ response: { body: unknown } }>('chat-text.json').response.body),
    ),
  ]);
  const pipeline = compose(bedrock())(upstream);
  const client = new OpenAI({
    apiKey: 'unused',
    baseURL: 'https://switchyard.invalid/v1',
    fetch: toFetch(pipeline),
  });

  const completion = await client.chat.completions.create({
    model: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
    messages: [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Name a colour.' },
    ],
  });
  expect(completion.choices[0]?.message.content).toBe('Green.');
  expect(upstream.requests[0]!.url).toBe(
    'https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-5-sonnet-20240620-v1%3A0/converse',
  );
  expect(upstream.requests[0]!.headers.get('authorization')).toMatch(
    /^AWS4-HMAC-SHA256 Credential=AKIAREADMEEXAMPLE123\//,
  );
});
