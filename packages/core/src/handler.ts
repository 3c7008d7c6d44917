/** Answers one request. The only contract every part of a pipeline shares. */
export type Handler = (request: Request) => Promise<Response>;

/** Wraps the next handler with behaviour of its own: the unit every Switchyard package exports. */
export type Middleware = (next: Handler) => Handler;
