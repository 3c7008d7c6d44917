import { createConfigCompiler } from '@switchyard/config';
import { compose, fetchTransport, type Handler, toFetch } from '@switchyard/core';
import OpenAI from 'openai';
import type { ClientOptions, ClientShared } from './client-options.js';
import { portkeyHeaders, switchyardOptionHeaders } from './option-headers.js';
import { Rerank } from './rerank.js';

/**
 * A Portkey-style client on the official `openai` package. In-process (the default), requests run
 * through a Switchyard pipeline compiled from `config`/`provider`/`virtualKey` inside your app;
 * with `baseURL` they go to a gateway with the options as headers. The `openai` package's own
 * retries are off: retries are the config's business.
 */
export class SwitchyardClient {
  /** The underlying `openai` client; its resources are this client's. */
  readonly openai: OpenAI;
  /** The options this client was built with. */
  readonly options: Readonly<ClientOptions>;
  /** `rerank.create({ model, query, documents, top_n })`, in Cohere's shape: Cohere, Jina, Voyage. */
  readonly rerank: Rerank;
  private readonly shared: ClientShared;

  constructor(options: ClientOptions, shared?: ClientShared) {
    this.options = { ...options };
    this.shared = shared ?? {
      compiler: createConfigCompiler({
        ...options.compile,
        ...(options.vault ? { vault: options.vault } : {}),
        ...(options.registry ? { registry: options.registry } : {}),
      }),
      transport: options.transport ?? fetchTransport(),
    };
    this.openai = options.baseURL === undefined ? this.inProcess() : this.remote(options.baseURL);
    this.rerank = new Rerank(this.openai);
  }

  /** `chat.completions.create(...)`, plain or `stream: true`. */
  get chat(): OpenAI['chat'] {
    return this.openai.chat;
  }

  /**
   * The Responses API: `responses.create(...)`, `responses.stream(...)`, `responses.retrieve(id)`.
   * OpenAI and Azure OpenAI answer it themselves; every other provider through chat completions.
   */
  get responses(): OpenAI['responses'] {
    return this.openai.responses;
  }

  /** `embeddings.create(...)`. */
  get embeddings(): OpenAI['embeddings'] {
    return this.openai.embeddings;
  }

  /** `moderations.create(...)`, passed through to a provider that speaks OpenAI's format. */
  get moderations(): OpenAI['moderations'] {
    return this.openai.moderations;
  }

  /** `images.generate(...)` and the other image endpoints. */
  get images(): OpenAI['images'] {
    return this.openai.images;
  }

  /** `audio.speech`, `audio.transcriptions`, `audio.translations`. */
  get audio(): OpenAI['audio'] {
    return this.openai.audio;
  }

  /** `models.list()`. */
  get models(): OpenAI['models'] {
    return this.openai.models;
  }

  /** Legacy `completions.create(...)`. */
  get completions(): OpenAI['completions'] {
    return this.openai.completions;
  }

  /**
   * A new client with `options` laid over this one's, for one call or a scope (Portkey's
   * `with_options`). Nothing is changed on this client.
   */
  withOptions(options: ClientOptions): SwitchyardClient {
    const merged: ClientOptions = { ...this.options };
    for (const [key, value] of Object.entries(options)) {
      if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
    }
    const sameBuild = merged.vault === this.options.vault && merged.registry === this.options.registry;
    const sameTransport =
      merged.transport === this.options.transport && merged.compile === this.options.compile;
    return new SwitchyardClient(merged, sameBuild && sameTransport ? this.shared : undefined);
  }

  private inProcess(): OpenAI {
    const options = this.options;
    const compiled = this.shared.compiler.compile(options.config ?? {}, {
      provider: options.provider,
      apiKey: options.apiKey,
      virtualKey: options.virtualKey,
    });
    const pipeline: Handler = compose(...(options.use ?? []), compiled)(this.shared.transport);
    return new OpenAI({
      // The provider sets the real credential; the SDK insists on having one.
      apiKey: 'switchyard-in-process',
      baseURL: 'http://switchyard.invalid/v1',
      fetch: toFetch(pipeline),
      maxRetries: 0,
      defaultHeaders: switchyardOptionHeaders(options),
    });
  }

  private remote(baseURL: string): OpenAI {
    const options = this.options;
    return new OpenAI({
      apiKey: options.apiKey ?? 'switchyard-gateway',
      baseURL,
      maxRetries: 0,
      defaultHeaders: portkeyHeaders(options),
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  }
}

/**
 * Creates a client: `createClient({ provider: 'openai', apiKey })`, `createClient({ virtualKey,
 * vault })`, `createClient({ config, vault })`, or remote with `baseURL`.
 */
export function createClient(options: ClientOptions = {}): SwitchyardClient {
  return new SwitchyardClient(options);
}
