/** @module POST /v1/simulate/{membership,funding,dossier,apprenticeship}: the deterministic simulator over HTTP. */
import { createRoute } from '@hono/zod-openapi';
import type { z } from 'zod';
import type { AppDependencies } from '../../app';
import type { AnswerEngine } from '../../chat/answer-contract';
import { createRouter } from '../../http/create-router';
import {
  apprenticeshipInputSchema,
  apprenticeshipResultSchema,
  createSimulator,
  dossierInputSchema,
  dossierResultSchema,
  fundingInputSchema,
  fundingResultSchema,
  membershipInputSchema,
  membershipResultSchema,
} from '../../simulator';

function simulateRoute<Input extends z.ZodType, Output extends z.ZodType>(
  path: string,
  summary: string,
  input: Input,
  output: Output,
) {
  return createRoute({
    method: 'post',
    path: `/v1/simulate/${path}`,
    tags: ['Simulateur'],
    summary,
    request: { body: { content: { 'application/json': { schema: input } }, required: true } },
    responses: {
      200: {
        description: 'Résultat expliqué, chaque étape avec sa source',
        content: { 'application/json': { schema: output } },
      },
      400: { description: 'Requête invalide : le message en français nomme le champ en cause' },
    },
  });
}

const membershipRoute = simulateRoute(
  'membership',
  'Savoir si une entreprise relève de l’OPCO Atlas',
  membershipInputSchema,
  membershipResultSchema,
);
const fundingRoute = simulateRoute(
  'funding',
  'Simuler une prise en charge',
  fundingInputSchema,
  fundingResultSchema,
);
const dossierRoute = simulateRoute(
  'dossier',
  'Vérifier les pièces d’un dossier',
  dossierInputSchema,
  dossierResultSchema,
);
const apprenticeshipRoute = simulateRoute(
  'apprenticeship',
  'Estimer les aides et coûts d’un contrat d’apprentissage',
  apprenticeshipInputSchema,
  apprenticeshipResultSchema,
);

export function createSimulateRoutes(dependencies: AppDependencies, _engine: AnswerEngine) {
  const simulator = createSimulator(dependencies.knowledge.rules);
  const options = () => ({ today: dependencies.now().toISOString().slice(0, 10) });
  return createRouter()
    .openapi(membershipRoute, (c) => c.json(simulator.checkMembership(c.req.valid('json'), options()), 200))
    .openapi(fundingRoute, (c) => c.json(simulator.simulateFunding(c.req.valid('json'), options()), 200))
    .openapi(dossierRoute, (c) => c.json(simulator.checkDossier(c.req.valid('json'), options()), 200))
    .openapi(apprenticeshipRoute, (c) =>
      c.json(simulator.apprenticeshipCosts(c.req.valid('json'), options()), 200),
    );
}
