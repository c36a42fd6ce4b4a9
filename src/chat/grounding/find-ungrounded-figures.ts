/** @module The figure guard shared by the offline and LLM paths: each amount, percentage, duration and date needs evidence of the same unit. */

import { type Figure, figuresIn } from '../../figures';
import { normalizeText } from '../../search';
import { collectEvidence, type Evidence, holdsFigure } from './collect-evidence';

export { type Figure, figuresIn, normalizeForFigures, type Unit } from '../../figures';
export { collectEvidence, type Evidence, emptyEvidence, evidenceOf } from './collect-evidence';

/** What a figure may be checked against: sources and tool calls, and the user's own words (question, history, context). */
export type GuardEvidence = { sources: Evidence; user?: Evidence };

/** An ungrounded figure, and why: absent from every evidence, or the user's figure not attributed to the user. */
export type UngroundedFigure = Figure & { reason: 'absent' | 'unattributed' };

// why: a figure the user gave may be restated only as theirs ("vous indiquez 2 100 €", "votre formation de 21 h").
const ATTRIBUTION =
  /\b(?:votre|vos|selon vous|d'apres vous|que vous|vous (?:(?:l'|m'|me l'|nous l'|nous )?(?:avez|aviez) )?(?:indique|mentionne|precise|donne|communique|cite|evoque|annonce|declare|prevu|indiquez|mentionnez|precisez|citez|evoquez|declarez|annoncez|prevoyez|parlez|envisagez)|your|you (?:said|mentioned|indicated|gave|stated|told|plan))\b/;

const toEvidence = (evidence: string | Evidence | GuardEvidence): GuardEvidence => {
  if (typeof evidence === 'string') return { sources: collectEvidence([evidence]) };
  return 'sources' in evidence ? evidence : { sources: evidence };
};

/** Figures of `answer` the evidence does not hold (checked sentence by sentence for attribution). Empty means grounded. */
export function findUngroundedFigures(
  answer: string,
  evidence: string | Evidence | GuardEvidence,
): UngroundedFigure[] {
  const { sources, user } = toEvidence(evidence);
  const attributed = ATTRIBUTION.test(normalizeText(answer));
  const ungrounded: UngroundedFigure[] = [];
  for (const figure of figuresIn(answer)) {
    if (holdsFigure(sources, figure)) continue;
    if (user && holdsFigure(user, figure)) {
      if (!attributed) ungrounded.push({ ...figure, reason: 'unattributed' });
      continue;
    }
    ungrounded.push({ ...figure, reason: 'absent' });
  }
  return ungrounded;
}

/** Drops every line of a Markdown text that carries an ungrounded figure (a line is a paragraph or a list item). */
export function dropUngroundedLines(text: string, evidence: string | Evidence | GuardEvidence): string {
  const guard = toEvidence(evidence);
  return text
    .split('\n')
    .filter((line) => findUngroundedFigures(line, guard).length === 0)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The user's own figures: the question, the user turns of the history and the request context. */
export function userEvidenceOf(input: {
  question: string;
  history?: ReadonlyArray<{ role: string; content: string }>;
  context?: { idcc?: string; naf?: string; headcount?: number };
}): Evidence {
  const { idcc, naf, headcount } = input.context ?? {};
  return collectEvidence([
    input.question,
    [
      idcc ? `IDCC ${idcc}` : '',
      naf ? `NAF ${naf}` : '',
      headcount !== undefined ? `${headcount} salariés` : '',
    ].join(' '),
    ...(input.history ?? []).filter((message) => message.role === 'user').map((message) => message.content),
  ]);
}
