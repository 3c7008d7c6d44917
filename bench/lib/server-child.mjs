// The benchmark server, run in its own process so its work never competes with the client's event
// loop. Started by `startBenchServer` (server.ts), which passes the behaviour as JSON in argv[2]
// and waits for `{ port }` on the IPC channel.
import { createServer } from 'node:http';

const config = JSON.parse(process.argv[2] ?? '{}');

const defaultCompletion = {
  id: 'chatcmpl-bench',
  object: 'chat.completion',
  created: 1_700_000_000,
  model: 'gpt-4o-mini',
  choices: [
    {
      index: 0,
      message: { role: 'assistant', content: 'Hello from the benchmark server.', refusal: null },
      finish_reason: 'stop',
      logprobs: null,
    },
  ],
  usage: { prompt_tokens: 12, completion_tokens: 7, total_tokens: 19 },
};

const jsonBody = Buffer.from(JSON.stringify(config.body ?? defaultCompletion));
const errorBody = Buffer.from(
  JSON.stringify({
    error: { message: 'Injected by the benchmark server', type: 'api_error', code: null, param: null },
  }),
);
const statuses = config.statuses ?? [200];
let served = 0;

/** One chat-completion chunk event with `choices`, and `usage` when given. */
function chunkEvent(choices, usage) {
  const chunk = {
    id: 'chatcmpl-bench',
    object: 'chat.completion.chunk',
    created: 1_700_000_000,
    model: 'gpt-4o-mini',
    choices,
    usage,
  };
  return `data: ${JSON.stringify(chunk)}\n\n`;
}

function sseChunk(index) {
  return chunkEvent([{ index: 0, delta: { content: `token${index} ` }, finish_reason: null }]);
}

/**
 * How OpenAI ends a stream (`config.usage`): a chunk with the finish reason, then, when the request
 * asked for it (`stream_options.include_usage`), a chunk with usage and no choices.
 */
function sseEnd(requestBody, count) {
  const finish = chunkEvent([{ index: 0, delta: {}, finish_reason: 'stop' }]);
  if (!/"include_usage":\s*true/.test(requestBody)) return finish;
  return finish + chunkEvent([], { prompt_tokens: 12, completion_tokens: count, total_tokens: 12 + count });
}

/** Writes one chunk event every `intervalMs`, then `[DONE]`; stops if the client goes away. */
function streamSlowly(response, count, intervalMs) {
  response.flushHeaders();
  let index = 0;
  const timer = setInterval(() => {
    if (index < count) {
      response.write(sseChunk(index++));
      return;
    }
    clearInterval(timer);
    response.end('data: [DONE]\n\n');
  }, intervalMs);
  response.on('close', () => clearInterval(timer));
}

function answer(request, response, requestBody) {
  const status = statuses[served++ % statuses.length];
  if (status !== 200) {
    response.writeHead(status, { 'content-type': 'application/json', 'content-length': errorBody.length });
    response.end(errorBody);
    return;
  }
  if (config.kind === 'sse') {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const count = config.chunks ?? 20;
    if (config.intervalMs > 0) {
      streamSlowly(response, count, config.intervalMs);
      return;
    }
    let text = '';
    for (let index = 0; index < count; index++) text += sseChunk(index);
    if (config.usage) text += sseEnd(requestBody, count);
    response.end(`${text}data: [DONE]\n\n`);
    return;
  }
  if (config.kind === 'echo') {
    response.writeHead(200, {
      'content-type': request.headers['content-type'] ?? 'application/octet-stream',
    });
    request.pipe(response);
    return;
  }
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': jsonBody.length });
  response.end(jsonBody);
}

const server = createServer((request, response) => {
  if (config.kind === 'echo') {
    answer(request, response);
    return;
  }
  // Drain the request body before answering, as a real provider does.
  let requestBody = '';
  request.on('data', (data) => {
    if (config.usage) requestBody += data;
  });
  request.on('end', () => answer(request, response, requestBody));
});
// Load generators hold connections open between rounds; Node's 5 s default would reset them.
server.keepAliveTimeout = 120_000;
server.headersTimeout = 125_000;

// A backlog above Node's 511, so thousands of connections opened at once (bench/many-streams.ts)
// are not slowed by SYN retries at the mock.
server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, () => {
  process.send?.({ port: server.address().port });
});

process.on('message', (message) => {
  if (message === 'close') {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  }
});
process.on('disconnect', () => process.exit(0));
