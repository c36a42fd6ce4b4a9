/** @module LLM mode: a tool loop, a grounding guard with one regeneration, and a fallback reason instead of any error. */
import { generateText, type LanguageModel, type ModelMessage, stepCountIs } from 'ai';
import type { Knowledge } from '../../knowledge';
import { stemsOf } from '../../search';
import type { Simulator } from '../../simulator';
import type { PassageRanker } from '../act/create-passage-ranker';
import type { AskResponse, Citation, ToolCall } from '../answer-contract';
import type { PreparedAnswer } from '../answer-offline';
import { privacyNotice } from '../compose/simulation-sections';
import { findUngroundedFigures } from '../grounding/find-ungrounded-figures';
import { createAnswerTools } from '../tools/create-answer-tools';
import type { SearchKnowledgeOutput } from '../tools/search-knowledge-tool';
import { systemPrompt } from './system-prompt';

export type ModelSettings = {
  model: LanguageModel;
  timeoutMs: number;
  knowledge: Knowledge;
  simulator: Simulator;
  rank: PassageRanker;
};

export type FallbackReason =
  | 'provider_error'
  | 'timeout'
  | 'malformed_tool_call'
  | 'ungrounded'
  | 'empty_answer';

export type ModelOutcome =
  | { kind: 'answer'; response: Pick<AskResponse, 'answer' | 'citations' | 'toolCalls' | 'status'> }
  | { kind: 'fallback'; reason: FallbackReason };

type Run = { text: string; toolCalls: ToolCall[]; messages: ModelMessage[]; malformed: boolean };

async function runLoop(
  settings: ModelSettings,
  system: string,
  messages: ModelMessage[],
  today: string,
  signal: AbortSignal,
) {
  const result = await generateText({
    model: settings.model,
    system,
    messages,
    tools: createAnswerTools(settings.simulator, settings.rank, today),
    stopWhen: stepCountIs(5),
    maxRetries: 0,
    abortSignal: signal,
  });
  const toolCalls: ToolCall[] = [];
  let malformed = false;
  for (const step of result.steps) {
    for (const part of step.content) {
      if (part.type === 'tool-error') malformed = true;
      if (part.type === 'tool-result')
        toolCalls.push({ name: part.toolName, input: part.input, output: part.output });
    }
  }
  return { text: result.text.trim(), toolCalls, messages: result.response.messages, malformed } satisfies Run;
}

/** Passages the model read and whose words the answer reuses; their full text is the excerpt it relied on. */
function citationsOf(toolCalls: readonly ToolCall[], answer: string): Citation[] {
  const answerStems = stemsOf(answer);
  const seen = new Map<string, { citation: Citation; overlap: number }>();
  for (const call of toolCalls) {
    if (call.name !== 'searchKnowledge') continue;
    for (const passage of (call.output as SearchKnowledgeOutput).passages ?? []) {
      if (seen.has(passage.id)) continue;
      let overlap = 0;
      for (const stem of stemsOf(passage.text)) if (answerStems.has(stem)) overlap += 1;
      seen.set(passage.id, {
        overlap,
        citation: {
          id: passage.id,
          title: passage.title,
          source: passage.source,
          excerpt: passage.text,
          url: passage.url,
        },
      });
    }
  }
  const ranked = [...seen.values()].sort((left, right) => right.overlap - left.overlap);
  return ranked
    .filter((entry, index) => index < 2 || entry.overlap >= 4)
    .slice(0, 4)
    .map((entry) => entry.citation);
}

function isTimeout(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'TimeoutError' || error.name === 'AbortError' || /abort|timeout/i.test(error.message))
  );
}

/** Asks the model; any failure becomes a fallback reason so the caller serves the offline answer instead. */
export async function answerWithModel(
  settings: ModelSettings,
  prepared: PreparedAnswer,
  today: string,
  signal?: AbortSignal,
): Promise<ModelOutcome> {
  const language = prepared.response.locale;
  const system = systemPrompt(today, language);
  const messages: ModelMessage[] = [
    ...prepared.guarded.history.map(
      (message) => ({ role: message.role, content: message.content }) as ModelMessage,
    ),
    { role: 'user', content: prepared.guarded.question },
  ];
  const timeout = AbortSignal.timeout(settings.timeoutMs);
  const abortSignal = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    let run = await runLoop(settings, system, messages, today, abortSignal);
    if (run.malformed) return { kind: 'fallback', reason: 'malformed_tool_call' };
    let toolCalls = run.toolCalls;
    let ungrounded = findUngroundedFigures(run.text, JSON.stringify(toolCalls));
    if (ungrounded.length > 0) {
      const problem =
        `Ta réponse contient des chiffres absents des résultats d'outils de ce tour : ${ungrounded.map((figure) => figure.raw).join(', ')}. ` +
        'Réécris-la sans ces chiffres, ou appelle un outil qui les fournit.';
      run = await runLoop(
        settings,
        system,
        [...messages, ...run.messages, { role: 'user', content: problem }],
        today,
        abortSignal,
      );
      if (run.malformed) return { kind: 'fallback', reason: 'malformed_tool_call' };
      toolCalls = [...toolCalls, ...run.toolCalls];
      ungrounded = findUngroundedFigures(run.text, JSON.stringify(toolCalls));
      if (ungrounded.length > 0) return { kind: 'fallback', reason: 'ungrounded' };
    }
    if (!run.text) return { kind: 'fallback', reason: 'empty_answer' };
    const read = citationsOf(toolCalls, run.text);
    const notice =
      prepared.response.redactions.length > 0
        ? `${privacyNotice(prepared.response.redactions, language)}\n\n`
        : '';
    return {
      kind: 'answer',
      response: {
        answer: `${notice}${run.text}`,
        // why: a model that answered without searching still gets the sources the offline pipeline found.
        citations: read.length > 0 ? read : prepared.response.citations,
        toolCalls,
        status: 'answered',
      },
    };
  } catch (error) {
    return {
      kind: 'fallback',
      reason: isTimeout(error) || abortSignal.aborted ? 'timeout' : 'provider_error',
    };
  }
}
