import type {
  ImageGenerationRequest,
  ImagesResponse,
  SpeechRequest,
  TranscriptionResponse,
} from '@switchyard/core';
import { jsonResponse } from './builders.js';
import { mockCreated } from './mock-provider-chat.js';
import type { MockUploadedFile } from './mock-provider-request.js';

/** A 1×1 transparent PNG, the picture every `b64_json` image carries. */
export const mockImagePng =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** Answers `POST /v1/images/generations` with `n` images (URLs on `mock-provider.invalid`, or PNG data). */
export function respondImages(body: ImageGenerationRequest, index: number): Response {
  const count = body.n ?? 1;
  const answer: ImagesResponse = {
    created: mockCreated,
    data: Array.from({ length: count }, (_, position) =>
      body.response_format === 'b64_json'
        ? { b64_json: mockImagePng, revised_prompt: body.prompt }
        : {
            url: `https://mock-provider.invalid/images/${index}-${position}.png`,
            revised_prompt: body.prompt,
          },
    ),
  };
  return jsonResponse(answer);
}

const audioTypes: Record<string, string> = {
  mp3: 'audio/mpeg',
  opus: 'audio/ogg',
  aac: 'audio/aac',
  flac: 'audio/flac',
  wav: 'audio/wav',
  pcm: 'audio/pcm',
};

/** The bytes the mock "speaks" for a speech request: `MOCK-AUDIO <voice>: <input>` in UTF-8. */
export function mockSpeechBytes(body: Pick<SpeechRequest, 'voice' | 'input'>): Uint8Array {
  return new TextEncoder().encode(`MOCK-AUDIO ${body.voice}: ${body.input}`);
}

/** Answers `POST /v1/audio/speech` with `mockSpeechBytes` and the content type of `response_format`. */
export function respondSpeech(body: SpeechRequest): Response {
  const format = body.response_format ?? 'mp3';
  return new Response(mockSpeechBytes(body), {
    headers: { 'content-type': audioTypes[format] ?? 'application/octet-stream' },
  });
}

/**
 * Answers `POST /v1/audio/transcriptions` (and translations): the text is
 * `Transcript of <filename> (<size> bytes)`; `response_format: 'text'` answers plain text.
 */
export function respondTranscription(file: MockUploadedFile, fields: Record<string, unknown>): Response {
  const text = `Transcript of ${file.name} (${file.size} bytes)`;
  if (fields['response_format'] === 'text') {
    return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const answer: TranscriptionResponse = { text };
  return jsonResponse(answer);
}
