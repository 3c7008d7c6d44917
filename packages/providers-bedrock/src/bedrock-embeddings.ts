import { type EmbeddingRequest, RequestTranslationError } from '@switchyard/core';

/** One InvokeModel call: its body and how to read its answer. */
export interface InvokeCall {
  body: unknown;
  read: (native: unknown) => { vectors: number[][]; promptTokens: number };
}

/**
 * The InvokeModel calls that embed an OpenAI embeddings `input` with `modelId`: Titan text
 * embeddings take one text per call (`{ inputText }`), Cohere embed a batch (`{ texts, input_type }`).
 *
 * @throws RequestTranslationError for other models or token-array input.
 */
export function embeddingCalls(body: EmbeddingRequest, modelId: string): InvokeCall[] {
  const texts = inputTexts(body);
  const name = modelId.slice(modelId.lastIndexOf('/') + 1);
  if (name.includes('amazon.titan-embed-text')) {
    const v2 = name.includes('titan-embed-text-v2');
    if (typeof body.dimensions === 'number' && !v2) {
      throw new RequestTranslationError(
        'dimensions',
        `${modelId} does not accept dimensions (Titan v2 does)`,
      );
    }
    return texts.map((inputText) => ({
      body: typeof body.dimensions === 'number' ? { inputText, dimensions: body.dimensions } : { inputText },
      read: (native) => {
        const answer = native as { embedding?: unknown; inputTextTokenCount?: unknown };
        if (!Array.isArray(answer.embedding)) throw new TypeError('the answer has no embedding array');
        const tokens = typeof answer.inputTextTokenCount === 'number' ? answer.inputTextTokenCount : 0;
        return { vectors: [answer.embedding as number[]], promptTokens: tokens };
      },
    }));
  }
  if (name.includes('cohere.embed')) {
    const inputType = (body as { input_type?: unknown }).input_type;
    return [
      {
        body: { texts, input_type: typeof inputType === 'string' ? inputType : 'search_document' },
        read: (native) => {
          const embeddings = (native as { embeddings?: unknown }).embeddings;
          // `embeddings` is a list of vectors, or `{ float: [...] }` when embedding types are named.
          const vectors = Array.isArray(embeddings) ? embeddings : (embeddings as { float?: unknown })?.float;
          if (!Array.isArray(vectors)) throw new TypeError('the answer has no embeddings');
          return { vectors: vectors as number[][], promptTokens: 0 };
        },
      },
    ];
  }
  throw new RequestTranslationError(
    'model',
    `${modelId} is not a Bedrock embedding model this provider knows (amazon.titan-embed-text-*, cohere.embed-*)`,
  );
}

function inputTexts(body: EmbeddingRequest): string[] {
  const input = body.input;
  if (typeof input === 'string') return [input];
  if (Array.isArray(input) && input.length > 0 && input.every((item) => typeof item === 'string')) {
    return input as string[];
  }
  throw new RequestTranslationError('input', 'input must be a string or a non-empty array of strings');
}
