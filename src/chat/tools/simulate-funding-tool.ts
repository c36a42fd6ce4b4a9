/** @module Tool simulateFunding: checks a funding request and computes the amount when the rules allow it. */
import { tool } from 'ai';
import { fundingInputSchema, type Simulator } from '../../simulator';
import { providerSchema } from './provider-schema';
import { runSafely } from './run-safely';

export function createSimulateFundingTool(simulator: Simulator, today: string) {
  return tool({
    description:
      'Simule la prise en charge d’une formation par Atlas : contrôles (OPCO, Qualiopi, effectif, délais), montant, reste à charge, motifs de refus et données manquantes. Ne jamais inventer un champ inconnu.',
    inputSchema: providerSchema(fundingInputSchema),
    execute: async (input) => runSafely(() => simulator.simulateFunding(input, { today })),
  });
}
