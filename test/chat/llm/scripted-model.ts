/** @module MockLanguageModelV3 scripted step by step: one result per model call, served as a stream (streamText) or whole. */
import { simulateReadableStream } from 'ai';
import { MockLanguageModelV3 } from 'ai/test';

type LanguageModelV3GenerateResult = Awaited<ReturnType<MockLanguageModelV3['doGenerate']>>;
type LanguageModelV3StreamPart =
  Awaited<ReturnType<MockLanguageModelV3['doStream']>>['stream'] extends ReadableStream<infer Part>
    ? Part
    : never;

const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 5, text: 5, reasoning: 0 },
};

export function toolCallStep(calls: Array<{ name: string; input: unknown }>): LanguageModelV3GenerateResult {
  return {
    content: calls.map((call, index) => ({
      type: 'tool-call' as const,
      toolCallId: `call-${call.name}-${index}`,
      toolName: call.name,
      input: typeof call.input === 'string' ? call.input : JSON.stringify(call.input),
    })),
    finishReason: { unified: 'tool-calls', raw: 'tool_calls' },
    usage,
    warnings: [],
  };
}

export function textStep(text: string): LanguageModelV3GenerateResult {
  return {
    content: [{ type: 'text', text }],
    finishReason: { unified: 'stop', raw: 'stop' },
    usage,
    warnings: [],
  };
}

/** The stream parts of one scripted step: text in small pieces, tool calls whole. */
export function streamPartsOf(step: LanguageModelV3GenerateResult): LanguageModelV3StreamPart[] {
  const parts: LanguageModelV3StreamPart[] = [{ type: 'stream-start', warnings: [] }];
  step.content.forEach((content, index) => {
    if (content.type === 'text') {
      const id = `text-${index}`;
      parts.push({ type: 'text-start', id });
      for (const delta of content.text.match(/.{1,9}/gs) ?? []) parts.push({ type: 'text-delta', id, delta });
      parts.push({ type: 'text-end', id });
    } else if (content.type === 'tool-call') parts.push(content);
  });
  parts.push({ type: 'finish', finishReason: step.finishReason, usage: step.usage });
  return parts;
}

/** A model that plays the given steps in order, one per call (streamed or whole). */
export function scriptedModel(steps: LanguageModelV3GenerateResult[]) {
  let call = 0;
  const next = () => {
    const step = steps[Math.min(call, steps.length - 1)];
    call += 1;
    if (!step) throw new Error('no scripted step');
    return step;
  };
  const model = new MockLanguageModelV3({
    doGenerate: async () => next(),
    doStream: async () => ({ stream: simulateReadableStream({ chunks: streamPartsOf(next()) }) }),
  });
  // why: one list of every call, streamed or not, so tests that read doGenerateCalls still see each prompt.
  model.doGenerateCalls = model.doStreamCalls;
  return model;
}
