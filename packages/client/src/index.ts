export type { ClientOptions } from './client-options.js';
export { createClient, SwitchyardClient } from './create-client.js';
