/** @module Follow-up suggestions: one or two per intent, then the titles of related passages not quoted. */
import type { RankedPassage } from '../act/create-passage-ranker';
import type { TopicIntent } from '../understand/detect-intent';
import type { Language } from '../understand/detect-language';

const BY_INTENT: Record<TopicIntent, { fr: string[]; en: string[] }> = {
  membership: {
    fr: [
      'Quels financements Atlas propose-t-il pour mes salariés ?',
      'Comment confirmer mon OPCO avec mon SIRET ?',
    ],
    en: [
      'What funding does Atlas offer for my employees?',
      'How can I confirm my OPCO with my SIRET number?',
    ],
  },
  funding: {
    fr: ['Quelles pièces fournir avant la formation ?', 'Que faire si le coût dépasse le plafond ?'],
    en: ['Which documents are needed before the training?', 'What if the cost exceeds the funding cap?'],
  },
  documents: {
    fr: ['Quels documents fournir après la formation ?', 'Comment suivre l’avancement de mon dossier ?'],
    en: ['Which documents are needed after the training?', 'How can I track my file?'],
  },
  refusal: {
    fr: [
      'Quelles pièces fournir avant la formation ?',
      'Pourquoi un organisme doit-il être certifié Qualiopi ?',
    ],
    en: ['Which documents are needed before the training?', 'Why must a provider be Qualiopi-certified?'],
  },
  apprenticeship: {
    fr: ['Quelle aide pour le maître d’apprentissage ?', 'Comment est financé un contrat d’apprentissage ?'],
    en: ['What aid is there for the apprenticeship master?', 'How is an apprenticeship contract funded?'],
  },
  general: {
    fr: ['Mon entreprise relève-t-elle d’OPCO Atlas ?'],
    en: ['Does my company belong to OPCO Atlas?'],
  },
};

/** Up to three suggestions that differ from the question and from passages already quoted. */
export function followUpsFor(
  intent: TopicIntent,
  language: Language,
  ranked: readonly RankedPassage[],
  quotedIds: ReadonlySet<string>,
): string[] {
  const related =
    language === 'fr'
      ? ranked
          .filter(
            (entry) =>
              entry.passage.kind === 'guide' && !quotedIds.has(entry.passage.id) && entry.coverage >= 0.3,
          )
          .map((entry) => entry.passage.title)
      : [];
  return [...new Set([...related.slice(0, 1), ...BY_INTENT[intent][language]])].slice(0, 3);
}
