/** @module Repairs what a model commonly gets wrong in a tool call (name casing, fenced or wrapped JSON); anything else stops the loop. */
import type { ToolCallRepairFunction, ToolSet } from 'ai';

const canonical = (name: string) => name.replace(/[^a-z0-9]/gi, '').toLowerCase();

/** The JSON object inside "```json {…} ```" or "Voici : {…}", when there is exactly one. */
function extractJsonObject(text: string): string | undefined {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return undefined;
  const candidate = text.slice(start, end + 1);
  try {
    return typeof JSON.parse(candidate) === 'object' ? candidate : undefined;
  } catch {
    return undefined;
  }
}

/**
 * For `experimental_repairToolCall`: returns the repaired call, or null so the SDK reports a tool error and the
 * caller stops and serves the offline answer (never a guessed input).
 */
export function repairToolCall<TOOLS extends ToolSet>(): ToolCallRepairFunction<TOOLS> {
  return async ({ toolCall, tools }) => {
    const name = Object.keys(tools).find((known) => canonical(known) === canonical(toolCall.toolName));
    if (!name) return null;
    const input = extractJsonObject(toolCall.input);
    if (input === undefined) return null;
    if (name === toolCall.toolName && input === toolCall.input) return null;
    return { ...toolCall, toolName: name, input };
  };
}
