/** @module LLM mode, streamed: a tool loop whose text is released one sentence at a time once the figure guard passed it; one regeneration, then a fallback reason. */
import { type LanguageModel, type ModelMessage, stepCountIs, streamText } from 'ai';
import type { Knowledge } from '../../knowledge';
import type { Simulator } from '../../simulator';
import type { PassageRanker } from '../act/create-passage-ranker';
import type { AnswerEvent, AskRequest, AskResponse, ToolCall } from '../answer-contract';
import type { PreparedAnswer } from '../answer-offline';
import { privacyNotice } from '../compose/simulation-sections';
import {
  collectEvidence,
  type Evidence,
  findUngroundedFigures,
  type UngroundedFigure,
  userEvidenceOf,
} from '../grounding/find-ungrounded-figures';
import { createAnswerTools } from '../tools/create-answer-tools';
import { citationsOf } from './citations-of';
import { hostOf, keepAllowedLinks } from './keep-allowed-links';
import { repairToolCall } from './repair-tool-call';
import { systemPrompt } from './system-prompt';
import { takeSentences } from './take-sentences';
import { toolStatus } from './tool-status';

export type ModelSettings = {
  model: LanguageModel;
  timeoutMs: number;
  knowledge: Knowledge;
  simulator: Simulator;
  rank: PassageRanker;
  /** Link hosts always allowed in answers (ALLOWED_LINK_DOMAINS), besides the hosts of the sources read. */
  allowedLinkDomains: ReadonlySet<string>;
};

export type FallbackReason =
  | 'provider_error'
  | 'timeout'
  | 'aborted'
  | 'malformed_tool_call'
  | 'ungrounded'
  | 'empty_answer';

export type ModelOutcome =
  | { kind: 'answer'; response: Pick<AskResponse, 'answer' | 'citations' | 'toolCalls' | 'status'> }
  | { kind: 'fallback'; reason: FallbackReason };

export type ModelInput = {
  prepared: PreparedAnswer;
  context?: AskRequest['context'];
  today: string;
  signal?: AbortSignal;
  emit: (event: AnswerEvent) => void;
};

/** What the attempts share: the tool calls of the turn, the evidence they give, and the text the client holds. */
type Turn = {
  toolCalls: ToolCall[];
  sources: Evidence;
  user: Evidence;
  linkDomains: Set<string>;
  released: string;
};

type Attempt =
  | { kind: 'done' }
  | { kind: 'ungrounded'; figures: UngroundedFigure[]; messages: ModelMessage[] }
  | { kind: 'failed'; reason: FallbackReason };

const MAX_STEPS = 5;

function isTimeout(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'TimeoutError' ||
      error.name === 'AbortError' ||
      /abort|timeout|timed out/i.test(error.message))
  );
}

function addSourceHosts(turn: Turn, text: string) {
  for (const match of text.matchAll(/"url":"(https?:\/\/[^"]+)"/g)) {
    const host = match[1] ? hostOf(match[1]) : undefined;
    if (host) turn.linkDomains.add(host);
  }
}

/** One streamText run; sentences are checked, link-filtered and emitted as they complete. */
async function runAttempt(
  settings: ModelSettings,
  input: ModelInput,
  turn: Turn,
  messages: ModelMessage[],
  deadline: number,
): Promise<Attempt> {
  const language = input.prepared.response.locale;
  const notice =
    input.prepared.response.redactions.length > 0
      ? `${privacyNotice(input.prepared.response.redactions, language)}\n\n`
      : '';
  const stop = new AbortController();
  let completed: ModelMessage[] = [];
  let failure: UngroundedFigure[] | undefined;
  let buffer = '';
  const release = (sentence: string) => {
    const figures = findUngroundedFigures(sentence, { sources: turn.sources, user: turn.user });
    if (figures.length > 0) {
      failure = figures;
      stop.abort();
      return false;
    }
    const text = `${turn.released === '' ? notice : ''}${keepAllowedLinks(sentence, turn.linkDomains)}`;
    turn.released += text;
    if (text) input.emit({ type: 'text', delta: text });
    return true;
  };
  const result = streamText({
    model: settings.model,
    system: systemPrompt(input.today, language, input.context),
    messages,
    tools: createAnswerTools(settings.simulator, settings.rank, input.today),
    stopWhen: stepCountIs(MAX_STEPS),
    maxRetries: 0,
    abortSignal: input.signal ? AbortSignal.any([input.signal, stop.signal]) : stop.signal,
    timeout: { totalMs: Math.max(1, deadline - Date.now()), chunkMs: settings.timeoutMs },
    experimental_repairToolCall: repairToolCall(),
    // why: errors arrive as `error` parts below and become a fallback; the SDK's default would print them.
    onError: () => {},
    onStepFinish: (step) => {
      completed = step.response.messages;
    },
  });
  const failed = (error?: unknown): Attempt => ({
    kind: 'failed',
    reason: input.signal?.aborted
      ? 'aborted'
      : error === undefined || isTimeout(error)
        ? 'timeout'
        : 'provider_error',
  });
  try {
    for await (const part of result.fullStream) {
      if (part.type === 'text-start') {
        const sofar = turn.released + buffer;
        if (sofar && !/\s$/.test(sofar)) buffer += '\n\n';
      } else if (part.type === 'text-delta') {
        const { sentences, rest } = takeSentences(buffer + part.text);
        buffer = rest;
        for (const sentence of sentences) if (!release(sentence)) break;
      } else if (part.type === 'tool-call') {
        if (!part.invalid)
          input.emit({ type: 'status', message: toolStatus(part.toolName, part.input, language) });
      } else if (part.type === 'tool-result') {
        const call: ToolCall = { name: part.toolName, input: part.input, output: part.output };
        const serialized = JSON.stringify(call);
        turn.toolCalls.push(call);
        collectEvidence([serialized], turn.sources);
        addSourceHosts(turn, serialized);
      } else if (part.type === 'tool-error') {
        stop.abort();
        return { kind: 'failed', reason: 'malformed_tool_call' };
      } else if (part.type === 'error') {
        return failed(part.error);
      } else if (part.type === 'abort') {
        if (!failure) return failed();
      }
      if (failure) break;
    }
  } catch (error) {
    if (!failure) return failed(error);
  }
  if (!failure && buffer) release(buffer);
  if (failure) return { kind: 'ungrounded', figures: failure, messages: completed };
  return { kind: 'done' };
}

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
