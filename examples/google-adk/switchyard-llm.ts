// A model connector for Google's Agent Development Kit: a `BaseLlm` whose requests go through a
// Switchyard client, so an ADK agent runs on any provider a Switchyard config names (with its
// fallbacks, retries, caches...). ADK hands the model an `LlmRequest` in Gemini's shapes
// (`Content` with `text`, `functionCall` and `functionResponse` parts, function declarations
// with Gemini's `Schema`); this translates it to a chat completion request and the answer, plain
// or streamed, back into `LlmResponse`s.
import { BaseLlm, type BaseLlmConnection, type LlmRequest, type LlmResponse } from '@google/adk';
import {
  type Content,
  type ContentUnion,
  FinishReason,
  type FunctionCall,
  type GenerateContentResponseUsageMetadata,
  type Part,
} from '@google/genai';
import type { SwitchyardClient } from '@switchyard/client';
import type OpenAI from 'openai';

type ChatMessage = OpenAI.ChatCompletionMessageParam;

/** Options of `SwitchyardLlm`. */
export interface SwitchyardLlmOptions {
  /** The model name sent to the provider, e.g. `claude-sonnet-4-5`. */
  model: string;
  /** The Switchyard client whose config routes the requests. */
  client: SwitchyardClient;
}

/** An ADK model that talks to any provider through a Switchyard client (chat completions). */
export class SwitchyardLlm extends BaseLlm {
  private readonly client: SwitchyardClient;

  constructor({ model, client }: SwitchyardLlmOptions) {
    super({ model });
    this.client = client;
  }

  /**
   * One model turn. Plain: one complete response. Streamed (ADK's `StreamingMode.SSE`): a
   * `partial` response per text delta, then the complete turn, as ADK's Gemini model yields them.
   */
  async *generateContentAsync(
    llmRequest: LlmRequest,
    stream = false,
    abortSignal?: AbortSignal,
  ): AsyncGenerator<LlmResponse, void> {
    this.maybeAppendUserContent(llmRequest);
    const body = toChatRequest(llmRequest, this.model);
    const options = abortSignal ? { signal: abortSignal } : {};
    if (!stream) {
      const completion = await this.client.chat.completions.create(body, options);
      const choice = completion.choices[0];
      yield turn(
        choice?.message.content ?? '',
        choice?.message.tool_calls ?? [],
        choice?.finish_reason,
        completion.usage,
      );
      return;
    }
    const chunks = await this.client.chat.completions.create(
      { ...body, stream: true, stream_options: { include_usage: true } },
      options,
    );
    let text = '';
    const calls: OpenAI.ChatCompletionMessageFunctionToolCall[] = [];
    let finishReason: string | null | undefined;
    let usage: OpenAI.CompletionUsage | undefined;
    for await (const chunk of chunks) {
      usage = chunk.usage ?? usage;
      const choice = chunk.choices[0];
      if (!choice) continue;
      finishReason = choice.finish_reason ?? finishReason;
      if (choice.delta.content) {
        text += choice.delta.content;
        yield { content: { role: 'model', parts: [{ text: choice.delta.content }] }, partial: true };
      }
      for (const piece of choice.delta.tool_calls ?? []) {
        calls[piece.index] ??= { id: '', type: 'function', function: { name: '', arguments: '' } };
        const call = calls[piece.index]!;
        if (piece.id) call.id = piece.id;
        if (piece.function?.name) call.function.name = piece.function.name;
        call.function.arguments += piece.function?.arguments ?? '';
      }
    }
    yield { ...turn(text, calls, finishReason, usage), turnComplete: true };
  }

  /** Live (bidirectional audio/video) sessions are Gemini Live's own; chat providers have none. */
  connect(_llmRequest: LlmRequest): Promise<BaseLlmConnection> {
    return Promise.reject(new Error('SwitchyardLlm: live connections are not supported'));
  }
}

/** ADK's request as a chat completion request. */
function toChatRequest(llmRequest: LlmRequest, model: string): OpenAI.ChatCompletionCreateParamsNonStreaming {
  const config = llmRequest.config ?? {};
  const messages: ChatMessage[] = [];
  const system = instructionText(config.systemInstruction);
  if (system) messages.push({ role: 'system', content: system });
  for (const content of llmRequest.contents) messages.push(...toMessages(content));
  const tools = (config.tools ?? []).flatMap((tool) =>
    'functionDeclarations' in tool ? (tool.functionDeclarations ?? []) : [],
  );
  const body: OpenAI.ChatCompletionCreateParamsNonStreaming = { model: llmRequest.model ?? model, messages };
  if (tools.length > 0) {
    body.tools = tools.map((declaration) => ({
      type: 'function',
      function: {
        name: declaration.name ?? '',
        description: declaration.description ?? '',
        parameters: (declaration.parametersJsonSchema ??
          jsonSchema(declaration.parameters ?? { type: 'OBJECT', properties: {} })) as Record<
          string,
          unknown
        >,
      },
    }));
  }
  if (config.temperature !== undefined) body.temperature = config.temperature;
  if (config.topP !== undefined) body.top_p = config.topP;
  if (config.maxOutputTokens !== undefined) body.max_tokens = config.maxOutputTokens;
  if (config.stopSequences) body.stop = config.stopSequences;
  const schema = config.responseJsonSchema ?? (config.responseSchema && jsonSchema(config.responseSchema));
  if (schema) {
    body.response_format = {
      type: 'json_schema',
      json_schema: { name: 'output', schema: schema as Record<string, unknown> },
    };
  } else if (config.responseMimeType === 'application/json') {
    body.response_format = { type: 'json_object' };
  }
  return body;
}

/** The kinds of part this connector translates; thoughts (Gemini's own) are left out. */
const translated = ['text', 'functionCall', 'functionResponse', 'thought', 'thoughtSignature'];

/**
 * One ADK `Content` as chat messages: a model turn is an assistant message (text and tool calls),
 * function responses are tool messages, other user parts a user message. A part of another kind
 * (inline data, files, code execution) is an error rather than silently dropped.
 */
function toMessages(content: Content): ChatMessage[] {
  for (const part of content.parts ?? []) {
    const other = Object.keys(part).find(
      (key) => !translated.includes(key) && part[key as keyof Part] !== undefined,
    );
    if (other)
      throw new TypeError(`SwitchyardLlm: a ${content.role} part has ${other}, which it does not translate`);
  }
  const parts = (content.parts ?? []).filter((part) => !part.thought);
  const text = parts.flatMap((part) => (part.text ? [part.text] : [])).join('');
  if (content.role === 'model') {
    const calls = parts.flatMap((part) => (part.functionCall ? [part.functionCall] : []));
    if (!text && calls.length === 0) return [];
    return [
      {
        role: 'assistant',
        content: text || null,
        ...(calls.length > 0 ? { tool_calls: calls.map(toToolCall) } : {}),
      },
    ];
  }
  const messages: ChatMessage[] = parts.flatMap((part): ChatMessage[] =>
    part.functionResponse
      ? [
          {
            role: 'tool',
            tool_call_id: part.functionResponse.id ?? part.functionResponse.name ?? '',
            content: JSON.stringify(part.functionResponse.response ?? {}),
          },
        ]
      : [],
  );
  if (text) messages.push({ role: 'user', content: text });
  return messages;
}

function toToolCall(call: FunctionCall): OpenAI.ChatCompletionMessageFunctionToolCall {
  return {
    id: call.id ?? call.name ?? '',
    type: 'function',
    function: { name: call.name ?? '', arguments: JSON.stringify(call.args ?? {}) },
  };
}

/** A complete model turn as ADK's `LlmResponse`. */
function turn(
  text: string,
  calls: OpenAI.ChatCompletionMessageToolCall[],
  finishReason: string | null | undefined,
  usage: OpenAI.CompletionUsage | undefined,
): LlmResponse {
  const parts: Part[] = text ? [{ text }] : [];
  for (const call of calls) {
    if (call.type !== 'function') continue;
    const args = call.function.arguments
      ? (JSON.parse(call.function.arguments) as Record<string, unknown>)
      : {};
    parts.push({ functionCall: { id: call.id, name: call.function.name, args } });
  }
  const response: LlmResponse = { finishReason: geminiFinishReason(finishReason), partial: false };
  if (parts.length > 0) response.content = { role: 'model', parts };
  if (usage) response.usageMetadata = usageMetadata(usage);
  return response;
}

function geminiFinishReason(reason: string | null | undefined): FinishReason {
  if (reason === 'length') return FinishReason.MAX_TOKENS;
  if (reason === 'content_filter') return FinishReason.SAFETY;
  return FinishReason.STOP; // Gemini reports a function call as STOP too
}

function usageMetadata(usage: OpenAI.CompletionUsage): GenerateContentResponseUsageMetadata {
  return {
    promptTokenCount: usage.prompt_tokens,
    candidatesTokenCount: usage.completion_tokens,
    totalTokenCount: usage.total_tokens,
  };
}

/** ADK's system instruction (a string, a `Content` or parts) as text. */
function instructionText(instruction: ContentUnion | undefined): string {
  if (instruction === undefined) return '';
  if (typeof instruction === 'string') return instruction;
  const parts: unknown[] = Array.isArray(instruction)
    ? instruction
    : 'parts' in instruction
      ? (instruction.parts ?? [])
      : [instruction];
  return parts
    .map((part) => (typeof part === 'string' ? part : ((part as Part).text ?? '')))
    .filter(Boolean)
    .join('\n');
}

/**
 * Gemini's `Schema` (what ADK makes of a zod object) as JSON Schema: `type` in lower case
 * (`OBJECT` → `object`), `nullable` as a `null` type, and the counts Gemini writes as strings
 * (`minItems: "1"`) as numbers.
 */
function jsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(jsonSchema);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'type' && typeof value === 'string') out[key] = value.toLowerCase();
    else if (key === 'nullable') continue;
    else if (/^(min|max)(Items|Length|Properties)$/.test(key)) out[key] = Number(value);
    else if (key === 'properties' && typeof value === 'object' && value !== null) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, property]) => [name, jsonSchema(property)]),
      );
    } else out[key] = jsonSchema(value);
  }
  if ((schema as { nullable?: unknown }).nullable === true && typeof out['type'] === 'string') {
    out['type'] = [out['type'], 'null'];
  }
  return out;
}
