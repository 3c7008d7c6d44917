export { backoffDelayMs } from './backoff.js';
export { retry } from './retry.js';
export { createRetryBudget, type RetryBudget, type RetryBudgetOptions } from './retry-budget.js';
export { defaultRetryStatusCodes, type RetryEvent, type RetryOptions } from './retry-options.js';
