export { type PiiCategory, piiCategories } from './checks/pii.js';
export type {
  CheckContext,
  CheckFunction,
  CheckOutcome,
  CheckSpec,
  CodeCheck,
  GuardrailCheckResult,
  GuardrailHook,
  GuardrailHookResult,
  HookEventType,
  HookFeedback,
  HookResults,
  RequestType,
} from './guardrail-types.js';
export { type GuardrailsOptions, guardrails } from './guardrails.js';
export {
  type GuardrailsFromHooksOptions,
  guardrailsFromHooks,
  type PortkeyHookKeys,
} from './guardrails-from-hooks.js';
export { guardrailsHeader, hooksDeniedStatus, hooksFailedStatus } from './hook-responses.js';
