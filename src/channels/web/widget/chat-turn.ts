/** @module The widget's conversation model, and how each stream chunk updates the assistant's turn. */
import type { CitationData, HandoffData, SimulationData } from '../chat-stream-parts';
import type { StreamChunk } from './read-chat-stream';

export type UserTurn = { role: 'user'; text: string };

export type AssistantTurn = {
  role: 'assistant';
  text: string;
  messageId?: string;
  status?: string;
  citations: CitationData[];
  simulations: SimulationData[];
  followUps: string[];
  handoff: HandoffData | null;
  feedback?: 'up' | 'down';
  error?: string;
  /** Transient progress from `data-status`, shown until text arrives. */
  progress?: string;
  /** The stream ended with its `finish` chunk (a stream cut before it is an error). */
  finished?: boolean;
  complete: boolean;
};

export type Turn = UserTurn | AssistantTurn;

export function createAssistantTurn(overrides: Partial<AssistantTurn> = {}): AssistantTurn {
  return {
    role: 'assistant',
    text: '',
    citations: [],
    simulations: [],
    followUps: [],
    handoff: null,
    complete: false,
    ...overrides,
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

function readMetadata(turn: AssistantTurn, metadata: unknown) {
  if (!isRecord(metadata)) return;
  if (typeof metadata.messageId === 'string') turn.messageId = metadata.messageId;
  if (typeof metadata.status === 'string') turn.status = metadata.status;
}

/** Applies one UI message stream chunk to the turn being streamed (unknown chunks are ignored). */
export function applyChunk(turn: AssistantTurn, chunk: StreamChunk): void {
  const data = isRecord(chunk.data) ? chunk.data : {};
  switch (chunk.type) {
    case 'start':
      if (typeof chunk.messageId === 'string') turn.messageId = chunk.messageId;
      readMetadata(turn, chunk.messageMetadata);
      break;
    case 'text-delta':
      turn.text += text(chunk.delta);
      turn.progress = undefined;
      break;
    case 'data-status':
      turn.progress = text(data.message) || undefined;
      break;
    case 'data-reset':
      // why: a sentence failed the server's figure guard; the replacement text follows in new deltas.
      turn.text = '';
      break;
    case 'data-citation':
      if (text(data.id) && !turn.citations.some((citation) => citation.id === data.id)) {
        turn.citations.push({
          id: text(data.id),
          title: text(data.title),
          source: text(data.source),
          excerpt: text(data.excerpt),
          ...(text(data.url) ? { url: text(data.url) } : {}),
        });
      }
      break;
    case 'data-simulation':
      turn.simulations.push({ name: text(data.name), input: data.input, output: data.output });
      break;
    case 'data-follow-ups':
      turn.followUps = Array.isArray(data.questions)
        ? data.questions.filter((item) => typeof item === 'string')
        : [];
      break;
    case 'data-handoff':
      turn.handoff = {
        reason: text(data.reason),
        message: text(data.message),
        contactUrl: text(data.contactUrl),
      };
      break;
    case 'error':
      turn.error = text(chunk.errorText) || 'Une erreur est survenue.';
      break;
    case 'finish':
      readMetadata(turn, chunk.messageMetadata);
      turn.finished = true;
      turn.progress = undefined;
      break;
  }
}

export const CUT_STREAM_ERROR = 'La réponse a été interrompue avant la fin.';
export const STOPPED_ERROR = 'Réponse interrompue.';

/** Closes the turn once its stream has ended: a stream cut before `finish` is an error, never a complete answer. */
export function endTurn(turn: AssistantTurn, stopped = false): void {
  turn.complete = true;
  turn.progress = undefined;
  if (turn.error) return;
  if (stopped) turn.error = STOPPED_ERROR;
  else if (!turn.finished) turn.error = CUT_STREAM_ERROR;
  else if (!turn.text && !turn.handoff && turn.simulations.length === 0)
    turn.error = 'La réponse est arrivée vide. Reformulez votre question.';
}
