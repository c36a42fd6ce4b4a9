/** @module Talks to the assistant's API: streams answers from /api/chat and posts votes to /v1/feedback. */
import { readChatStream, type StreamChunk } from './read-chat-stream';
import type { Vote } from './render-feedback';

export type HistoryEntry = { role: 'user' | 'assistant'; content: string };

export const NETWORK_ERROR = 'Connexion au service impossible. Vérifiez votre réseau puis réessayez.';
export const CONFIGURATION_ERROR =
  'L’assistant n’est pas correctement configuré sur ce site : son administrateur doit autoriser l’origine de cette page (ALLOWED_ORIGINS) et vérifier l’adresse data-api.';

async function errorMessage(response: Response): Promise<string> {
  // 404/405: data-api does not point at the assistant.
  if (response.status === 404 || response.status === 405) return CONFIGURATION_ERROR;
  try {
    const body = (await response.json()) as { error?: { message?: unknown } };
    if (typeof body.error?.message === 'string') return body.error.message;
  } catch {
    // not JSON: fall through to the generic message
  }
  return `Le service a répondu par une erreur (${response.status}). Réessayez dans un instant.`;
}

/**
 * A failed fetch is either the network or a refused CORS check; the browser hides which. An opaque
 * (`no-cors`) request to /healthz tells them apart: if it reaches the server, the origin is the problem.
 */
async function diagnose(api: string, signal: AbortSignal): Promise<string> {
  try {
    await fetch(`${api}/healthz`, { mode: 'no-cors', cache: 'no-store', signal });
    return CONFIGURATION_ERROR;
  } catch {
    return NETWORK_ERROR;
  }
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
        throw new Error(await diagnose(api, signal));
      }
      if (!response.ok || !response.body) throw new Error(await errorMessage(response));
      if (!response.headers.get('content-type')?.startsWith('text/event-stream')) {
        throw new Error(CONFIGURATION_ERROR);
      }
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
