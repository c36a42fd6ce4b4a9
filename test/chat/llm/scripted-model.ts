/** @module Builders of MockLanguageModelV3 results: one result per step of a scripted tool loop. */
import { MockLanguageModelV3 } from 'ai/test';

type LanguageModelV3GenerateResult = Awaited<ReturnType<MockLanguageModelV3['doGenerate']>>;

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

/** A model that plays the given steps in order, one per call. */
export function scriptedModel(steps: LanguageModelV3GenerateResult[]) {
  let call = 0;
  return new MockLanguageModelV3({
    doGenerate: async () => {
      const step = steps[Math.min(call, steps.length - 1)];
      call += 1;
      if (!step) throw new Error('no scripted step');
      return step;
    },
  });
}
