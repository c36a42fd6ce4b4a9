/** @module The configured chat model: any OpenAI-compatible server through @ai-sdk/openai's chat-completions API. */
import { createOpenAI } from '@ai-sdk/openai';
import type { LanguageModel } from 'ai';
import type { Config } from '../../config';

export const DEFAULT_LLM_TIMEOUT_MS = 20_000;

/** `.chat()` targets POST {baseURL}/chat/completions, which vLLM, Ollama or Mistral also serve. */
export function createLanguageModel(
  llm: NonNullable<Config['llm']>,
  fetch?: typeof globalThis.fetch,
): LanguageModel {
  const provider = createOpenAI({
    apiKey: llm.apiKey,
    ...(llm.baseUrl ? { baseURL: llm.baseUrl } : {}),
    ...(fetch ? { fetch } : {}),
  });
  return provider.chat(llm.model);
}
