/** @module The system prompt, from prompts/system.fr.md (generated into a module by scripts/build-prompts.ts). */
import { systemFr } from '../../generated/prompts.js';
import type { Language } from '../../search';

export function systemPrompt(today: string, language: Language): string {
  return systemFr
    .replaceAll('{{today}}', today)
    .replaceAll('{{language}}', language === 'en' ? 'anglais' : 'français');
}
