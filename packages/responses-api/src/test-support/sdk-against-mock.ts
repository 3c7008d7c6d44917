import { compose, fetchTransport, toFetch } from '@switchyard/core';
import { type MockChatReply, type MockProvider, startMockProvider } from '@switchyard/testing';
import OpenAI from 'openai';
import { type MemoryResponseStore, memoryResponseStore } from '../memory-response-store.js';
import { responsesOverChat } from '../responses-over-chat.js';

/** The official `openai` SDK using `responsesOverChat` in process, in front of a local chat-only mock server. */
export interface SdkAgainstMock {
  client: OpenAI;
  mock: MockProvider;
  store: MemoryResponseStore;
  /** The chat answer to the next requests (a function of the chat body for several). */
  reply(answer: string | MockChatReply | ((body: { messages: unknown[] }) => string | MockChatReply)): void;
  /** The chat completion bodies the mock received, in order. */
  chatBodies(): Array<Record<string, unknown>>;
  close(): Promise<void>;
}

export async function sdkAgainstMock(): Promise<SdkAgainstMock> {
  let answer: string | MockChatReply | ((body: { messages: unknown[] }) => string | MockChatReply) = 'Hello!';
  const mock = await startMockProvider({
    reply: (body) => (typeof answer === 'function' ? answer(body) : answer),
  });
  const store = memoryResponseStore();
  const client = new OpenAI({
    apiKey: 'test-key',
    baseURL: mock.baseURL,
    maxRetries: 0,
    fetch: toFetch(compose(responsesOverChat({ store }))(fetchTransport())),
  });
  return {
    client,
    mock,
    store,
    reply(next) {
      answer = next;
    },
    chatBodies: () =>
      mock.requests
        .filter((request) => request.path === '/v1/chat/completions')
        .map((request) => request.body as Record<string, unknown>),
    close: () => mock.close(),
  };
}
