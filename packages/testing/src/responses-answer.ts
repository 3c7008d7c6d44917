/** What a built Response says; everything has a plausible default. */
export interface ResponsesAnswerFields {
  /** The assistant message's text; several texts are one `output_text` part each. Default: `'Hello!'`. */
  text?: string | readonly string[];
  /** Default: `'gpt-4o-mini'`. */
  model?: string;
  /** Default: `'resp_1'` (the message item is `'msg_1'`). */
  id?: string;
  /**
   * Token counts, `total_tokens` their sum and `cached_tokens` counted among the input ones.
   * Default: `{ input_tokens: 10, output_tokens: 5, cached_tokens: 0 }`, each field on its own.
   */
  usage?: { input_tokens?: number; output_tokens?: number; cached_tokens?: number };
}

/** Text the model wrote, as the Responses API puts it in a message. */
export interface ResponsesAnswerText {
  type: 'output_text';
  text: string;
  annotations: unknown[];
}

/** The assistant message of a built Response. */
export interface ResponsesAnswerMessage {
  type: 'message';
  id: string;
  role: 'assistant';
  status: 'completed';
  content: ResponsesAnswerText[];
}

/**
 * A completed Response object with one assistant message, field for field as the official `openai`
 * SDK types it (`Response` in `resources/responses/responses.d.ts`), less the `output_text` the SDK
 * computes: nothing stored, no tools, no instructions.
 */
export interface ResponsesAnswer {
  id: string;
  object: 'response';
  created_at: number;
  status: 'completed';
  completed_at: number;
  error: null;
  incomplete_details: null;
  instructions: null;
  max_output_tokens: number | null;
  model: string;
  output: ResponsesAnswerMessage[];
  parallel_tool_calls: boolean;
  previous_response_id: null;
  reasoning: { effort: null; summary: null };
  store: boolean;
  temperature: null;
  text: { format: { type: 'text' } };
  tool_choice: 'auto';
  tools: [];
  top_p: null;
  truncation: 'disabled';
  usage: {
    input_tokens: number;
    input_tokens_details: { cached_tokens: number; cache_write_tokens: number };
    output_tokens: number;
    output_tokens_details: { reasoning_tokens: number };
    total_tokens: number;
  };
  user: null;
  metadata: Record<string, string>;
  background: boolean;
}

/**
 * An OpenAI Responses API answer (`POST /v1/responses`): created at 1_700_000_000, completed a second
 * later, `store: false`. Spread it to change anything else, e.g. `{ ...responsesAnswer(), store: true }`.
 */
export function responsesAnswer(fields: ResponsesAnswerFields = {}): ResponsesAnswer {
  const texts = typeof fields.text === 'string' ? [fields.text] : (fields.text ?? ['Hello!']);
  const input = fields.usage?.input_tokens ?? 10;
  const output = fields.usage?.output_tokens ?? 5;
  return {
    id: fields.id ?? 'resp_1',
    object: 'response',
    created_at: 1_700_000_000,
    status: 'completed',
    completed_at: 1_700_000_001,
    error: null,
    incomplete_details: null,
    instructions: null,
    max_output_tokens: null,
    model: fields.model ?? 'gpt-4o-mini',
    output: [
      {
        type: 'message',
        id: 'msg_1',
        role: 'assistant',
        status: 'completed',
        content: texts.map((text) => ({ type: 'output_text', text, annotations: [] })),
      },
    ],
    parallel_tool_calls: true,
    previous_response_id: null,
    reasoning: { effort: null, summary: null },
    store: false,
    temperature: null,
    text: { format: { type: 'text' } },
    tool_choice: 'auto',
    tools: [],
    top_p: null,
    truncation: 'disabled',
    usage: {
      input_tokens: input,
      input_tokens_details: { cached_tokens: fields.usage?.cached_tokens ?? 0, cache_write_tokens: 0 },
      output_tokens: output,
      output_tokens_details: { reasoning_tokens: 0 },
      total_tokens: input + output,
    },
    user: null,
    metadata: {},
    background: false,
  };
}
