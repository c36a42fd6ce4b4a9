/** @module Talks to the assistant's API: streams answers from /api/chat and posts votes to /v1/feedback. */
import { readChatStream, type StreamChunk } from './read-chat-stream';
import type { Vote } from './render-feedback';

export type HistoryEntry = { role: 'user' | 'assistant'; content: string };

const NETWORK_ERROR = 'Connexion au service impossible. Vérifiez votre réseau puis réessayez.';

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown } };
    if (typeof body.error?.message === 'string') return body.error.message;
  } catch {
    // not JSON: fall through to the generic message
  }
  return `Le service a répondu par une erreur (${response.status}). Réessayez dans un instant.`;
}

export function createChatClient(api: string) {
  return {
    async *streamAnswer(
      question: string,
      history: HistoryEntry[],
      signal: AbortSignal,
    ): AsyncGenerator<StreamChunk> {
      let response: Response;
      try {
        response = await fetch(`${api}/api/chat`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ question, history }),
          signal,
        });
      } catch (error) {
        if (signal.aborted) throw error;
        throw new Error(NETWORK_ERROR);
      }
      if (!response.ok || !response.body) throw new Error(await errorMessage(response));
      yield* readChatStream(response.body);
    },

    async sendFeedback(messageId: string, vote: Vote): Promise<boolean> {
      try {
        const response = await fetch(`${api}/v1/feedback`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ messageId, channel: 'web', ...vote }),
        });
        return response.ok;
      } catch {
        return false;
      }
    },
  };
}

export type ChatClient = ReturnType<typeof createChatClient>;
