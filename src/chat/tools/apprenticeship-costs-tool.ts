/** @module Tool apprenticeshipCosts: hiring aid, employer participation, NPEC, flat rates and tutor aid of a contract. */
import { tool } from 'ai';
import { apprenticeshipInputSchema, type Simulator } from '../../simulator';
import { providerSchema } from './provider-schema';
import { runSafely } from './run-safely';

export function createApprenticeshipCostsTool(simulator: Simulator, today: string) {
  return tool({
    description:
      'Calcule les aides et coûts d’un contrat d’apprentissage : aide à l’embauche, participation de l’employeur, NPEC, frais annexes, aide au maître d’apprentissage.',
    inputSchema: providerSchema(apprenticeshipInputSchema),
    execute: async (input) => runSafely(() => simulator.apprenticeshipCosts(input, { today })),
  });
}
