/** @module LLM mode, streamed: a tool loop whose text is released one sentence at a time once the figure guard passed it; one regeneration, then a fallback reason. */
import type { ModelMessage } from 'ai';
import { collectEvidence, type UngroundedFigure, userEvidenceOf } from '../grounding/find-ungrounded-figures';
import { citationsOf } from './citations-of';
import { hostOf } from './keep-allowed-links';
import {
  type FallbackReason,
  type ModelInput,
  type ModelOutcome,
  type ModelSettings,
  runAttempt,
  type Turn,
} from './run-attempt';

export type { FallbackReason, ModelInput, ModelOutcome, ModelSettings } from './run-attempt';

function retryNote(figures: UngroundedFigure[]): string {
  const raws = [...new Set(figures.map((figure) => figure.raw))].join(', ');
  return (
    `Ta réponse contient des chiffres absents des résultats d'outils de ce tour : ${raws}. ` +
    'Réécris-la sans ces chiffres, ou appelle un outil qui les fournit ; un chiffre donné par l’utilisateur doit lui être attribué (« vous indiquez… »).'
  );
}

/** Asks the model, streaming guarded sentences through `emit`; any failure becomes a fallback reason, after a `reset` if text was shown. */
export async function answerWithModel(settings: ModelSettings, input: ModelInput): Promise<ModelOutcome> {
  const { prepared } = input;
  const messages: ModelMessage[] = [
    ...prepared.guarded.history.map(
      (message) => ({ role: message.role, content: message.content }) as ModelMessage,
    ),
    { role: 'user', content: prepared.guarded.question },
  ];
  const turn: Turn = {
    toolCalls: [],
    sources: collectEvidence([]),
    user: userEvidenceOf({
      question: prepared.guarded.question,
      history: prepared.guarded.history,
      ...(input.context ? { context: input.context } : {}),
    }),
    linkDomains: new Set([
      ...settings.allowedLinkDomains,
      ...prepared.response.citations.flatMap((citation) =>
        citation.url ? [hostOf(citation.url) ?? ''] : [],
      ),
    ]),
    released: '',
  };
  const reset = () => {
    if (turn.released && !input.signal?.aborted) input.emit({ type: 'reset', reason: 'guard' });
    turn.released = '';
  };
  const fallback = (reason: FallbackReason): ModelOutcome => {
    reset();
    return { kind: 'fallback', reason };
  };
  const deadline = Date.now() + settings.timeoutMs;
  let attempt = await runAttempt(settings, input, turn, messages, deadline);
  if (attempt.kind === 'ungrounded') {
    reset();
    const retry = [
      ...messages,
      ...attempt.messages,
      { role: 'user', content: retryNote(attempt.figures) } as const,
    ];
    attempt = await runAttempt(settings, input, turn, retry, deadline);
  }
  if (attempt.kind === 'ungrounded') return fallback('ungrounded');
  if (attempt.kind === 'failed') return fallback(attempt.reason);
  const answer = turn.released.trim();
  if (!answer) return fallback('empty_answer');
  const read = citationsOf(turn.toolCalls, answer);
  return {
    kind: 'answer',
    response: {
      answer: turn.released,
      // why: a model that answered without searching still gets the sources the offline pipeline found.
      citations: read.length > 0 ? read : prepared.response.citations,
      toolCalls: turn.toolCalls,
      status: 'answered',
    },
  };
}
