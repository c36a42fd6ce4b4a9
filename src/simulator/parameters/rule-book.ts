/** @module The normalised rule data (plain JSON, serialised into the generated bundle). */
import type { Confidence } from '../../knowledge/passage';

export type RuleValue = unknown;

export type RuleReference = { date: string; title: string; url: string };

/** One dated parameter, camelCase, as the simulator reads it through valueAt. */
export type RuleParameter = {
  name: string;
  file: string;
  description: string;
  unit: string;
  /** `observed`: the date is when a dated source showed the value, not the date it took effect. */
  values: Array<{ date: string; value: RuleValue; observed?: true }>;
  references: RuleReference[];
  /** Null when nobody checked the value against its source (`last_verified_on: unverified`). */
  lastVerifiedOn: string | null;
  confidence: Confidence;
  validUntil: string | null;
  note: string | null;
};

export type PassageTemplate = {
  id: string;
  file: string;
  title: string;
  body: string;
  keywords: string[];
  parameters: string[];
};

/** All rule data, plain JSON (it is serialised into the generated bundle). */
export type RuleBook = { parameters: Record<string, RuleParameter>; passages: PassageTemplate[] };
