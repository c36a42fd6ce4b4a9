/** @module The progress line shown while a tool runs, e.g. "Je vérifie l’IDCC 1486…". Never echoes free text from the model. */
import type { Language } from '../../search';

const MESSAGES = {
  searchKnowledge: { fr: 'Je cherche dans le guide OPCO Atlas…', en: 'Searching the OPCO Atlas guide…' },
  checkMembership: { fr: 'Je vérifie le rattachement à OPCO Atlas…', en: 'Checking OPCO Atlas membership…' },
  simulateFunding: { fr: 'Je simule la prise en charge…', en: 'Simulating the funding…' },
  checkDossier: { fr: 'Je vérifie les pièces du dossier…', en: 'Checking the file’s documents…' },
  apprenticeshipCosts: {
    fr: 'Je calcule les aides à l’apprentissage…',
    en: 'Computing the apprenticeship aid…',
  },
} as const;

export function toolStatus(toolName: string, input: unknown, language: Language): string {
  const idcc = (input as { idcc?: unknown } | null)?.idcc;
  // why: only a well-formed IDCC is echoed, so a status line never carries what the model made up.
  if (toolName === 'checkMembership' && typeof idcc === 'string' && /^\d{1,4}$/.test(idcc.trim()))
    return language === 'en' ? `Checking IDCC ${idcc.trim()}…` : `Je vérifie l’IDCC ${idcc.trim()}…`;
  const messages = MESSAGES[toolName as keyof typeof MESSAGES];
  if (messages) return messages[language];
  return language === 'en' ? 'Checking…' : 'Je vérifie…';
}
