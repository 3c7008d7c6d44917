import type {
  ResponseCreateRequest,
  ResponseFunctionTool,
  ResponseObject,
  ResponseTextFormat,
  ResponseToolChoice,
} from './responses-types.js';

/** What a Response object echoes of its request, fixed when the request arrives. */
export interface ResponseContext {
  id: string;
  /** Unix seconds. */
  createdAt: number;
  request: ResponseCreateRequest;
  store: boolean;
}

/**
 * The Response object as it stands before the model has answered (`status: 'in_progress'`, no
 * output, no usage): the request's settings echoed as OpenAI echoes them, with OpenAI's defaults
 * where the request left a field out (`tool_choice: 'auto'`, `parallel_tool_calls: true`,
 * `text.format: { type: 'text' }`, `truncation: 'disabled'`, `metadata: {}`). Sampling settings the
 * request left out are `null`: the provider's defaults are not known here.
 */
export function pendingResponse(context: ResponseContext): ResponseObject {
  const { request } = context;
  return {
    id: context.id,
    object: 'response',
    created_at: context.createdAt,
    status: 'in_progress',
    completed_at: null,
    error: null,
    incomplete_details: null,
    instructions: typeof request.instructions === 'string' ? request.instructions : null,
    max_output_tokens: typeof request.max_output_tokens === 'number' ? request.max_output_tokens : null,
    model: request.model,
    output: [],
    parallel_tool_calls: request.parallel_tool_calls !== false,
    previous_response_id: request.previous_response_id ?? null,
    reasoning: {
      effort: typeof request.reasoning?.effort === 'string' ? request.reasoning.effort : null,
      summary: typeof request.reasoning?.summary === 'string' ? request.reasoning.summary : null,
    },
    store: context.store,
    temperature: typeof request.temperature === 'number' ? request.temperature : null,
    text: { format: (request.text?.format as ResponseTextFormat | undefined) ?? { type: 'text' } },
    tool_choice: (request.tool_choice as ResponseToolChoice | undefined) ?? 'auto',
    tools: (request.tools ?? []).map(echoTool),
    top_p: typeof request.top_p === 'number' ? request.top_p : null,
    truncation: 'disabled',
    usage: null,
    user: typeof request.user === 'string' ? request.user : null,
    metadata: request.metadata ?? {},
    background: false,
  };
}

function echoTool(tool: ResponseFunctionTool): ResponseFunctionTool {
  return {
    type: 'function',
    name: tool.name,
    description: tool.description ?? null,
    parameters: tool.parameters ?? null,
    strict: tool.strict ?? null,
  };
}
