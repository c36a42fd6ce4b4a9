/** @module Sentences for a file check: missing documents with their remedies, conditional ones, refusal risks. */

import type { Language } from '../../search';
import type { DossierResult } from '../../simulator';
import type { Section } from './membership-answer';
import { reasonText, say } from './wording';

const list = (lines: readonly string[]) => lines.map((line) => `- ${line}`).join('\n');

export function dossierSection(result: DossierResult, language: Language): Section {
  if (result.outcome === 'needs_input') {
    return {
      status: 'clarification',
      blocks: [
        say(
          language,
          'Pour vérifier votre dossier, précisez le dispositif (plan de développement des compétences, contrat de professionnalisation, apprentissage…) et l’étape : avant ou après la formation.',
          'To check your file, tell me the scheme (skills development plan, professionalisation contract, apprenticeship…) and the stage: before or after the training.',
        ),
      ],
    };
  }
  const blocks: string[] = [];
  if (result.recognizedDocuments.length > 0) {
    blocks.push(
      `${say(language, 'Pièces reconnues', 'Documents recognised')} : ${result.recognizedDocuments.map((document) => document.label).join(' ; ')}.`,
    );
  }
  if (result.missingDocuments.length > 0) {
    blocks.push(
      say(language, '**Il vous manque** :', '**Still missing**:'),
      list(
        result.missingDocuments.map(
          (document) => `${document.label}${document.remedy ? ` — ${document.remedy}` : ''}`,
        ),
      ),
    );
  } else {
    blocks.push(
      say(language, '**Votre liste de pièces est complète.**', '**Your list of documents is complete.**'),
    );
  }
  if (result.conditionalDocuments.length > 0) {
    blocks.push(
      list(result.conditionalDocuments.map((document) => `${document.label} (${document.condition})`)),
    );
  }
  const risks = result.refusalReasons.filter((reason) => reason.code !== 'MISSING_DOCUMENTS');
  if (risks.length > 0) blocks.push(list(risks.map((reason) => reasonText(reason, language))));
  return { blocks, status: 'answered' };
}
