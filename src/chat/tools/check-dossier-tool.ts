/** @module Tool checkDossier: missing documents and refusal risks for a scheme and a stage. */
import { tool } from 'ai';
import { dossierInputSchema, type Simulator } from '../../simulator';
import { providerSchema } from './provider-schema';
import { runSafely } from './run-safely';

export function createCheckDossierTool(simulator: Simulator, today: string) {
  return tool({
    description:
      'Vérifie les pièces d’un dossier (avant ou après la formation) pour un dispositif : pièces manquantes avec leur remède et risques de refus.',
    inputSchema: providerSchema(dossierInputSchema),
    execute: async (input) => runSafely(() => simulator.checkDossier(input, { today })),
  });
}
