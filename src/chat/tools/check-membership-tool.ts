/** @module Tool checkMembership: which OPCO a company belongs to, from its IDCC, NAF code or sector. */
import { tool } from 'ai';
import { membershipInputSchema, type Simulator } from '../../simulator';
import { providerSchema } from './provider-schema';
import { runSafely } from './run-safely';

export function createCheckMembershipTool(simulator: Simulator, today: string) {
  return tool({
    description:
      'Indique si une entreprise relève d’OPCO Atlas ou d’un autre OPCO, à partir de son IDCC (décisif), de son code NAF ou de son secteur (indices).',
    inputSchema: providerSchema(membershipInputSchema),
    execute: async (input) => runSafely(() => simulator.checkMembership(input, { today })),
  });
}
