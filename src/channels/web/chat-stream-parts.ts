/** @module The data parts and metadata of the /api/chat stream, shared by the server and the widget (types and one constant). */

/** Sent as `messageMetadata` on the `start` and `finish` chunks. */
export type AnswerMetadata = {
  messageId: string;
  status: 'answered' | 'clarification' | 'abstained' | 'refused';
  intent: string;
  mode: 'offline' | 'llm';
  degraded: boolean;
  redactions: string[];
};

/** `data-citation`: one source with the excerpt that supports the answer. */
export type CitationData = { id: string; title: string; source: string; excerpt: string; url?: string };

/** `data-simulation`: one simulator call and its result, as computed by the engine. */
export type SimulationData = { name: string; input: unknown; output: unknown };

/** `data-follow-ups`: suggested next questions. */
export type FollowUpsData = { questions: string[] };

/** `data-handoff`: the assistant hands over to an Atlas adviser. */
export type HandoffData = { reason: string; message: string; contactUrl: string };

/**
 * `data-status` (transient): progress while the answer is prepared, e.g. "Je vérifie l'IDCC 1486…".
 * Clients may show it in place of the typing indicator and drop it when text arrives.
 */
export type StatusData = { message: string };

/**
 * `data-reset` (transient): discard the text shown so far for this message, because a sentence failed
 * the figure guard; the replacement text follows in new text parts. A client that ignores it still ends
 * with a correct answer after the text it already shows.
 */
export type ResetData = { reason: 'guard' };

export type ChatDataParts = {
  status: StatusData;
  reset: ResetData;
  citation: CitationData;
  simulation: SimulationData;
  'follow-ups': FollowUpsData;
  handoff: HandoffData;
};

/** The official Atlas contact page, offered whenever the assistant hands over to an adviser. */
export const ATLAS_CONTACT_URL = 'https://www.opco-atlas.fr/';
