import { compose, toFetch } from '@switchyard/core';
import { fixtureFiles, scripted } from '@switchyard/testing';
import OpenAI from 'openai';
import { expect, it } from 'vitest';
import { gemini } from './index.js';

const { json: fixtureJson } = fixtureFiles(new URL('./fixtures/', import.meta.url));

it('runs the README snippet against a scripted Gemini', async () => {
  const upstream = scripted([
    new Response(
      JSON.stringify(fixtureJson<{ response: { body: unknown } }>('chat-text.json').response.body),
    ),
  ]);
  const pipeline = compose(gemini({ apiKey: 'readme-key' }))(upstream);
  const client = new OpenAI({
    apiKey: 'unused',
    baseURL: 'https://switchyard.invalid/v1',
    fetch: toFetch(pipeline),
  });

  const completion = await client.chat.completions.create({
    model: 'gemini-2.5-flash',
    messages: [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Name a colour.' },
    ],
  });
  expect(completion.choices[0]?.message.content).toBe('Green.');
  expect(upstream.requests[0]!.url).toBe(
    'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent',
  );
  expect(JSON.parse(upstream.requests[0]!.body).systemInstruction).toEqual({
    parts: [{ text: 'Be brief.' }],
  });
});
