import {
  type ChatCompletionRequest,
  type EmbeddingRequest,
  errorResponse,
  type ImageGenerationRequest,
  type ModelList,
  type SpeechRequest,
} from '@switchyard/core';
import { jsonResponse } from './builders.js';
import { mockCreated, respondChat } from './mock-provider-chat.js';
import { respondEmbeddings } from './mock-provider-embeddings.js';
import { respondImages, respondSpeech, respondTranscription } from './mock-provider-media.js';
import type { MockProviderSettings } from './mock-provider-options.js';
import type { MockRequest, MockUploadedFile } from './mock-provider-request.js';

type Responder = (request: MockRequest, settings: MockProviderSettings) => Response;

/** The OpenAI routes the mock provider serves, by `METHOD path`. */
const routes: Record<string, Responder> = {
  'GET /v1/models': (_request, settings) => listModels(settings.models),
  'POST /v1/chat/completions': (request, settings) =>
    withJson<ChatCompletionRequest>(request, ['model', 'messages'], (body) => {
      if (!Array.isArray(body.messages)) return invalid("'messages' must be an array", 'messages');
      const bad = body.messages.findIndex((message) => typeof message?.role !== 'string');
      if (bad !== -1)
        return invalid(`'messages[${bad}]' must be an object with a 'role'`, `messages[${bad}]`);
      return respondChat(body, request.index, settings.reply);
    }),
  'POST /v1/embeddings': (request, settings) =>
    withJson<EmbeddingRequest>(request, ['model', 'input'], (body) =>
      respondEmbeddings(body, settings.embeddingDimensions),
    ),
  'POST /v1/images/generations': (request) =>
    withJson<ImageGenerationRequest>(request, ['prompt'], (body) => respondImages(body, request.index)),
  'POST /v1/audio/speech': (request) =>
    withJson<SpeechRequest>(request, ['model', 'input', 'voice'], (body) => respondSpeech(body)),
  'POST /v1/audio/transcriptions': (request) => transcribe(request),
  'POST /v1/audio/translations': (request) => transcribe(request),
};

/** The normal (fault-free) answer to `request`, as OpenAI would give it. */
export function respond(request: MockRequest, settings: MockProviderSettings): Response {
  const route = routes[`${request.method} ${request.path}`];
  if (route) return route(request, settings);
  if (request.method === 'GET' && request.path.startsWith('/v1/models/')) {
    const id = decodeURIComponent(request.path.slice('/v1/models/'.length));
    if (settings.models.includes(id)) return jsonResponse(model(id));
    return errorResponse(404, `The model '${id}' does not exist`, {
      code: 'model_not_found',
      param: 'model',
    });
  }
  if (Object.keys(routes).some((key) => key.endsWith(` ${request.path}`))) {
    return errorResponse(405, `Method ${request.method} is not allowed on ${request.path}`);
  }
  return errorResponse(404, `Unknown route: ${request.method} ${request.path}`, { code: 'unknown_url' });
}

function listModels(ids: readonly string[]): Response {
  const list: ModelList = { object: 'list', data: ids.map(model) };
  return jsonResponse(list);
}

function model(id: string) {
  return { id, object: 'model' as const, created: mockCreated, owned_by: 'mock-provider' };
}

function withJson<T>(request: MockRequest, required: string[], answer: (body: T) => Response): Response {
  const body = request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return invalid('We could not parse the JSON body of your request. Send a JSON object.', null);
  }
  for (const field of required) {
    if ((body as Record<string, unknown>)[field] === undefined) {
      return invalid(`Missing required parameter: '${field}'.`, field);
    }
  }
  return answer(body as T);
}

function transcribe(request: MockRequest): Response {
  const fields = request.body;
  const file =
    typeof fields === 'object' && fields !== null ? (fields as Record<string, unknown>)['file'] : undefined;
  if (typeof file !== 'object' || file === null) {
    return invalid("Send multipart/form-data with a 'file' part.", 'file');
  }
  return respondTranscription(file as MockUploadedFile, fields as Record<string, unknown>);
}

function invalid(message: string, param: string | null): Response {
  return errorResponse(400, message, { type: 'invalid_request_error', param });
}
