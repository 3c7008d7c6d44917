import type { ChatCompletion, FinishReason } from '@switchyard/core';
import { newId } from './response-ids.js';
import { pendingResponse, type ResponseContext } from './response-object.js';
import type { ResponseObject, ResponseOutputItem, ResponseOutputMessage } from './responses-types.js';
import { responsesUsage } from './responses-usage.js';

/**
 * The Response object for a chat completion: choice 0's text (or refusal) as one `message` item
 * with `output_text` content, then each tool call as a `function_call` item (`call_id` the chat
 * call's id); `status` `incomplete` when the model stopped at its token limit or a content filter
 * (`incomplete_details.reason` says which), else `completed`; usage in the Responses API's shape.
 */
export function fromChatCompletion(completion: ChatCompletion, context: ResponseContext): ResponseObject {
  const response = pendingResponse(context);
  const choice = completion.choices?.[0];
  const message = choice?.message;
  const incomplete = incompleteReason(choice?.finish_reason ?? null);
  const output: ResponseOutputItem[] = [];
  const text = typeof message?.content === 'string' ? message.content : '';
  const refusal = typeof message?.refusal === 'string' ? message.refusal : '';
  const calls = message?.tool_calls ?? [];
  // A turn of tool calls alone has no message item, as OpenAI answers it.
  if (text !== '' || refusal !== '' || calls.length === 0) {
    const item: ResponseOutputMessage = {
      type: 'message',
      id: newId('msg'),
      role: 'assistant',
      status: incomplete ? 'incomplete' : 'completed',
      content:
        refusal !== '' && text === ''
          ? [{ type: 'refusal', refusal }]
          : [{ type: 'output_text', text, annotations: [], logprobs: [] }],
    };
    output.push(item);
  }
  for (const call of calls) {
    output.push({
      type: 'function_call',
      id: newId('fc'),
      call_id: call.id || newId('call'),
      name: call.function.name,
      arguments: call.function.arguments,
      status: 'completed',
    });
  }
  response.output = output;
  if (typeof completion.model === 'string' && completion.model !== '') response.model = completion.model;
  response.status = incomplete ? 'incomplete' : 'completed';
  response.incomplete_details = incomplete ? { reason: incomplete } : null;
  response.completed_at = incomplete ? null : Math.floor(Date.now() / 1000);
  if (completion.usage) response.usage = responsesUsage(completion.usage);
  return response;
}

/** Why a response stopped short, from chat's `finish_reason`; `undefined` when it finished. */
export function incompleteReason(
  finish: FinishReason | null,
): 'max_output_tokens' | 'content_filter' | undefined {
  if (finish === 'length') return 'max_output_tokens';
  if (finish === 'content_filter') return 'content_filter';
  return undefined;
}
