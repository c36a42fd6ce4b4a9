/** @module The five tools the model may call, bound to the simulator, the ranker and today's date. */

import type { PassageRanker } from '../../search';
import type { Simulator } from '../../simulator';
import { createApprenticeshipCostsTool } from './apprenticeship-costs-tool';
import { createCheckDossierTool } from './check-dossier-tool';
import { createCheckMembershipTool } from './check-membership-tool';
import { createSearchKnowledgeTool } from './search-knowledge-tool';
import { createSimulateFundingTool } from './simulate-funding-tool';

export function createAnswerTools(simulator: Simulator, rank: PassageRanker, today: string) {
  return {
    searchKnowledge: createSearchKnowledgeTool(rank),
    checkMembership: createCheckMembershipTool(simulator, today),
    simulateFunding: createSimulateFundingTool(simulator, today),
    checkDossier: createCheckDossierTool(simulator, today),
    apprenticeshipCosts: createApprenticeshipCostsTool(simulator, today),
  };
}

export type AnswerTools = ReturnType<typeof createAnswerTools>;
