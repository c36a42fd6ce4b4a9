/** @module TEMPORARY placeholder, replaced by the simulator work: the normalised rule data. */
import type { Passage } from '../../knowledge/passage';

export type RuleBook = { parameters: Record<string, unknown> };

export function parseRuleFiles(_files: Array<{ path: string; text: string }>): RuleBook {
  return { parameters: {} };
}

export function rulePassages(_ruleBook: RuleBook): Passage[] {
  return [];
}
