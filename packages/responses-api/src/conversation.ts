import type { ResponseStore, StoredResponse } from './response-store.js';
import type { ResponseInputItem } from './responses-types.js';

/** Earlier turns followed back further than this are refused: no real conversation is this long. */
const maxTurns = 10_000;

/** The items of a conversation so far, or the id of the response that could not be found. */
export type Conversation = { items: ResponseInputItem[] } | { missing: string };

/**
 * The input and output items of every turn up to and including `previousId`, oldest first, by
 * following `previous_response_id` back through `store`: what the model must see again, since a
 * chat provider keeps no state. A response stored by another tenant counts as missing, as does a
 * turn that expired (the answer names it).
 */
export async function conversation(
  store: ResponseStore,
  previousId: string,
  tenant: string | undefined,
): Promise<Conversation> {
  const turns: StoredResponse[] = [];
  const seen = new Set<string>();
  for (let id: string | null = previousId; id !== null; ) {
    const entry: StoredResponse | undefined =
      seen.has(id) || turns.length >= maxTurns ? undefined : await store.get(id);
    if (entry === undefined || entry.tenant !== tenant) return { missing: id };
    seen.add(id);
    turns.push(entry);
    id = entry.response.previous_response_id ?? null;
  }
  const items: ResponseInputItem[] = [];
  for (let index = turns.length - 1; index >= 0; index--) {
    const turn = turns[index]!;
    items.push(...turn.input, ...turn.response.output);
  }
  return { items };
}
