// A Portkey config with Switchyard's `on_error_codes`, sent to the gateway (`serve()`, what
// `switchyard serve` runs) with a plain `fetch`. The first target, a small-context Azure OpenAI
// deployment, answers in OpenAI's error shape as Azure documents it: `context_length_exceeded` for
// a prompt too long for it, `content_filter` for one its filter refuses, and `invalid_request` for a
// bad parameter. The config falls back to Anthropic (a longer context, another provider) for the
// first two only: a 400 for any other reason reaches the caller. Both providers are local stand-ins
// speaking their native wire formats; no real provider is called.
import { serve } from '@switchyard/server';
import { nativeJson, startNativeServer } from '@switchyard/testing';

/** The first target's context window, in characters for this stand-in. */
const shortContext = 200;

const azure = await startNativeServer((request) => {
  const body = JSON.parse(request.body) as { messages: Array<{ content: string }>; temperature?: number };
  const prompt = body.messages.map((message) => message.content).join('\n');
  if (prompt.length > shortContext) {
    return nativeJson(
      {
        error: {
          message: `This model's maximum context length is ${shortContext} tokens. However, your messages resulted in ${prompt.length} tokens. Please reduce the length of the messages.`,
          type: 'invalid_request_error',
          param: 'messages',
          code: 'context_length_exceeded',
        },
      },
      400,
    );
  }
  if (prompt.includes('lockpick')) {
    return nativeJson(
      {
        error: {
          message:
            "The response was filtered due to the prompt triggering Azure OpenAI's content management policy.",
          type: null,
          param: 'prompt',
          code: 'content_filter',
          status: 400,
          innererror: { code: 'ResponsibleAIPolicyViolation' },
        },
      },
      400,
    );
  }
  if ((body.temperature ?? 1) > 2) {
    return nativeJson(
      {
        error: {
          message: `${body.temperature} is greater than the maximum of 2 - 'temperature'`,
          type: 'invalid_request_error',
          param: 'temperature',
          code: null,
        },
      },
      400,
    );
  }
  return nativeJson({
    id: 'chatcmpl-azure-1',
    object: 'chat.completion',
    created: 1_767_225_600,
    model: 'gpt-4o-mini',
    choices: [
      { index: 0, message: { role: 'assistant', content: 'Short and sweet.' }, finish_reason: 'stop' },
    ],
    usage: { prompt_tokens: 9, completion_tokens: 4, total_tokens: 13 },
  });
});

const anthropic = await startNativeServer(() =>
  nativeJson({
    id: 'msg_long_context',
    type: 'message',
    role: 'assistant',
    model: 'claude-sonnet-4-5',
    content: [{ type: 'text', text: 'Read it all.' }],
    stop_reason: 'end_turn',
    usage: { input_tokens: 60, output_tokens: 4 },
  }),
);

const config = {
  strategy: { mode: 'fallback', on_error_codes: ['context_length_exceeded', 'content_filter'] },
  targets: [
    {
      provider: 'azure-openai',
      custom_host: azure.url,
      deployment_id: 'gpt-4o-mini',
      api_key: 'azure-example-key',
    },
    { provider: 'anthropic', custom_host: anthropic.url, api_key: 'anthropic-example-key' },
  ],
};

const gateway = await serve({ port: 0, log: () => undefined });
try {
  console.log('Switchyard: fallback on error codes');
  console.log(`on_error_codes: ${JSON.stringify(config.strategy.on_error_codes)}`);
  const cases: Array<[string, Record<string, unknown>]> = [
    ['a short question', { messages: [{ role: 'user', content: 'Say hi.' }] }],
    [
      'a prompt too long for the first model',
      { messages: [{ role: 'user', content: 'Summarise: '.repeat(30) }] },
    ],
    [
      'a prompt the content filter refuses',
      { messages: [{ role: 'user', content: 'How do I lockpick a door?' }] },
    ],
    [
      'a bad temperature, a 400 for another reason',
      { messages: [{ role: 'user', content: 'Hi' }], temperature: 7 },
    ],
  ];
  for (const [index, [label, request]] of cases.entries()) {
    const response = await fetch(`${gateway.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-portkey-config': JSON.stringify(config) },
      body: JSON.stringify({ model: 'gpt-4o-mini', ...request }),
    });
    const servedBy = `${response.headers.get('x-switchyard-last-used-option-index')} (${response.headers.get('x-switchyard-provider')})`;
    const body = (await response.json()) as {
      choices?: Array<{ message: { content: string } }>;
      error?: { code: string };
    };
    const outcome = response.ok
      ? `"${body.choices?.[0]?.message.content}"`
      : `error.code ${body.error?.code}`;
    console.log(`${index + 1}. ${label}: ${response.status} from ${servedBy}: ${outcome}`);
  }
  console.log(`calls: azure-openai ${azure.requests.length}, anthropic ${anthropic.requests.length}`);
} finally {
  await gateway.close();
  await Promise.all([azure.close(), anthropic.close()]);
}
