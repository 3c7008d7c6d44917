/** What a built Messages answer says; everything has a plausible default. */
export interface MessagesAnswerFields {
  /** The answer's text; several texts are one text block each. Default: `'Hello!'`. */
  text?: string | readonly string[];
  /** Default: `'claude-sonnet-4-5'`. */
  model?: string;
  /** Default: `'msg_1'`. */
  id?: string;
  /**
   * Token counts; Anthropic's `input_tokens` leaves out the cache reads and writes counted beside it.
   * Default: `{ input_tokens: 10, output_tokens: 5, cache_creation_input_tokens: null,
   * cache_read_input_tokens: null }`, each field on its own.
   */
  usage?: {
    input_tokens?: number;
    output_tokens?: number;
    cache_creation_input_tokens?: number | null;
    cache_read_input_tokens?: number | null;
  };
}

/**
 * A finished Messages answer of text blocks, with the fields the official `@anthropic-ai/sdk` types
 * as `Message` (`resources/messages/messages.d.ts`) that the API sends for one.
 */
export interface MessagesAnswer {
  id: string;
  type: 'message';
  role: 'assistant';
  model: string;
  content: Array<{ type: 'text'; text: string }>;
  stop_reason: 'end_turn';
  stop_sequence: null;
  usage: {
    input_tokens: number;
    output_tokens: number;
    cache_creation_input_tokens: number | null;
    cache_read_input_tokens: number | null;
  };
}

/**
 * An Anthropic Messages API answer (`POST /v1/messages`) that ended its turn (`stop_reason: 'end_turn'`).
 * Spread it to change anything else.
 */
export function messagesAnswer(fields: MessagesAnswerFields = {}): MessagesAnswer {
  const texts = typeof fields.text === 'string' ? [fields.text] : (fields.text ?? ['Hello!']);
  return {
    id: fields.id ?? 'msg_1',
    type: 'message',
    role: 'assistant',
    model: fields.model ?? 'claude-sonnet-4-5',
    content: texts.map((text) => ({ type: 'text', text })),
    stop_reason: 'end_turn',
    stop_sequence: null,
    usage: {
      input_tokens: fields.usage?.input_tokens ?? 10,
      output_tokens: fields.usage?.output_tokens ?? 5,
      cache_creation_input_tokens: fields.usage?.cache_creation_input_tokens ?? null,
      cache_read_input_tokens: fields.usage?.cache_read_input_tokens ?? null,
    },
  };
}
