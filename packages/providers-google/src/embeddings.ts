import { type EmbeddingRequest, RequestTranslationError } from '@switchyard/core';

/** One native embedding call: the method to append to the model's path, its body, and how to read it. */
export interface EmbeddingCall {
  /** `embedContent`, `batchEmbedContents` or `predict`. */
  method: string;
  body: unknown;
  read: (native: unknown) => { vectors: number[][]; promptTokens: number };
}

/** The texts of an OpenAI embeddings `input`; token arrays cannot be sent to Google. */
export function inputTexts(body: EmbeddingRequest): string[] {
  const input = body.input;
  if (typeof input === 'string') return [input];
  if (Array.isArray(input) && input.length > 0 && input.every((item) => typeof item === 'string')) {
    return input as string[];
  }
  throw new RequestTranslationError('input', 'input must be a string or a non-empty array of strings');
}

/** The Gemini API call: `embedContent` for one text, `batchEmbedContents` for several. */
export function geminiEmbeddingCall(body: EmbeddingRequest, model: string): EmbeddingCall {
  const texts = inputTexts(body);
  const extra: Record<string, unknown> = {};
  if (typeof body.dimensions === 'number') extra['outputDimensionality'] = body.dimensions;
  const taskType = (body as { task_type?: unknown }).task_type;
  if (typeof taskType === 'string') extra['taskType'] = taskType;
  if (texts.length === 1 && typeof body.input === 'string') {
    return {
      method: 'embedContent',
      body: { content: { parts: [{ text: texts[0] }] }, ...extra },
      read: (native) => ({
        vectors: [valuesOf((native as { embedding?: unknown }).embedding, 'embedding')],
        promptTokens: 0,
      }),
    };
  }
  return {
    method: 'batchEmbedContents',
    body: {
      requests: texts.map((text) => ({ model: `models/${model}`, content: { parts: [{ text }] }, ...extra })),
    },
    read: (native) => {
      const embeddings = (native as { embeddings?: unknown }).embeddings;
      if (!Array.isArray(embeddings)) throw new TypeError('the answer has no embeddings array');
      return { vectors: embeddings.map((item, i) => valuesOf(item, `embeddings[${i}]`)), promptTokens: 0 };
    },
  };
}

/** The Vertex AI call: `predict` with one instance per text; token counts come from `statistics`. */
export function vertexEmbeddingCall(body: EmbeddingRequest): EmbeddingCall {
  const texts = inputTexts(body);
  const taskType = (body as { task_type?: unknown }).task_type;
  const native: Record<string, unknown> = {
    instances: texts.map((content) =>
      typeof taskType === 'string' ? { content, task_type: taskType } : { content },
    ),
  };
  if (typeof body.dimensions === 'number') native['parameters'] = { outputDimensionality: body.dimensions };
  return {
    method: 'predict',
    body: native,
    read: (answer) => {
      const predictions = (answer as { predictions?: unknown }).predictions;
      if (!Array.isArray(predictions)) throw new TypeError('the answer has no predictions array');
      let promptTokens = 0;
      const vectors = predictions.map((prediction, i) => {
        const embeddings = (prediction as { embeddings?: { statistics?: { token_count?: unknown } } })
          .embeddings;
        const count = embeddings?.statistics?.token_count;
        if (typeof count === 'number') promptTokens += count;
        return valuesOf(embeddings, `predictions[${i}].embeddings`);
      });
      return { vectors, promptTokens };
    },
  };
}

function valuesOf(embedding: unknown, where: string): number[] {
  const values = (embedding as { values?: unknown } | undefined)?.values;
  if (!Array.isArray(values)) throw new TypeError(`${where}.values is missing`);
  return values as number[];
}
