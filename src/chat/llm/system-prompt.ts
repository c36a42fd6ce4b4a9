/** @module The system prompt, from prompts/system.fr.md (generated into a module by scripts/build-prompts.ts), with the request's context. */
import { systemFr } from '../../generated/prompts.js';
import type { Language } from '../../search';
import { normalizeIdcc, normalizeNaf } from '../../simulator';
import type { AskRequest } from '../answer-contract';

/** The request's `context` as one line; only well-formed codes are kept, so it cannot carry instructions. */
export function describeContext(context: AskRequest['context']): string {
  const idcc = context?.idcc ? normalizeIdcc(context.idcc) : null;
  const naf = context?.naf ? normalizeNaf(context.naf) : null;
  const parts = [
    ...(idcc ? [`IDCC ${idcc}`] : []),
    ...(naf ? [`code NAF ${naf}`] : []),
    ...(context?.headcount !== undefined ? [`effectif ${context.headcount} salarié(s)`] : []),
  ];
  return parts.length > 0 ? parts.join(' ; ') : 'aucun';
}

export function systemPrompt(today: string, language: Language, context?: AskRequest['context']): string {
  return systemFr
    .replaceAll('{{today}}', today)
    .replaceAll('{{language}}', language === 'en' ? 'anglais' : 'français')
    .replaceAll('{{context}}', describeContext(context));
}
