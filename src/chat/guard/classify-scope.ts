/** @module Scope classifier: in scope, out of scope, prompt injection or abuse, from patterns on the redacted text. */
import { normalizeText } from '../../search';
import {
  ABUSE_PATTERNS,
  INJECTION_PATTERNS,
  MONEY_PATTERN,
  OFF_TOPIC_PATTERNS,
  STRONG_DOMAIN_PATTERN,
  WEAK_DOMAIN_PATTERN,
} from './scope-patterns';

/** `unclear`: nothing marks the text either way; the engine decides from retrieval and history. */
export type Scope = 'in_scope' | 'out_of_scope' | 'injection' | 'abuse' | 'unclear';

export function isInjection(text: string): boolean {
  const normalized = normalizeText(text);
  return INJECTION_PATTERNS.some((pattern) => pattern.test(normalized));
}

/** Classifies one message. Attacks win over everything, then abuse, then domain words, then off-topic markers. */
export function classifyScope(text: string): Scope {
  const normalized = normalizeText(text);
  if (INJECTION_PATTERNS.some((pattern) => pattern.test(normalized))) return 'injection';
  if (ABUSE_PATTERNS.some((pattern) => pattern.test(normalized))) return 'abuse';
  if (STRONG_DOMAIN_PATTERN.test(normalized)) return 'in_scope';
  if (OFF_TOPIC_PATTERNS.some((pattern) => pattern.test(normalized))) return 'out_of_scope';
  if (WEAK_DOMAIN_PATTERN.test(normalized) || MONEY_PATTERN.test(normalized)) return 'in_scope';
  return 'unclear';
}
