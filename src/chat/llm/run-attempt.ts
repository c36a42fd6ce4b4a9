/** @module One streamText run of the tool loop: tool progress and guarded, link-filtered sentences are emitted as they complete. */
import { type LanguageModel, type ModelMessage, stepCountIs, streamText } from 'ai';
import type { Knowledge } from '../../knowledge';
import type { PassageRanker } from '../../search';
import type { Simulator } from '../../simulator';
import type { AnswerEvent, AskRequest, AskResponse, ToolCall } from '../answer-contract';
import type { PreparedAnswer } from '../answer-offline';
import { privacyNotice } from '../compose/simulation-sections';
import {
  collectEvidence,
  type Evidence,
  findUngroundedFigures,
  type UngroundedFigure,
} from '../grounding/find-ungrounded-figures';
import { createAnswerTools } from '../tools/create-answer-tools';
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
export type Turn = {
  toolCalls: ToolCall[];
  sources: Evidence;
  user: Evidence;
  linkDomains: Set<string>;
  released: string;
};

export type Attempt =
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
export async function runAttempt(
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
