/** @module Keeps the conversation in sessionStorage (per tab, per API), tolerating browsers that refuse storage. */
import type { Turn } from './chat-turn';

const MAX_TURNS = 40;

export type ConversationStore = { load(): Turn[]; save(turns: Turn[]): void; clear(): void };

export function createConversationStore(key: string): ConversationStore {
  return {
    load() {
      try {
        const value: unknown = JSON.parse(sessionStorage.getItem(key) ?? '[]');
        return Array.isArray(value)
          ? value.filter(
              (turn): turn is Turn =>
                typeof turn === 'object' &&
                turn !== null &&
                (turn.role === 'user' || turn.role === 'assistant') &&
                typeof turn.text === 'string',
            )
          : [];
      } catch {
        return [];
      }
    },
    save(turns) {
      try {
        sessionStorage.setItem(key, JSON.stringify(turns.slice(-MAX_TURNS)));
      } catch {
        // why: private modes and sandboxed frames may refuse storage; the conversation then lives in memory only.
      }
    },
    clear() {
      try {
        sessionStorage.removeItem(key);
      } catch {
        // same as above
      }
    },
  };
}
